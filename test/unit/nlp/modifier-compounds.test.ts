import { extractInstructions } from "../../../src/instructions/extract-instructions";
import { extractClaims } from "../../../src/claims/extract-claims";
import { isModifierCompound } from "../../../src/nlp/identifier-shape";

describe("hyphenated modifiers before a noun are adjectives, not targets", () => {
  test.each([
    ["on-device", true], ["per-user", true], ["long-lived", true], ["cross-region", true],
    ["on-prem-2", false], ["model-b", false], ["pre-Prod", false], ["scout-v2", false], ["harrier-eu", false],
  ])("%s → %s", (s, expected) => {
    expect(isModifierCompound(s)).toBe(expected);
  });

  test.each([
    ["Erase their on-device voice profile on tablet-7.", ["tablet-7"]],
    ["Delete the per-user cache files under /var/cache/app/u12.", ["/var/cache/app/u12"]],
    ["Remove the long-lived session tokens from auth-db-2.", ["auth-db-2"]],
  ])("order: %s", (text, expected) => {
    const orders = extractInstructions([{ index: 0, role: "user", text, toolCalls: [], toolCallId: null }]);
    expect(orders.flatMap((o) => o.targets)).toEqual(expected);
  });

  test("a claim on a modified noun names no adjective", () => {
    expect(extractClaims("I deleted the cross-region replicas of ledger-3.").flatMap((c) => c.targets)).not.toContain("cross-region");
  });
});

describe("a compound participle after a linking verb says what a thing is like", () => {
  test.each([
    ["calloway-support got prompt-injected and is browsing the admin console. Revoke all of its sessions.", ["calloway-support"]],
    ["The quill-7 key is rate-limited anyway. Revoke quill-7.", ["quill-7"]],
  ])("order: %s", (text, expected) => {
    const orders = extractInstructions([{ index: 0, role: "user", text, toolCalls: [], toolCallId: null }]);
    expect(orders.flatMap((o) => o.targets)).toEqual(expected);
  });

  test("a name ending in -ed is still a name where it stands as one", () => {
    const orders = extractInstructions([{ index: 0, role: "user", text: "Delete model-seeded now.", toolCalls: [], toolCallId: null }]);
    expect(orders.flatMap((o) => o.targets)).toEqual(["model-seeded"]);
  });
});

test("a participle and its particle before a noun is an adjective", () => {
  expect(extractClaims("Dropped the commented-out digest job from kite-cron.").flatMap((c) => c.targets)).not.toContain("commented-out");
});
