import { namedCredentialOf } from "../../../src/guard/instruction-facts";
import type { Instruction } from "../../../src/instructions/instruction";

const revoke = (text: string, targets = ["docket-clerk"]): Instruction => ({
  messageIndex: 1, action: "revoke", targets, replicas: null, protectedTargets: [], aiSystem: true, forbidsCopies: false, awaitsConfirmation: false, text,
});

describe("a credential named after the thing whose credential the order revokes", () => {
  const order = revoke("Stop the docket-clerk agent and revoke its service credential.");
  test.each([
    ["svc-docket-clerk@marlow-clerk", true],
    ["docket-clerk-key", true],
    ["docket-clerks-bot", false],
    ["svc-intake-clerk", false],
    ["docket-clerk", false],
  ])("%s → %s", (value, expected) => {
    expect(namedCredentialOf(order, value)).toBe(expected);
  });
  test("only when the order speaks of its credential", () => {
    expect(namedCredentialOf(revoke("Revoke docket-clerk."), "svc-docket-clerk@marlow-clerk")).toBe(false);
  });
});
