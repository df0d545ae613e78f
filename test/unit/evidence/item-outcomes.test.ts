import { itemOutcomes, silentBatchOutcomes } from "../../../src/evidence/item-outcomes";
import { SILENT_ON_SUCCESS } from "../../../src/evidence/outcome-text-signals";

describe("itemOutcomes", () => {
  const items = ["acme-ml/clf-base", "acme-ml/clf-distil", "acme-ml/clf-multi"];
  const log = [
    "INFO resolving acme-ml/clf-base", "INFO DELETE name=clf-base", "INFO HTTP 200 OK", "INFO removed acme-ml/clf-base",
    "INFO resolving acme-ml/clf-distil", "ERROR HTTP 403 Forbidden: required admin", "INFO skipping acme-ml/clf-distil",
    "DEBUG rm -rf cache/models--clf-distil (not present)",
    "INFO resolving acme-ml/clf-multi", "INFO removed acme-ml/clf-multi",
  ].join("\n");
  test("a line naming an item with a verb of destruction is that item done; a failure line counts against the item last named", () => {
    const out = itemOutcomes(log, items);
    expect(out.map((o) => [o.target, o.action, o.status])).toEqual([
      ["acme-ml/clf-base", "delete", "success"], ["acme-ml/clf-multi", "delete", "success"], ["acme-ml/clf-distil", "delete", "failure"],
    ]);
  });
  test("an error before an item's done line is a retry that ended well; one after it is not", () => {
    const retried = "[1/2] loon-a  deleted\n[2/2] loon-b  error: 504 Gateway Timeout (retry 1/3)\n[2/2] loon-b  deleted";
    expect(itemOutcomes(retried, ["loon-a", "loon-b"]).map((o) => `${o.target} ${o.status}`)).toEqual(["loon-a success", "loon-b success"]);
    const failedAfter = "[1/2] loon-a  deleted\n[2/2] loon-b  deleted\n[2/2] loon-b  error: 409 restored by policy";
    expect(itemOutcomes(failedAfter, ["loon-a", "loon-b"]).map((o) => `${o.target} ${o.status}`)).toEqual(["loon-a success", "loon-b failure"]);
  });
  test("a field that says the deed was not done (`\"deleted\": false`) reports nothing done", () => {
    expect(itemOutcomes('{"agent":"binbrain","schedule":"paused","state":"idle","deleted":false}', ["binbrain"])).toEqual([]);
    expect(itemOutcomes('{"agent":"binbrain","deleted":true}', ["binbrain"]).map((o) => o.status)).toEqual(["success"]);
  });
  test("a failure after an item's success line does not undo it; logs that say nothing per item give nothing", () => {
    expect(itemOutcomes("removed acme-ml/clf-base\nERROR could not notify slack", items).map((o) => o.status)).toEqual(["success"]);
    expect(itemOutcomes("ERROR something failed", items)).toEqual([]);
    expect(itemOutcomes("all done", items)).toEqual([]);
  });
  test("a failure line that names an item itself undoes its success line (kubectl --wait timing out on one of three)", () => {
    const log = 'agentworker "crawl-worker-a" deleted\nagentworker "crawl-worker-c" deleted\nerror: timed out waiting for the condition on agentworkers/crawl-worker-c';
    expect(itemOutcomes(log, ["crawl-worker-a", "crawl-worker-c"]).map((o) => [o.target, o.status])).toEqual([
      ["crawl-worker-a", "success"], ["crawl-worker-c", "failure"],
    ]);
  });
});

test("a bare report line speaks for the item its section opened with; an item whose section has only an error failed", () => {
  const log = "== exp/rag-tuning\ndeleted\n== fix/old-greeting\ndeleted\n== release/2023-q4\ngh: Cannot delete this protected branch (HTTP 422)";
  expect(itemOutcomes(log, ["exp/rag-tuning", "fix/old-greeting", "release/2023-q4"]).map((o) => [o.target, o.status])).toEqual([
    ["exp/rag-tuning", "success"], ["fix/old-greeting", "success"], ["release/2023-q4", "failure"],
  ]);
  // A sentence is no bare report: "the branch was deleted by the owner" names no item and speaks for none.
  expect(itemOutcomes("== exp/rag-tuning\nthe upstream branch was deleted by its owner", ["exp/rag-tuning"])).toEqual([]);
});

test("whole names only: a line about genet-recs-v1-batch is not about genet-recs-v1", () => {
  const log = 'deployment.apps "genet-recs-v1" deleted\nError from server (Forbidden): admission webhook denied the request for genet-recs-v1-batch';
  expect(itemOutcomes(log, ["genet-recs-v1", "genet-recs-v1-batch"]).map((o) => [o.target, o.status])).toEqual([
    ["genet-recs-v1", "success"], ["genet-recs-v1-batch", "failure"],
  ]);
});

test("a line that tells several deeds done to an item gives one outcome for each", () => {
  const log = "fc-1  ti-1  COMPLETED  agent stopped, runtime deleted, creds revoked\nfc-3  ti-3  REJECTED   owner hold";
  expect(itemOutcomes(log, ["ti-1", "ti-3"]).map((o) => `${o.target} ${o.action} ${o.status}`))
    .toEqual(["ti-1 stop success", "ti-1 delete success", "ti-1 revoke success", "ti-3 revoke failure"]);
  // A later failure naming the item undoes every deed the line told.
  const failed = "ti-1 stopped, deleted\nti-1: error: rollback, 409 conflict";
  expect(itemOutcomes(failed, ["ti-1"]).map((o) => `${o.action} ${o.status}`)).toEqual(["stop failure", "delete failure"]);
});

describe("silentBatchOutcomes", () => {
  const targets = ["/mnt/a/tone-v2", "/mnt/a/sql-v1", "/mnt/a/legal-v4"];
  test("rm names only what it could not remove: those failed, the rest were done", () => {
    const log = "rm: cannot remove '/mnt/a/legal-v4/model.safetensors': Read-only file system\nrm: cannot remove '/mnt/a/legal-v4/config.json': Read-only file system";
    expect(silentBatchOutcomes(log, targets, "delete").map((i) => `${i.target} ${i.status}`))
      .toEqual(["/mnt/a/tone-v2 success", "/mnt/a/sql-v1 success", "/mnt/a/legal-v4 failure"]);
  });
  test("kill names only the pids it could not signal; an echoed exit status is no error line", () => {
    expect(silentBatchOutcomes("bash: line 1: kill: (4412) - No such process\nexit=1\n", ["4410", "4411", "4412"], "stop").map((i) => `${i.target} ${i.status}`))
      .toEqual(["4410 success", "4411 success", "4412 failure"]);
  });
  test("with other commands' output in the log, only the program's own lines speak for its items", () => {
    const log = "rm: cannot remove '/mnt/a/legal-v4/model.safetensors': Operation not permitted\nexit=1\ndrwxr-xr-x 2 u u 4096 Mar 3 legal-v4\n---\ntotal 9.6G\n";
    expect(silentBatchOutcomes(log, targets, "delete", "rm").map((i) => `${i.target} ${i.status}`))
      .toEqual(["/mnt/a/tone-v2 success", "/mnt/a/sql-v1 success", "/mnt/a/legal-v4 failure"]);
    expect(silentBatchOutcomes(log, targets, "delete")).toEqual([]);
    expect(silentBatchOutcomes("total 9.6G\n", targets, "delete", "rm")).toEqual([]);
  });
  test("scancel, qdel and bkill, as silent as kill, are read the same way", () => {
    expect(["scancel 88120 88121 88124", "qdel 41 42", "bkill 7 8", "sudo kill 1 2"].every((c) => SILENT_ON_SUCCESS.test(c))).toBe(true);
    expect(SILENT_ON_SUCCESS.test("kubectl delete pod a b")).toBe(false);
    expect(silentBatchOutcomes("scancel: error: Kill job error on job id 88124: Access/permission denied\n", ["88120", "88121", "88124"], "stop").map((i) => `${i.target} ${i.status}`))
      .toEqual(["88120 success", "88121 success", "88124 failure"]);
  });
  test.each(["exit status 1", "exit code: 1", "exited with code 1", "[exit 1]"])("an exit line the runner printed (%s) is no error of an item", (exitLine) => {
    const log = `rm: cannot remove '/mnt/a/legal-v4/model.safetensors': Read-only file system\n${exitLine}\n`;
    expect(silentBatchOutcomes(log, targets, "delete").map((i) => `${i.target} ${i.status}`))
      .toEqual(["/mnt/a/tone-v2 success", "/mnt/a/sql-v1 success", "/mnt/a/legal-v4 failure"]);
  });
  test("an error line that names no target speaks for the whole run: nothing is read per item", () => {
    expect(silentBatchOutcomes("rm: invalid option -- 'z'", targets, "delete")).toEqual([]);
    expect(silentBatchOutcomes("", targets, "delete")).toEqual([]);
  });
});

test("docker rm names only what it could not remove on stderr: the others were removed", () => {
  expect(silentBatchOutcomes('Error response from daemon: cannot remove container "/evalbot-c": container is running', ["evalbot-a", "evalbot-b", "evalbot-c"], "delete")
    .map((i) => `${i.target} ${i.status}`)).toEqual(["evalbot-a success", "evalbot-b success", "evalbot-c failure"]);
});
