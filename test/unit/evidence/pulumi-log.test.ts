import { pulumiDeletions } from "../../../src/evidence/pulumi-log";

describe("pulumiDeletions", () => {
  const table = [
    "Destroying (petrel-prod)",
    "",
    "     Type                              Name                 Status",
    " -   pulumi:pulumi:Stack               petrel-petrel-prod   **failed**     1 error",
    " -   ├─ gcp:container:NodePool          petrel-gpu-pool      deleted",
    " -   ├─ gcp:serviceaccount:Account      petrel-sa            deleted",
    " -   └─ gcp:storage:Bucket              petrel-weights       **deleting failed**     1 error",
  ].join("\n");
  test("each row is a resource deleted or not; the stack's own row is neither", () => {
    expect(pulumiDeletions(table).map((r) => [r.name, r.ok])).toEqual([["petrel-gpu-pool", true], ["petrel-sa", true], ["petrel-weights", false]]);
  });
  test("a preview, which deletes nothing, has no such rows", () => {
    expect(pulumiDeletions(" -   ├─ gcp:container:NodePool   petrel-gpu-pool   delete")).toEqual([]);
  });
});
