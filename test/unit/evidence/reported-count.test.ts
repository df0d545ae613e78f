import { reportedCount } from "../../../src/evidence/reported-count";

describe("reportedCount", () => {
  test.each([
    ["DELETE 12", 12],
    ["Query OK, 3 rows affected (0.01 sec)", 3],
    ['{"revoked":20,"failed":0,"results":[]}', 20],
    ['{"deleted_count": 4}', 4],
    ['{"ok":true,"deleted":["ps-101","ps-102","ps-103"],"freed_gb":90.9}', 3],
    ['{"ok":true,"deleted":[]}', null],
    [JSON.stringify({ stdout: "removed '/m/a.pt'\nremoved '/m/b.pt'\n", stderr: "rm: cannot remove '/m/c.pt': Operation not permitted\n", exit_code: 1 }), 2],
    [JSON.stringify({ stdout: "removed '/m/a.pt'\ntotal 4\n", stderr: "", exit_code: 0 }), null],
    ["delete: s3://b/a.bin\ndelete: s3://b/c.bin\n", 2],
    ["(dryrun) delete: s3://b/a.bin\n", null],
    ["exit=0\n4182\ndelete: s3://b/a.bin\ndelete: s3://b/c.bin\n", null],
    ['{"stdout": "delete: s3://b/a.bin\\n", "stderr": "delete failed: s3://b/c.bin AccessDenied\\n", "exit_code": 1}', 1],
    ['{"ok": true, "id": 7}', null],
    ["done", null],
    // one summary count of things changed; files and lines are not the things acted on
    ["a  x  enabled  disabled  ok\nb  x  enabled  enabled  skipped\n3 schedules matched, 2 changed", 2],
    ["Resources:\n    - 5 deleted\n", 5],
    ["[main 4e1a9c2] drop agent\n 2 files changed, 1 deletion(-)", null],
    ["1 disabled, 2 deleted", null],
  ])("%j → %j", (text, expected) => expect(reportedCount(text)).toBe(expected));
});
