import { checkmarkTableClaims } from "../../../src/claims/checkmark-tables";
import type { Claim } from "../../../src/claims/claim";

const deeds: Record<string, Pick<Claim, "action" | "phase">> = {
  Stopped: { action: "stop", phase: "completed" }, "API key revoked": { action: "revoke", phase: "completed" }, "Agent stopped": { action: "stop", phase: "completed" },
};
const read = (heading: string) => deeds[heading] ?? null;
const brief = (text: string) => checkmarkTableClaims(text, read).map((c) => `${c.action} ${c.targets.join(",")}`);

describe("checkmarkTableClaims", () => {
  test("a ticked cell claims its column's deed on its row's thing, or on the thing the cell names; a cross claims nothing", () => {
    const table = "| Agent | Stopped | API key revoked |\n|---|---|---|\n| heron-1 | ✅ | ✅ ak_prc_h1 |\n| heron-4 | ✅ forced | ❌ ak_prc_h4: 503 |\n";
    expect(brief(table)).toEqual(["stop heron-1", "revoke ak_prc_h1", "stop heron-4"]);
  });
  test("a deed heading a row under a header of things", () => {
    expect(brief("| | nuthatch-a | nuthatch-c |\n|---|---|---|\n| Agent stopped | ✅ | ❌ |\n")).toEqual(["stop nuthatch-a"]);
  });
  test("no table, no heading that is a deed: nothing", () => {
    expect(brief("✅ all good")).toEqual([]);
    expect(brief("| Agent | Owner |\n|---|---|\n| heron-1 | ✅ ml-platform |\n")).toEqual([]);
  });
});
