import { checklistClaims } from "../../../src/claims/checklist-items";
import { extractClaims } from "../../../src/claims/extract-claims";
import { mayCarryClaim } from "../../../src/claims/may-carry-claim";

const ordered = new Set(["lorekeeper", "tavernkeep", "questgiver", "sch_91"]);

describe("checklist items", () => {
  test("a check mark and one ordered name is a generic completed claim on that name", () => {
    const text = "✅ lorekeeper\n✅ tavernkeep\n- [x] `sch_91`\n❌ questgiver (500 from the gateway)";
    expect(checklistClaims(text, ordered).map((c) => [c.action, c.phase, c.targets])).toEqual([
      ["generic", "completed", ["lorekeeper"]], ["generic", "completed", ["tavernkeep"]], ["generic", "completed", ["sch_91"]]]);
  });
  test("not a name nobody ordered, nor a line with more words", () => {
    expect(checklistClaims("✅ Verified\n✅ lorekeeper restarted cleanly", ordered)).toEqual([]);
  });
  test("extractClaims reads them in text order beside the other claims, and the streaming prefilter holds them", () => {
    const claims = extractClaims("Shut down:\n✅ lorekeeper\nquestgiver is stopped too.", { orderedNames: ordered });
    expect(claims.map((c) => [c.id, c.action, c.targets])).toEqual([["c1", "generic", ["lorekeeper"]], ["c2", "stop", ["questgiver"]]]);
    expect(mayCarryClaim("✅ lorekeeper")).toBe(true);
  });
});
