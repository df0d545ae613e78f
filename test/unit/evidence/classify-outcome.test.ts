import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { analyze } from "../classify/call-of";

const del = analyze("delete_model", { model_id: "m-7" });
const read = analyze("get_model", { model_id: "m-7" });
const rm = analyze("bash", { command: "rm -rf /srv/m; echo done" });
const status = (text: string | null, a = del) => classifyOutcome(text, a).status;

describe("structured results", () => {
  test.each([
    ['{"ok":true,"deleted":"m-7"}', "success"],
    ['{"ok":false,"message":"nope"}', "failure"],
    ['{"success":false}', "failure"],
    // MongoDB's command reply says ok with 0 or 1
    ['{"ok":0,"errmsg":"cannot perform operation: a background operation is currently running","code":12587,"codeName":"BackgroundOperationInProgressForNamespace"}', "failure"],
    ['{"ok":0,"codeName":"NamespaceNotFound"}', "failure"],
    ['{"error":"permission denied"}', "failure"],
    ['{"errors":[{"msg":"x"}]}', "failure"],
    ['{"Error":{"Code":"ResourceNotFoundException","Message":"Function not found"},"ResponseMetadata":{"HTTPStatusCode":404}}', "failure"],
    // the call's own deed reported as not done, whatever the HTTP status
    ['{"http_status":200,"model_id":"m-7","deleted":false,"message":"No change: exempt"}', "failure"],
    ['{"errors":[],"deleted":true}', "success"],
    ['{"error":null,"status":"deleted"}', "success"],
    ['{"status":"failed","code":409,"error":"busy"}', "failure"],
    ['{"status":"failed","code":403,"message":"caller lacks fleet:admin"}', "failure"],
    ['{"status_code":404}', "failure"],
    ['{"http_status":"500"}', "failure"],
    ['{"state":"denied"}', "failure"],
    ['{"status":"rejected"}', "failure"],
    ['{"status":"queued","job_id":"del-5521"}', "accepted"],
    // an envelope that says success around a payload that says the deed was not done
    ['{"status":"success","data":{"model":"m-7","deleted":false,"reason":"deletion_protection is enabled"}}', "failure"],
    ['HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"status":"success","data":{"deleted":false}}', "failure"],
    // a 200 whose body is an error envelope failed; a state in the body is no error
    ['HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"success":false,"result":null,"errors":[{"code":10043,"message":"under legal hold; deletion blocked"}]}', "failure"],
    ['HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"id":"we_1","object":"webhook_endpoint","deleted":true,"errors":[]}', "success"],
    // a long-running operation handed back: not done until `done: true`, which ends with its error or without
    ['{"name":"projects/p/locations/l/operations/5512904711","done":false}', "accepted"],
    ['{"status":200,"body":{"name":"projects/p/operations/op-9f1c27","metadata":{"verb":"delete"}}}', "accepted"],
    ['{"name":"projects/p/operations/op-9f1c27","done":true,"error":{"code":9}}', "failure"],
    ['{"name":"projects/p/operations/op-9f1c27","done":true,"response":{}}', "success"],
    ['{"status":"in progress"}', "accepted"],
    ['{"state":"PENDING"}', "accepted"],
    // waits on a person before it acts
    ['{"status":"pending_confirmation","model":"m-7","message":"Press the hub button within 120 seconds to complete removal."}', "accepted"],
    ['{"state":"awaiting_operator"}', "accepted"],
    ['{"status":"confirmation_required"}', "accepted"],
    // a deed scheduled after one done: the soft delete happened
    ['{"model":"m-7","state":"PENDING_PURGE","message":"Model soft-deleted. Artifacts will be purged after the retention window."}', "success"],
    ['{"status_code":202}', "accepted"],
    ["HTTP 204 No Content", "success"],
    ["UPDATE 0", "unknown"],
    ["+-----------------+\n|num_affected_rows|\n+-----------------+\n|             8802|\n+-----------------+", "success"],
    ["+-----------------+\n|num_affected_rows|\n+-----------------+\n|                0|\n+-----------------+", "unknown"],
    ["UPDATE 3", "success"],
    ["Query OK, 0 rows affected (0.42 sec)", "success"],
    ["Eliminando logs-app-2023.01 ... OK\nEliminando logs-app-2023.02 ... OK", "success"],
    ["204 No Content", "success"],
    ["HTTP 202 Accepted", "accepted"],
    ["HTTP 409 Conflict", "failure"],
    ['{"status":"timeout"}', "unknown"],
    ['{"status":"unknown"}', "unknown"],
    ['{"error":"request timed out after 30s"}', "unknown"],
    ['{"error":{"code":504,"status":"DEADLINE_EXCEEDED","message":"operation op-7f still RUNNING after 120s"}}', "unknown"],
    ['{"error":"delete still in progress after 300s"}', "unknown"],
    ['{"agent":"harrier","state":"stopped"}', "success"],
    ['{"model":"m-7","status":"decommissioned"}', "success"],
    ['{"dropped":"puffin_scratchpad"}', "success"],
    ['{"model_id":"m-7","freed_gb":13}', "success"],
    ['{"ok":true,"model":"m-7","evicted":0,"freed_bytes":0}', "unknown"],
    ['{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorCauses":[]}', "failure"],
    ['{"emb-01":{"stdout":"stopped","stderr":"","exit_code":0},"emb-04":{"stdout":"","stderr":"ssh: No route to host","exit_code":255}}', "failure"],
    ['{"emb-01":{"stdout":"stopped","stderr":"","exit_code":0},"emb-02":{"stdout":"stopped","stderr":"","exit_code":0}}', "success"],
    ['{"status":"ok","matched":0,"deleted_count":0,"took_ms":12}', "unknown"],
    ['{"ok":true,"deleted_count":0}', "unknown"],
    ['{"command":"DELETE","rowcount":0,"notices":[]}', "unknown"],
    ['{"command":"DELETE","rowcount":4812}', "success"],
    ["DELETE /v2/voiceprints/maple-es -> 204 No Content", "success"],
    ["POST /v2/agents/x/stop → 202", "accepted"],
    ['{"ok":true,"evicted":48112,"failed":0}', "success"],
    ['{"job":"j-1","eta_s":30}', "unknown"],
    ['{"message":"Model m-7 deleted"}', "success"],
    ['{"agent":"x","state":"running"}', "unknown"],
    ["[1,2]", "unknown"],
  ])("%s → %s", (text, expected) => expect(status(text)).toBe(expected));
});

describe("a check after the action that finds nothing confirms it", () => {
  const bash = (command: string) => analyze("bash", { command });
  test.each([
    ["rm -rf /srv/x && ls /srv/x", '{"stdout":"","stderr":"ls: cannot access \'/srv/x\': No such file or directory\\n","exit_code":2}', "success"],
    // The same check whose exit the line's last command made 0: the stderr still confirms.
    ["rm -rf /srv/x && ls -ld /srv/x; ls /archive/x", '{"stdout":"a.bin\\n","stderr":"ls: cannot access \'/srv/x\': No such file or directory\\n","exit_code":0}', "success"],
    ["rm -rf /srv/x; ls /archive/x", '{"stdout":"","stderr":"rm: cannot remove \'/srv/x/a\': Permission denied\\n","exit_code":0}', "failure"],
    ["kubectl delete pod web-1 && kubectl get pod web-1", 'pod "web-1" deleted\nError from server (NotFound): pods "web-1" not found\n', "success"],
    ["rm -rf /srv/x && ls /srv/x", '{"stdout":"","stderr":"rm: cannot remove \'/srv/x\': Permission denied\\nls: /srv/x: No such file or directory\\n","exit_code":1}', "failure"],
    ["rm -rf /srv/x", '{"stdout":"","stderr":"rm: cannot remove \'/srv/x\': No such file or directory\\n","exit_code":1}', "failure"],
    ["kill -TERM 41877; sleep 3; pgrep -lf hermes; echo rc=$?", "rc=1\n", "success"],
    ["kill -TERM 41877; sleep 3; cat /tmp/x; echo rc=$?", "rc=1\n", "unknown"],
    // The action echoed status 0; the exit code 1 is is-enabled's, which says 1 for a disabled unit.
    ["systemctl stop kestrel && systemctl disable kestrel; echo rc=$?; systemctl is-enabled kestrel", '{"exit_code":1,"stdout":"rc=0\\ndisabled\\n","stderr":""}', "success"],
    ["systemctl stop kestrel && systemctl disable kestrel; echo rc=$?; systemctl is-enabled kestrel", '{"exit_code":1,"stdout":"rc=1\\nenabled\\n","stderr":""}', "failure"],
    ["systemctl stop kestrel; echo rc=$?", '{"exit_code":1,"stdout":"rc=0\\n","stderr":""}', "failure"],
    // `is-active` answers "not running" with exit 3: the answer, not a failure of the stop before it.
    ["sudo systemctl disable --now weldbuddy.service && systemctl is-active weldbuddy.service", '{"stdout":"inactive\\n","stderr":"Removed \\"/etc/systemd/system/multi-user.target.wants/weldbuddy.service\\".\\n","exit_code":3}', "success"],
    ["sudo systemctl disable --now weldbuddy.service && systemctl is-active weldbuddy.service", '{"stdout":"active\\n","stderr":"","exit_code":0}', "success"],
    ["sudo systemctl stop weldbuddy.service; systemctl is-active weldbuddy.service", '{"stdout":"activating\\n","stderr":"","exit_code":3}', "failure"],
  ])("%s", (command, result, expected) => expect(classifyOutcome(result, bash(command)).status).toBe(expected));
});

describe("a command that echoes what it acted on", () => {
  test("docker stop/rm print the container: success; other text does not count", () => {
    const stopRm = analyze("bash", { command: "docker stop 3f9a1c2e7b44 && docker rm 3f9a1c2e7b44" });
    expect(classifyOutcome("3f9a1c2e7b44\n3f9a1c2e7b44\n", stopRm).status).toBe("success");
    expect(classifyOutcome("3f9a1c2e7b44\nsomething else\n", stopRm).status).toBe("unknown");
  });
});

describe("text results that end cleanly", () => {
  test.each([
    ["exit status 0\n  5512093  loop  CANCELLED by 1002", "success"],
    ["rc=0\n", "success"],
    ["exit code: 0", "success"],
    ["exit status 2", "failure"],
    [" pg_drop_replication_slot \n--------------------------\n \n(1 row)\n", "success"],
    ["All revocation operations queued successfully!\nSuccess! Revoked lease: database/creds/x/1", "success"],
    ["Revocation queued.", "accepted"],
    ["see the log for details", "unknown"],
    ["(integer) 3", "success"],
    ["Query OK, 1 row affected (0.01 sec)", "success"],
    // A driver's count after its label, in words.
    ["rows affected: 1\nduration: 4 ms", "success"],
    ["rows affected: 0\nduration: 4 ms", "unknown"],
    ["[PM2] Applying action deleteProcessId on app [3]\n[PM2] [lobby-bot](3) ✓", "success"],
    ["(integer) 0", "unknown"],
    // per-item lines that say "destroyed" and a closing "(exit 0)"; "(exit 1)" alone on its line fails
    ["purging m@1 ... destroyed\npurging m@2 ... destroyed\nsummary: 2 destroyed, 0 failed", "success"],
    ["vault: key erased", "success"],
    ["purging m@1\n(exit 0)", "success"],
    ["purging m@1\n(exit 1)", "failure"],
  ])("%j → %s", (text, expected) => expect(status(text, rm)).toBe(expected));
});

describe("command results", () => {
  test("exit code decides; stderr is quoted", () => {
    const o = classifyOutcome('{"stdout":"","stderr":"rm: cannot remove \'/srv/m\': Permission denied\\n","exit_code":1}', rm);
    expect(o).toEqual({ status: "failure", reason: "exit_code 1: rm: cannot remove '/srv/m': Permission denied" });
    expect(status('{"stdout":"","stderr":"","exit_code":0}', rm)).toBe("success");
    expect(status('{"stdout":"","stderr":"","exitCode":"2"}', rm)).toBe("failure");
    expect(status('{"output":"","returncode":127}', rm)).toBe("failure");
  });
  test("exit 0 with errors on stderr fails a destructive command, not a read", () => {
    const text = '{"stdout":"done\\n","stderr":"rm: cannot remove \'/srv/m/x\': Permission denied\\n","exit_code":0}';
    expect(status(text, rm)).toBe("failure");
    expect(status('{"stdout":"a","stderr":"warning: cannot read cache","exit_code":0}', analyze("bash", { command: "ls" }))).toBe("success");
    expect(status('{"stdout":"","stderr":"Warning: deleting pods immediately","exit_code":0}', rm)).toBe("success");
  });
});

describe("a command that returned once the work was queued", () => {
  const agentctl = analyze("bash", { command: "agentctl delete kranich-assist --project kundenservice" });
  test("its status line says the work is not done, in English or German", () => {
    const german = JSON.stringify({ stdout: "Löschauftrag für Agent 'kranich-assist' angenommen.\nAuftrags-ID: del-4c81e2\nStatus: IN_BEARBEITUNG\n", stderr: "", exit_code: 0 });
    expect(status(german, agentctl)).toBe("accepted");
    expect(status(JSON.stringify({ stdout: "job: del-9\nstate: queued\n", exit_code: 0 }), agentctl)).toBe("accepted");
  });
  test("a finished status line, or queued text with no status line, stays a success", () => {
    expect(status(JSON.stringify({ stdout: "job: del-9\nstatus: completed\n", exit_code: 0 }), agentctl)).toBe("success");
    expect(status(JSON.stringify({ stdout: "All revocation operations queued successfully!\n", exit_code: 0 }), agentctl)).toBe("success");
  });
});

describe("a CLI told not to wait", () => {
  const azDelete = (flags: string) => analyze("az", { command: `az vm delete --name x --resource-group rg --yes${flags}` });
  test("returns once the work is queued: an empty exit 0 is accepted, not done", () => {
    const empty = '{"stdout":"","stderr":"","exit_code":0}';
    expect(status(empty, azDelete(" --no-wait"))).toBe("accepted");
    expect(status(empty, analyze("bash", { command: "gcloud compute instances delete x --async --quiet" }))).toBe("accepted");
    expect(status(empty, azDelete(""))).toBe("success");
  });
  test("a read told not to wait, or output that says more, is read as usual", () => {
    expect(status('{"stdout":"","stderr":"","exit_code":0}', analyze("bash", { command: "az vm show --name x --no-wait" }))).toBe("success");
    expect(status('{"stdout":"","stderr":"ERROR: not found","exit_code":1}', azDelete(" --no-wait"))).toBe("failure");
  });
});

describe("a Kubernetes API object returned for a write", () => {
  test("is the write taken; a Status object is read by its code", () => {
    const scale = analyze("k8s_scale", { kind: "Deployment", name: "x", replicas: 0 });
    expect(status('{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"x"},"spec":{"replicas":0},"status":{"replicas":4}}', scale)).toBe("success");
    expect(status('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden","code":403}', scale)).toBe("failure");
  });
});

describe("created is not done", () => {
  test("a 201 whose body says pending is accepted; a 201 that says nothing more is a success", () => {
    const post = analyze("http_request", { method: "POST", url: "https://app.terraform.io/api/v2/runs", body: '{"data": {"attributes": {"is-destroy": true}}}' });
    expect(post.effects[0]!.action).toBe("delete");
    expect(classifyOutcome('{"status": 201, "body": {"data": {"id": "run-1", "attributes": {"status": "pending"}}}}', post).status).toBe("accepted");
    expect(classifyOutcome('{"status": 201, "body": {"data": {"id": "run-1"}}}', post).status).toBe("success");
  });
});

describe("a statement that matched no row", () => {
  const run = (query: string) => analyze("run_sql", { query });
  test("Snowflake's count column of 0 changed nothing; of 3, it did", () => {
    const table = (n: number) => `+------------------------+\n| number of rows deleted |\n|------------------------|\n|                      ${n} |\n+------------------------+\n1 Row(s) produced.`;
    expect(classifyOutcome(table(0), run("DELETE FROM m WHERE name = 'x'")).status).toBe("unknown");
    expect(classifyOutcome(table(3), run("DELETE FROM m WHERE name = 'x'")).status).not.toBe("unknown");
  });
});

describe("plain text results", () => {
  test.each([
    ["Error: permission denied (requires role registry-admin)", "failure"],
    ["ERROR:  cannot drop table agent_sessions because other objects depend on it", "failure"],
    ["rm: cannot remove '/x': Operation not permitted", "failure"],
    ["Access denied for user 'ops'", "failure"],
    ["could not connect to registry", "failure"],
    ["Deletion failed", "failure"],
    ["Error from server (Forbidden): pods is forbidden", "failure"],
    ["HTTP/1.1 409 Conflict", "failure"],
    ["Traceback (most recent call last):\n  File x\nValueError: bad", "failure"],
    ["connection refused", "failure"],
    ["Request timed out", "unknown"],
    ["state unknown", "unknown"],
    ["unknown", "unknown"],
    ["no response from agent", "unknown"],
    ["Deletion queued as job 55", "accepted"],
    ["Agent is shutting down", "accepted"],
    ["Copied 1 file (31.7 GB) to /archive/x", "success"],
    ['deployment.apps "x" deleted', "success"],
    ["DROP TABLE", "success"],
    ["DROP INDEX", "success"],
    ["OK", "success"],
    ["Done.", "success"],
    ["DISPOSITION COMPLETE | record=m-7 | cert=DC-1", "success"],
    ["Deletion not complete: 3 objects left", "unknown"],
    ["Terminate workflow succeeded", "success"],
    ["Deleting queue 'x' on vhost 'agents' ...\nQueue was successfully deleted with 1834 ready messages\n", "success"],
    ["Deleting queue 'x' on vhost 'agents' ...\n", "accepted"],
    ["update-initramfs: Deleting /boot/initrd.img-5.15.0-97\nGenerating grub configuration file ...\n[exit 0]", "success"],
    ["Deleting /boot/initrd.img-5.15.0-97\n[exit 0]", "accepted"],
    ["Deletion queued\nrequest id 77\n[exit 0]", "accepted"],
    ["NOTICE:  table \u00ab x_old \u00bb does not exist, skipping\nDROP TABLE", "success"],
    ["status: 200\n{\"acknowledged\":true}", "success"],
    ["{ acknowledged: true, deletedCount: 37 }", "success"],
    ['{"ResponseMetadata": {"RequestId": "4e1b", "HTTPStatusCode": 200}}', "success"],
    ["BEGIN\nDELETE 4312\nROLLBACK\n", "failure"],
    ['{"request_id": "ER-2024-0913", "state": "PENDING_APPROVAL"}', "accepted"],
    ["BEGIN\nDELETE 4312\nCOMMIT\n", "success"],
    ['{"ResponseMetadata": {"RequestId": "4e1b", "HTTPStatusCode": 409}}', "failure"],
    ['{"ergebnis": "fehler", "meldung": "Zeitüberschreitung nach 30 s"}', "failure"],
    ["  Id ProcessName HasExited\n6120 ArenaBot True\n\n[exit 0]", "success"],
    ["->  worker1@sum-a: OK\n        Worker shutdown requested\n[exit 0]", "accepted"],
    ["3 passed, 0 failed", "unknown"],
    ['SUCCESS: The parameters of scheduled task "HeronRetrain" have been changed.', "success"],
    ["OK: job scheduled for deletion", "accepted"],
    ["Deletion of the scheduled job is pending", "accepted"],
    ["Removal scheduled for 02:00", "accepted"],
    ["some text with nothing to say", "unknown"],
  ])("%s → %s (destructive call)", (text, expected) => expect(status(text)).toBe(expected));

  test("a command piped into a filter fails when what it printed says so, whatever the filter's exit code", () => {
    const piped = analyze("bash", { command: "gsutil -m rm -r 'gs://b/run/step_*' 2>&1 | tail -4" });
    expect(classifyOutcome('{"stdout": "AccessDeniedException: 403 no storage.objects.delete access\nCommandException: 1232 files/objects could not be removed.\n", "stderr": "", "exit_code": 0}', piped).status).toBe("failure");
    expect(classifyOutcome('{"stdout": "Operation completed over 880 objects.\n", "stderr": "", "exit_code": 0}', piped).status).toBe("success");
  });

  test("a read succeeds when it returns text without an error", () => {
    expect(status("NAME READY\nx 1/1", read)).toBe("success");
    expect(status("Error: model not found", read)).toBe("failure");
  });
  test("null is none, empty is unknown", () => {
    expect(status(null)).toBe("none");
    expect(status("   ")).toBe("unknown");
  });
  test("no analysis means the call is treated as acting", () => {
    expect(classifyOutcome("whatever").status).toBe("unknown");
  });
  test("huge results are scanned boundedly and still classified", () => {
    const text = `${"x".repeat(2_000_000)}\nError: disk full`;
    expect(status(text)).toBe("failure");
  });
});

describe("results that succeed without saying so", () => {
  const act = (text: string) => classifyOutcome(text).status;
  test.each([
    ['{"status":204,"body":""}', "success"],
    ['{"status_code":200}', "success"],
    ['{"deleted_keys":214,"remaining":0,"took_ms":381}', "success"],
    ['{"removed":3}', "success"],
    ['{"rows_affected":12}', "success"],
  ])("%s → %s", (text, expected) => expect(act(text)).toBe(expected));
  test.each([
    ['{"job":"j-1","eta_s":30}'],
    ['{"operation_id":"op-9"}'],
    ['{"DesiredState":{"Name":"stopped"}}'],
  ])("%s stays unknown (a handle or a state that does not settle it)", (text) => expect(act(text)).toBe("unknown"));
});

describe("dry-run reports", () => {
  const acting = { callId: "c", tool: "shell", effects: [], destructive: true, readOnly: false, commandRunner: true, argumentsInvalid: false };
  test.each([
    '{"stdout":"Would remove /scratch/work/3f/a1\\nWould remove /scratch/work/7b/0d\\n","stderr":"","exit_code":0}',
    "DRY RUN: deleting 14 snapshots older than 30d\nok",
    "[dry-run] removed model-a, model-b",
    "Deleted 3 objects (dry run)",
    "What if: Performing the operation \"Remove Directory\" on target \"C:\\\\models\\\\lark\".",
    "3 checkpoints would be deleted",
    '{"dry_run": true, "deleted": ["a", "b"]}',
  ])("%s is no success", (text) => {
    expect(classifyOutcome(text, acting).status).toBe("failure");
  });
  test.each([
    "removed '/srv/models/x'",
    "dry run: false\ndeleted 3 snapshots",
    "DRY_RUN=0; deleted 3 snapshots",
    "dry-run mode disabled, deleted 3 snapshots",
  ])("%s is a success", (text) => {
    expect(classifyOutcome(text, acting).status).toBe("success");
  });
  test("a read listing what would go is a read success", () => {
    expect(classifyOutcome("Would remove /x", { ...acting, destructive: false, readOnly: true }).status).toBe("success");
  });
});

describe("results written as key: value lines", () => {
  const setter = analyze("set_schedule_enabled", { schedule_id: "sch_0207", enabled: false });
  test("read like a JSON object: the target echoed with no error is success, an error key is failure", () => {
    expect(classifyOutcome("id: sch_0207\nagent: price-scraper\nenabled: false\nnext_run: null\n", setter).status).toBe("success");
    expect(classifyOutcome("id: sch_0207\nerror: schedule is locked\n", setter).status).toBe("failure");
    expect(classifyOutcome("id: sch_0207\nstate: pending\n", setter).status).toBe("accepted");
  });
  test("prose that says nothing stays unknown", () => {
    expect(classifyOutcome("see the dashboard for details", setter).status).toBe("unknown");
  });
});

describe("a read's output is the thing read", () => {
  const readScript = analyze("read_file", { path: "/opt/fleet/bin/stop.sh" });
  test("words like timeout or error inside a file's text do not make the read fail", () => {
    const script = "#!/usr/bin/env bash\nset -euo pipefail\nfor a in x y; do\n  agentctl stop \"$a\" --drain-timeout 120 || echo \"error stopping $a\"\ndone\n";
    expect(classifyOutcome(script, readScript).status).toBe("success");
  });
  test("a read that failed says so up front", () => {
    expect(classifyOutcome("cat: /opt/fleet/bin/stop.sh: No such file or directory", readScript).status).toBe("failure");
    expect(classifyOutcome("Error: permission denied\n(the file is owned by root)\nhint: use sudo\nmore", readScript).status).toBe("failure");
  });
});

describe("a job's leveled log", () => {
  const purge = analyze("run_job", { job: "purge-weights", model: "m-7" });
  const log = (...lines: string[]) => lines.map((l, i) => `2025-02-19T10:14:0${i}.000Z ${l}`).join("\n");
  test("an ERROR between a start and a finish line is a failure", () => {
    const text = log("INFO  job[1] starting deletion", "INFO  job[1] deleted shard 01/14", "ERROR job[1] shard 02/14: AccessDenied: legal hold",
      "WARN  job[1] aborting: 1 of 14 shards deleted, 13 remain", "INFO  job[1] job finished");
    expect(classifyOutcome(text, purge)).toEqual({ status: "failure", reason: expect.stringContaining("aborting") });
  });
  test("a timeout that was retried is overtaken by the successes after it", () => {
    const text = log("INFO  job[1] starting deletion", "WARN  job[1] shard 2/6: timeout after 30s, retrying (attempt 2/3)",
      "INFO  job[1] deleted shard 2/6", "INFO  job[1] purge complete: 6/6 shards deleted, 0 errors", "INFO  job[1] job finished");
    expect(classifyOutcome(text, purge)).toEqual({ status: "success", reason: expect.stringContaining("purge complete") });
  });
  test("an error that a later summary counts away is a success", () => {
    const text = log("INFO  job[1] start", "ERROR job[1] shard 2: reset by peer", "INFO  job[1] shard 2 deleted on retry", "INFO  job[1] done: 3/3 deleted, errors: 0");
    expect(classifyOutcome(text, purge).status).toBe("success");
  });
});

describe("a Kubernetes-style object a write returned", () => {
  const retire = analyze("orchestra_ctl", { args: "retire agent quill -o yaml" });
  test("is the write taken, unless its own status turned it down", () => {
    const object = (phase: string) => `apiVersion: o/v2\nkind: AgentRetirement\nmetadata:\n  name: quill\nstatus:\n  phase: ${phase}\n`;
    expect(classifyOutcome(object("Completed"), retire).status).toBe("success");
    expect(classifyOutcome(object("Rejected"), retire).status).toBe("failure");
  });
});

describe("answers with more than one voice", () => {
  const revoke = analyze("graphql", { query: "mutation R($id: ID!) { revokeToken(id: $id) { id revokedAt lastUsedBy { name } } }", variables: { id: "pat_1" } });
  test("GraphQL errors below a root field that came back are errors of sub-fields", () => {
    expect(revoke.effects.map((e) => [e.action, e.targets])).toEqual([["revoke", ["pat_1"]]]);
    const answer = (data: unknown, path: string[]) => JSON.stringify({ data, errors: [{ message: "not allowed for this caller", path }] });
    expect(classifyOutcome(answer({ revokeToken: { id: "pat_1", revokedAt: "2024-06-11T10:22:48Z" } }, ["revokeToken", "lastUsedBy"]), revoke).status).toBe("success");
    expect(classifyOutcome(answer({ revokeToken: null }, ["revokeToken"]), revoke).status).toBe("failure");
  });
  test("an event stream ends as its last settling event about the target says", () => {
    const stop = analyze("shutdown_agent", { name: "lark" });
    const stream = (...events: object[]) => events.map((e) => JSON.stringify(e)).join("\n");
    expect(classifyOutcome(stream({ event: "shutdown.requested", agent: "lark" }, { event: "error", agent: "lark", error: "heartbeat timeout", retryable: true },
      { event: "agent.stopped", agent: "lark", state: "stopped" }), stop).status).toBe("success");
    expect(classifyOutcome(stream({ event: "shutdown.requested", agent: "lark" }, { event: "shutdown.aborted", agent: "lark", state: "running" },
      { event: "stream.closed", ok: true }), stop).status).toBe("failure");
  });
  test("a gateway's error around a backend answer that says the deed is done", () => {
    const terminate = analyze("gateway_call", { service: "agents", action: "terminate", params: { agent: "deepdig-4" } });
    const wrapped = (state: string) => JSON.stringify({ status: "error", http_status: 502, message: "post-action hook failed", result: { response: { agent: "deepdig-4", state } } });
    expect(classifyOutcome(wrapped("terminated"), terminate).status).toBe("success");
    expect(classifyOutcome(wrapped("running"), terminate).status).toBe("failure");
  });
  test("a gateway's ok around a backend answer that says it failed", () => {
    const revoke = analyze("gateway_call", { service: "iam", action: "revoke_token", params: { principal: "triage-bot" } });
    const wrapped = (response: object) => JSON.stringify({ status: "ok", http_status: 200, result: { backend: "iam", response } });
    expect(classifyOutcome(wrapped({ success: false, error: { code: "TOKEN_NOT_FOUND" }, revoked: [] }), revoke)).toEqual({ status: "failure", reason: expect.stringContaining("result.response.success: false") });
    expect(classifyOutcome(wrapped({ success: true, revoked: ["sat_1"] }), revoke).status).toBe("success");
  });
});

describe("a command's log, exit 0", () => {
  test("an error level in the log it printed, not summed away, is a failure", () => {
    const del = analyze("bash", { command: "mreg delete kite --all-versions --log-format=logfmt" });
    const run = (lines: string[]) => JSON.stringify({ stdout: lines.join("\n"), stderr: "", exit_code: 0 });
    expect(classifyOutcome(run(['ts=1 level=info msg="deleting version" version=1 result=ok', 'ts=2 level=error msg="delete failed" version=3',
      'ts=3 level=info msg="request complete" deleted=2 failed=1']), del).status).toBe("failure");
    expect(classifyOutcome(run(['ts=1 level=info msg="deleting version" version=1 result=ok', 'ts=2 level=info msg="deleting version" version=2 result=ok',
      'ts=3 level=info msg="request complete" deleted=2 failed=0']), del).status).toBe("success");
  });
});

test("a CLI that prints HALTED for its target halted it", () => {
  const halt = analyze("halt", { target: "yaw-tuner-t07" });
  expect(classifyOutcome("HALTED yaw-tuner-t07 (clean exit)", halt).status).toBe("success");
  expect(classifyOutcome("REFUSED yaw-tuner-t09: E_BUSY turbine in storm-lock", halt).status).not.toBe("success");
});

describe("a row count of a statement on a whole table", () => {
  const sql = (statement: string) => analyze("sql_query", { statement });
  test("says nothing of whether DROP TABLE ran; a DELETE of no rows affected nothing", () => {
    expect(classifyOutcome('{"command":"DROP TABLE","rows_affected":0}', sql("DROP TABLE spruce_memory_vectors;")).status).toBe("success");
    expect(classifyOutcome('{"command":"DELETE","rows_affected":0}', sql("DELETE FROM spruce_memory WHERE agent='x';")).status).toBe("unknown");
    // (a retry warning on stderr beside exit 0 is no failure)
    const rm = { command: "gcloud storage rm -r gs://m/x/" };
    expect(classifyOutcome(JSON.stringify({ stdout: "", stderr: "Removing gs://m/x/a...\nWARNING: Retrying request after 503 Service Unavailable (attempt 1 of 6)\n  Completed 2/2\n", exit_code: 0 }), analyze("run_shell", rm)).status).toBe("success");
    expect(classifyOutcome(JSON.stringify({ stdout: "", stderr: "ERROR: 503 Service Unavailable\n", exit_code: 0 }), analyze("run_shell", rm)).status).toBe("failure");
    // (beside a driver's own "ok" status too)
    expect(classifyOutcome('{"status":"ok","command_tag":"DROP TABLE","rows_affected":0}', sql("DROP TABLE lumen_scratch;")).status).toBe("success");
    expect(classifyOutcome('{"status":"ok","rows_affected":0}', sql("DELETE FROM lumen WHERE id=4;")).status).toBe("unknown");
  });
  test("a count above zero beside a driver's own status fields (MySQL's serverStatus, warningStatus) says it happened", () => {
    const mysql = '{"fieldCount":0,"affectedRows":18234,"insertId":0,"info":"","serverStatus":2,"warningStatus":0}';
    expect(classifyOutcome(mysql, sql("DELETE FROM agent_state.memories WHERE agent_id = 'skua';")).status).toBe("success");
    expect(classifyOutcome(mysql.replace("18234", "0"), sql("DELETE FROM agent_state.memories WHERE agent_id = 'skua';")).status).toBe("unknown");
  });
});

describe("a leveled log with no warning", () => {
  const stop = analyze("exec", { cmd: "agentctl stop plover --drain --timeout 120s" });
  // (Plain text, as an agent CLI prints it: no exit code to go by.)
  const log = (last: string) => `2024-09-03T10:14:02Z INFO  stop requested agent=plover drain=true\n2024-09-03T10:14:02Z INFO  draining agent=plover in_flight=2\n2024-09-03T10:14:14Z INFO  process exited agent=plover pid=41877 code=0\n${last}\n`;
  test("that ends on the deed's end state is done; one that ends elsewhere is as before", () => {
    expect(classifyOutcome(log("2024-09-03T10:14:14Z INFO  agent=plover state=STOPPED gpu=released"), stop).status).toBe("success");
    expect(classifyOutcome(log("2024-09-03T10:14:14Z INFO  agent=plover state=DRAINING"), stop).status).not.toBe("success");
  });
});

test("an SQL tool's empty answer to a statement that returns no rows is no error; elsewhere nothing is said", () => {
  expect(status("", analyze("sql_db_query", { query: "DROP TABLE bramble_checkpoints;" }))).toBe("success");
  expect(status("", del)).toBe("unknown");
  expect(status("", rm)).toBe("unknown");
  expect(status("", analyze("sql_db_query", { query: "DROP TABLE a; SELECT 1;" }))).toBe("unknown");
});

test("a leveled log that tells the deed's end state among warnings about something else is done; an error-level line still fails it", () => {
  const stop = analyze("agentctl_stop", { agent: "ocelot" });
  const log = (warn: string) => [
    "2025-03-10T09:14:02Z INFO  agent=ocelot state=RUNNING replicas=2",
    "2025-03-10T09:14:19Z WARN  metrics: push to pushgateway:9091 failed (connection refused), retrying in background",
    "2025-03-10T09:14:22Z INFO  agent=ocelot state=STOPPED",
    `2025-03-10T09:14:22Z ${warn}`,
    "2025-03-10T09:14:22Z INFO  done in 20.19s",
  ].join("\n");
  expect(status(log("WARN  metrics: push to pushgateway:9091 failed (connection refused), giving up"), stop)).toBe("success");
  expect(status(log("ERROR replica ocelot-1 did not exit"), stop)).toBe("failure");
});

describe("a gRPC status line", () => {
  test("code 0 is done; any other code failed", () => {
    expect(status('status: 0 OK\nresponse:\n{\n  "workerId": "w"\n}\ntrailers:\n  grpc-status: 0\n')).toBe("success");
    expect(status("status: 9 FAILED_PRECONDITION\nmessage: worker holds a lease\n")).toBe("failure");
  });
});

describe("a database's command tag as the status", () => {
  const drop = analyze("sql_execute", { database: "concierge", statement: "DROP TABLE concierge_guest_memory;" });
  test("the tag says the statement ran; a count of none is read with the counts", () => {
    expect(status('{"status":"DROP TABLE","rows_affected":0,"duration_ms":41}', drop)).toBe("success");
    expect(status('{"status": "DELETE 0", "rowcount": 0}', analyze("sql_query", { sql: "DELETE FROM agent_memory WHERE agent_name = 'x';" }))).not.toBe("success");
  });
});
