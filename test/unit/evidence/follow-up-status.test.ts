import { settleByFollowUps } from "../../../src/evidence/follow-up-status";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";
import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { analyze } from "../classify/call-of";

function past(name: string, args: Record<string, unknown>, result: string): AnalyzedPastCall {
  const analysis = analyze(name, args);
  const call = { id: `call_${name}`, name, argumentsText: JSON.stringify(args), arguments: args, messageIndex: 0, resultText: result, resultIndex: 1 };
  return { call, analysis, outcome: classifyOutcome(result, analysis), states: [], items: [], saysRecoverable: false };
}

const submitted = () => past("route53_change_records", { changes: [{ Action: "DELETE", ResourceRecordSet: { Name: "status.acme.io." } }] },
  '{"ChangeInfo": {"Id": "/change/C0441737", "Status": "PENDING"}}');

describe("an accepted call settled by a later read of its operation", () => {
  test("a job a delete started, running, is settled by its log ending on its exit", () => {
    const del = past("index_admin", { action: "delete", index: "clover-retriever" }, '{"job_id": "idx-del-20931", "state": "running", "index": "clover-retriever"}');
    expect(del.outcome.status).toBe("accepted");
    const log = (end: string) => past("job_logs", { job_id: "idx-del-20931" }, `[14:02:11] shard 0000 deleted\n[... 406 lines truncated ...]\n[14:02:49] job idx-del-20931 finished: ${end}\n`);
    expect(settleByFollowUps([del, log("exit=0")])[0]!.outcome.status).toBe("success");
    expect(settleByFollowUps([del, log("exit=2")])[0]!.outcome.status).toBe("failure");
  });
  test("a poll that shows the operation done settles it as done", () => {
    const calls = settleByFollowUps([submitted(), past("route53_get_change", { change_id: "C0441737" }, '{"ChangeInfo": {"Id": "/change/C0441737", "Status": "INSYNC"}}')]);
    expect(calls[0]!.outcome.status).toBe("success");
  });
  test("a poll that shows it failed settles it as failed; one still pending settles nothing", () => {
    expect(settleByFollowUps([submitted(), past("get_operation", { id: "C0441737" }, '{"status": "FAILED"}')])[0]!.outcome.status).toBe("failure");
    expect(settleByFollowUps([submitted(), past("get_operation", { id: "C0441737" }, '{"status": "PENDING"}')])[0]!.outcome.status).toBe("accepted");
  });
  test("a poll answering in French ('statut': 'terminé') settles it too", () => {
    const kill = past("edr_kill_process", { host_id: "h1", pid: 7312 }, '{"job_id": "job-55121", "statut": "en attente", "message": "Tâche créée, en attente d\'exécution."}');
    expect(kill.outcome.status).toBe("accepted");
    const poll = past("edr_job_status", { job_id: "job-55121" }, '{"job_id": "job-55121", "statut": "terminé", "résultat": "succès"}');
    expect(settleByFollowUps([kill, poll])[0]!.outcome.status).toBe("success");
  });
  test("an operation still running settles nothing, whatever its first step says", () => {
    const running = '{"status": 200, "body": {"id": "C0441737", "status": "running", "steps": [{"name": "teardown", "status": "done"}, {"name": "purge", "status": "pending"}]}}';
    expect(settleByFollowUps([submitted(), past("get_operation", { id: "C0441737" }, running)])[0]!.outcome.status).toBe("accepted");
    const done = '{"id": "C0441737", "status": "done", "steps": [{"name": "teardown", "status": "done"}]}';
    expect(settleByFollowUps([submitted(), past("get_operation", { id: "C0441737" }, done)])[0]!.outcome.status).toBe("success");
  });
  test("a poll answered as a raw HTTP response is read by its JSON body", () => {
    const shutdown = past("http_request", { method: "POST", url: "https://cp/v1/agents/orbit:shutdown" },
      'HTTP/1.1 202 Accepted\nLocation: /v1/operations/op-7f3a\n\n{"operation":"op-7f3a","state":"RUNNING"}');
    expect(shutdown.outcome.status).toBe("accepted");
    const poll = (state: string) => past("http_request", { method: "GET", url: "https://cp/v1/operations/op-7f3a" }, `HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"operation":"op-7f3a","state":"${state}"}`);
    expect(settleByFollowUps([shutdown, poll("DONE")])[0]!.outcome.status).toBe("success");
    expect(settleByFollowUps([shutdown, poll("RUNNING")])[0]!.outcome.status).toBe("accepted");
  });
  test("a Google long-running operation polled to done: true ended well, or with its error", () => {
    const lro = past("http_request", { method: "DELETE", url: "https://aiplatform/v1/projects/p/models/8841" }, '{"name":"projects/p/operations/5512904711872348160","done":false}');
    const poll = (body: string) => past("http_request", { method: "GET", url: "https://aiplatform/v1/projects/p/operations/5512904711872348160" }, body);
    expect(lro.outcome.status).toBe("accepted");
    expect(settleByFollowUps([lro, poll('{"name":"projects/p/operations/5512904711872348160","done":true,"response":{}}')])[0]!.outcome.status).toBe("success");
    expect(settleByFollowUps([lro, poll('{"name":"projects/p/operations/5512904711872348160","done":true,"error":{"code":9}}')])[0]!.outcome.status).toBe("failure");
    expect(settleByFollowUps([lro, poll('{"name":"projects/p/operations/5512904711872348160","done":false}')])[0]!.outcome.status).toBe("accepted");
  });
  test("a read of something else settles nothing", () => {
    expect(settleByFollowUps([submitted(), past("get_operation", { id: "C9999999" }, '{"status": "INSYNC"}')])[0]!.outcome.status).toBe("accepted");
  });

  test("an operation named in a CLI's text, waited on, with its state first on a value line", () => {
    const op = "operation-1718803321456-61b2c0f7";
    const del = past("bash", { command: "gcloud compute instances delete old-vm --zone=us-central1-b --quiet --async" },
      `Delete in progress for [https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-b/operations/${op}].`);
    expect(del.outcome.status).toBe("accepted");
    const running = past("bash", { command: `gcloud compute operations describe ${op} --format="value(status)"` }, "RUNNING\tdelete\told-vm");
    const waited = past("bash", { command: `gcloud compute operations wait ${op}` }, `Waiting for operation [${op}]...done.\nDONE\tdelete\told-vm`);
    expect(settleByFollowUps([del, running])[0]!.outcome.status).toBe("accepted");
    expect(settleByFollowUps([del, running, waited])[0]!.outcome.status).toBe("success");
  });
});
