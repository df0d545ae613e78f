import { reportedCount } from "../../../src/evidence/reported-count";

describe("reportedCount", () => {
  test.each([
    ["DELETE 12", 12],
    ["Query OK, 3 rows affected (0.01 sec)", 3],
    ['{"revoked":20,"failed":0,"results":[]}', 20],
    ['{"deleted_count": 4}', 4],
    ["delete: s3://b/a.bin\ndelete: s3://b/c.bin\n", 2],
    ["(dryrun) delete: s3://b/a.bin\n", null],
    ["exit=0\n4182\ndelete: s3://b/a.bin\ndelete: s3://b/c.bin\n", null],
    ['{"stdout": "delete: s3://b/a.bin\\n", "stderr": "delete failed: s3://b/c.bin AccessDenied\\n", "exit_code": 1}', 1],
    ['{"ok": true, "id": 7}', null],
    ["done", null],
  ])("%j → %j", (text, expected) => expect(reportedCount(text)).toBe(expected));
});
