import { readStateEvidence } from "../../../src/evidence/read-state-evidence";
import { analyze } from "../classify/call-of";

const states = (result: string, name: string, args: Record<string, unknown>) => readStateEvidence(result, analyze(name, args));
const bash = (command: string, stdout: string, exit = 0, stderr = "") =>
  states(JSON.stringify({ stdout, stderr, exit_code: exit }), "bash", { command });

describe("a read of one thing that answers in a line or two", () => {
  test("gives the state its last line tells", () => {
    expect(bash("az vm get-instance-view --resource-group rg -n vm-1 --query instanceView.statuses[].displayStatus -o tsv", "Provisioning succeeded\nVM deallocated\n"))
      .toEqual([{ target: "vm-1", state: "stopped" }]);
  });
});

describe("a run's items told by their result", () => {
  test("an end state given as an item's result is that item's state", () => {
    const run = JSON.stringify({ job: "retire-x", last_run: { status: "partial_failure", items: [{ model_id: "x-7b", result: "deleted" }, { model_id: "x-34b", result: "error" }] } });
    const read = states(run, "get_job_run", { job: "retire-x" });
    expect(read).toContainEqual({ target: "x-7b", state: "deleted" });
    expect(read).toContainEqual({ target: "x-34b", state: "present" });
  });
});

describe("a run's log that lists what it kept", () => {
  test("shows those things there, even inside a JSON string", () => {
    const runs = JSON.stringify({ runs: [{ id: 8812, status: "failed", log_tail: "Error: timed out\nresources kept: deployment/lumen-triage, pvc/lumen-triage-memory" }] });
    expect(states(runs, "list_pipeline_runs", { pipeline: "agent-teardown" })).toEqual([
      { target: "deployment/lumen-triage", state: "present" }, { target: "pvc/lumen-triage-memory", state: "present" }]);
  });
});

describe("ps", () => {
  test("`ps -p N` that prints only its header: no process has that pid", () => {
    expect(bash("kill 18844; sleep 3; ps -o pid,stat,etime,cmd -p 18844", "    PID STAT     ELAPSED CMD\n", 1)).toEqual([{ target: "18844", state: "absent" }]);
    expect(bash("ps -p 18844", "    PID TTY          TIME CMD\n", 1)).toEqual([{ target: "18844", state: "absent" }]);
    expect(bash("ps -p 18844", "    PID TTY          TIME CMD\n  18844 ?        00:10:02 python\n")).not.toContainEqual({ target: "18844", state: "absent" });
  });
});

describe("event logs in plain text", () => {
  test("the latest state transition is the state of the one thing read", () => {
    const log = "09:12:03Z  stop requested by dana@acme.io\n09:12:09Z  state RUNNING -> STOPPED\n09:12:09Z  heartbeat lost";
    expect(states(log, "get_fleet_events", { agent: "heron-dispatch", limit: 3 })).toEqual([{ target: "heron-dispatch", state: "stopped" }]);
    expect(states("status: stopped → running\nstatus: running -> stopped\nstatus: stopped -> running", "list_agent_events", { agent: "a-1" })).toEqual([{ target: "a-1", state: "running" }]);
  });
});

describe("structured reads", () => {
  test("status fields give lifecycle states for the object's identifiers", () => {
    expect(states('{"name":"gannet","status":"running","pid":812}', "get_agent", { name: "gannet" })).toEqual([
      { target: "gannet", state: "running" }, { target: "812", state: "running" }]);
    expect(states('{"model_id":"m","state":"decommissioned"}', "get_model", { model_id: "m" })).toEqual([{ target: "m", state: "decommissioned" }]);
    expect(states('{"agent":"a","status":"Stopped"}', "describe_agent", { agent: "a" })).toEqual([{ target: "a", state: "stopped" }]);
  });
  test("what a finished long-running operation reports of its work is no reading of the thing being there", () => {
    const done = '{"name":"operations/del-88a1d7","metadata":{"objects_deleted":1432},"done":true,"response":{"run_id":"ftr-20240817-b","deleted_objects":1432}}';
    expect(states(done, "get_operation", { name: "operations/del-88a1d7" })).toEqual([]);
    expect(states('{"run_id":"ftr-20240817-b","status":"active"}', "get_run", { run_id: "ftr-20240817-b" })).toEqual([{ target: "ftr-20240817-b", state: "active" }]);
  });
  test("the record's first kind-named key names it; a later one names what it refers to, an id key the record itself", () => {
    const bots = '{"org":"cadence","bots":[{"bot":"cadence-notes","state":"running"},{"bot":"cadence-notes-backport","state":"running"}]}';
    expect(states(bots, "bots_list", { org: "cadence" })).toEqual([{ target: "cadence-notes", state: "running" }, { target: "cadence-notes-backport", state: "running" }, { target: "cadence", state: "present" }]);
    expect(states('{"bot":"standup-bot","model":"pc-chat-small","state":"stopped"}', "botrunner_get", { bot: "standup-bot" })).toEqual([{ target: "standup-bot", state: "stopped" }]);
    expect(states('{"model":"m-1","name":"ranker","state":"stopped"}', "get_thing", { id: "x" })).toEqual([{ target: "m-1", state: "stopped" }, { target: "ranker", state: "stopped" }]);
  });
  test("a run of a change that reports what it left in a deed's end state shows it so; live states it reports are not read", () => {
    const ran = '{"approval_id":"APR-7740","executed":true,"result":{"agent":"juno-dispatch","state":"terminated"}}';
    expect(states(ran, "run_approved_change", { approval_id: "APR-7740" })).toEqual([{ target: "juno-dispatch", state: "terminated" }]);
    expect(states('{"executed":true,"result":{"agent":"juno-dispatch","state":"running"}}', "run_approved_change", { approval_id: "APR-7740" })).toEqual([]);
  });
  test("a switch-off whose answer says the thing no longer runs shows it stopped; an answer that it is only disabled does not", () => {
    const answer = '{"assistant_id":"admissions-faq","previous_state":"active","state":"inactive","sessions_closed":4}';
    expect(states(answer, "deactivate_assistant", { assistant_id: "admissions-faq" })).toEqual([{ target: "admissions-faq", state: "stopped" }]);
    expect(states('{"assistant_id":"admissions-faq","state":"disabled"}', "deactivate_assistant", { assistant_id: "admissions-faq" })).toEqual([]);
  });
  test("what a read of a run lists as done is in that deed's end state", () => {
    const task = '{"task_id":"t1","status":"succeeded","result":{"deleted":["pf/step-10000","pf/step-20000"],"errors":[]}}';
    expect(states(task, "get_task", { task_id: "t1" })).toEqual(expect.arrayContaining([{ target: "pf/step-10000", state: "deleted" }, { target: "pf/step-20000", state: "deleted" }]));
    expect(states('{"would_delete":["pf/step-10000"]}', "get_task", { task_id: "t1" })).not.toContainEqual({ target: "pf/step-10000", state: "deleted" });
  });
  test("a call in a session's history names things without showing them there", () => {
    const history = '{"session_id":"s1","calls":[{"tool":"delete_model","args":{"model_id":"heddle-v1"},"result":{"ok":true}},{"tool":"get_model","args":{"model_id":"heddle-v2"},"result":"ok"}]}';
    expect(states(history, "get_session_history", { session_id: "s1" })).toEqual([]);
    // A thing's own record with a tool field is still a thing.
    expect(states('{"model_id":"m","tool":"vllm","state":"running"}', "get_model", { model_id: "m" })).toEqual([{ target: "m", state: "running" }]);
  });
  test("a thing on its way out is leaving, neither live nor gone", () => {
    expect(states('{"model_id":"m","state":"deleting","replicas":["ap-southeast-1"]}', "get_model", { model_id: "m" })).toEqual([{ target: "m", state: "leaving" }]);
    expect(states('{"name":"a","status":"Terminating"}', "get_agent", { name: "a" })).toEqual([{ target: "a", state: "leaving" }]);
    // A resource's own status field (`EndpointStatus`) is read when it says so.
    expect(states('{"EndpointName":"shrike-embed-prod","EndpointStatus":"Deleting"}', "describe_endpoint", { endpoint_name: "shrike-embed-prod" }))
      .toEqual([{ target: "shrike-embed-prod", state: "leaving" }]);
  });
  test("a finished operation of a deed shows the thing its target link names in the deed's end state", () => {
    const op = (type: string, status: string, extra = "") => `{"operation":"operation-171","operationType":"${type}","targetLink":"projects/p/zones/z/instances/auk-2","status":"${status}"${extra}}`;
    expect(states(op("delete", "DONE"), "get_operation", { operation: "operation-171" })).toEqual([{ target: "auk-2", state: "deleted" }]);
    expect(states(op("stop", "DONE"), "get_operation", { operation: "operation-171" })).toEqual([{ target: "auk-2", state: "stopped" }]);
    expect(states(op("delete", "RUNNING"), "get_operation", { operation: "operation-171" })).not.toContainEqual({ target: "auk-2", state: "deleted" });
    expect(states(op("delete", "DONE", ',"error":{"errors":[{"code":"RESOURCE_IN_USE"}]}'), "get_operation", { operation: "operation-171" }))
      .not.toContainEqual({ target: "auk-2", state: "deleted" });
  });
  test("a deed's job running is the deed under way, not a thing still there; another job's state is its own", () => {
    expect(states('{"job_id":"wj-83f1","status":"running","progress":0.62}', "get_wipe_job", { job_id: "wj-83f1" })).toEqual([]);
    expect(states('{"deletion_job":"del-7f","status":"in_progress","deleted":false}', "get_deletion_job", { job: "del-7f" })).toEqual([]);
    expect(states('{"job_id":"train-7","status":"running"}', "get_job", { job_id: "train-7" })).toEqual([{ target: "train-7", state: "running" }]);
  });
  test("listings show each item present (or its own status)", () => {
    expect(states('{"models":[{"id":"a"},{"id":"b","status":"active"}]}', "list_models", {})).toEqual([
      { target: "a", state: "present" }, { target: "b", state: "active" }]);
  });
  test("an object with a version is that version of the named thing", () => {
    const listed = '{"model_versions":[{"name":"churn-xgb","version":"4","status":"READY"},{"name":"churn-xgb","version":2,"status":"READY"}]}';
    expect(states(listed, "search_model_versions", { name: "churn-xgb" })).toEqual([
      { target: "churn-xgb/4", state: "running" }, { target: "churn-xgb/2", state: "running" }]);
  });
  test("a list of other things filed under a name says nothing about that thing", () => {
    expect(states('{"model":"barkeep-v2","events":[{"actor":"dmitri.k","event":"deleted"}]}', "model_audit_log", { model: "barkeep-v2" })).toEqual([]);
    expect(states('{"registered_model":{"name":"fraud-scorer","latest_versions":[{"version":"2"}]}}', "get_registered_model", { name: "fraud-scorer" })).toEqual([]);
    expect(states('{"agent":"mailbot","grants":[{"id":"grt_81f2","status":"active"}]}', "list_grants", { agent: "mailbot" })).toEqual([
      { target: "grt_81f2", state: "active" }]);
  });
  test("a result without identifiers describes the single target asked about", () => {
    expect(states('{"status":"paused"}', "get_agent_status", { name: "kite" })).toEqual([{ target: "kite", state: "paused" }]);
    expect(states('{"exists":false}', "check_model", { model_id: "m" })).toEqual([{ target: "m", state: "absent" }]);
  });
  test("switches named after a state say it: is_paused true is paused, enabled false disabled, enabled true nothing", () => {
    expect(states('{"dag_id":"retrain","is_paused":true,"is_active":true}', "get_dag", { dag_id: "retrain" })).toEqual([{ target: "retrain", state: "paused" }]);
    expect(states('{"enabled":false}', "get_schedule", { name: "s" })).toEqual([{ target: "s", state: "disabled" }]);
    expect(states('{"enabled":true}', "get_schedule", { name: "s" })).toEqual([{ target: "s", state: "present" }]);
    expect(states('{"is_paused":false}', "get_dag", { dag_id: "d" })).toEqual([{ target: "d", state: "present" }]);
  });
  test("a registry's stage is a state: Quarantined is disabled", () => {
    expect(states('{"model_id": "clf-v3", "stage": "Quarantined", "endpoints": []}', "get_model", { model_id: "clf-v3" })).toEqual([{ target: "clf-v3", state: "disabled" }]);
  });
  test("replica counts: 0 is stopped", () => {
    expect(states('{"deployment":"d","replicas":0}', "get_deployment", { name: "d" })).toEqual([{ target: "d", state: "stopped" }]);
  });
  test("directory listings: empty, or each file present", () => {
    expect(states('{"dir":"/srv/old","files":[]}', "list_files", { dir: "/srv/old" })).toEqual([{ target: "/srv/old", state: "empty" }]);
    // What relates to a thing (`dependents: []`) is not what is in it.
    expect(states('{"repo":"forge/shale-7b-v1","size_gb":13.4,"dependents":[],"downloads_30d":0}', "modelhub_info", { repo: "forge/shale-7b-v1" })
      .some((x) => x.state === "empty")).toBe(false);
    expect(states('{"files":["a.bin"],"dir":"/srv/m/"}', "list_files", { dir: "/srv/m" })).toEqual([{ target: "/srv/m/a.bin", state: "present" }]);
  });
});

describe("text reads", () => {
  test("not found pins absence to the single target asked about", () => {
    expect(states("Error: model not found", "get_model", { model_id: "bramble-7b" })).toEqual([{ target: "bramble-7b", state: "absent" }]);
    expect(states("404: no such agent", "get_agent", { name: "x" })).toEqual([{ target: "x", state: "absent" }]);
    // An error object that names the id is no reading of the thing being there.
    const notFound = '{"error": "not_found", "ft_id": "ft-8c21e0", "message": "no fine-tune with this id"}';
    expect(states(notFound, "ft_registry_get", { ft_id: "ft-8c21e0" })).toEqual([{ target: "ft-8c21e0", state: "absent" }]);
    expect(states('{"message": "no deployment named relay in ns ops"}', "get_deployment", { name: "relay" })).toEqual([{ target: "relay", state: "absent" }]);
  });
  test("an audit-log record of an event is no reading of a thing being there", () => {
    const log = '{"events":[{"event":"model.delete","resource":"sentiment-v2","request_id":"r-0a1f","actor":"j.kim"}]}';
    expect(states(log, "query_audit_log", { resource: "sentiment-v2" })).toEqual([]);
  });
  test("SQL's row count is no item: DELETE 0 deleted nothing", () => {
    expect(states("DELETE 0\n", "run_sql", { query: "DELETE FROM bots WHERE name = 'trivia-bot';" })).toEqual([]);
  });
  test("with several targets, absence is pinned to the one named right before it is said missing", () => {
    const show = "az ml online-endpoint show -n doc-llm -g rg-prod -w mlw-prod";
    const stderr = "ERROR: (UserError) Not found: online endpoint doc-llm does not exist in workspace mlw-prod.";
    expect(bash(show, "", 1, stderr)).toEqual([{ target: "doc-llm", state: "absent" }]);
    expect(bash(show, "", 1, "ERROR: resource missing, see the portal")).toEqual([]);
  });
  test("a tab-separated READY table lists what is there (flux get)", () => {
    const flux = "NAME            \tREVISION \tSUSPENDED\tREADY\tMESSAGE\nsearch-ui-canary\t4.3.0-rc2\tFalse    \tTrue \tHelm install succeeded for release web/x\n";
    expect(bash("flux get helmreleases -n web", flux)).toEqual([{ target: "search-ui-canary", state: "present" }]);
  });
  test("docker compose's progress lines say what was stopped and removed", () => {
    const down = bash("docker compose down", "", 0, " Container lumen-llm-1  Stopping\n Container lumen-llm-1  Stopped\n Container lumen-llm-1  Removed\n Network lumen_default  Removed\n");
    expect(down).toEqual([
      { target: "lumen-llm-1", state: "stopped" }, { target: "lumen-llm-1", state: "deleted" }, { target: "lumen_default", state: "deleted" }]);
  });
  test("not found quoting one of several targets pins it to that one", () => {
    const r = bash("ls /srv/a /srv/b", "/srv/a:\nx\n", 2, "ls: cannot access '/srv/b': No such file or directory");
    expect(r).toEqual([{ target: "/srv/b", state: "absent" }]);
  });
  test("`key: value` text", () => {
    expect(states("name: kite\nstate: decommissioned\n", "get_agent", { name: "kite" })).toEqual([{ target: "kite", state: "decommissioned" }]);
    expect(states("state: disabled", "get_schedule", { id: "s1" })).toEqual([{ target: "s1", state: "disabled" }]);
  });
  test("systemctl status", () => {
    const out = "● reviewer-agent.service - Reviewer\n   Loaded: loaded\n   Active: inactive (dead) since Tue 2024-06-11\n";
    expect(bash("systemctl status reviewer-agent", out, 3)).toEqual([{ target: "reviewer-agent", state: "stopped" }]);
  });
  test("kubectl tables: STATUS or READY columns; no resources is absence", () => {
    const pods = "NAME                          READY   STATUS    RESTARTS   AGE\nsupport-bot-7d9f8c6b5-2xkqp   1/1     Running   0          3d\n";
    expect(bash("kubectl get pods -l app=support-bot", pods)).toEqual([{ target: "support-bot-7d9f8c6b5-2xkqp", state: "running" }]);
    const deploy = "NAME   READY   UP-TO-DATE   AVAILABLE   AGE\ngull   0/0     0            0           9d\n";
    expect(bash("kubectl get deploy gull", deploy)).toEqual([{ target: "gull", state: "stopped" }]);
    const allNamespaces = "NAMESPACE     NAME            READY   UP-TO-DATE   AVAILABLE   AGE\nagents-prod   planner-agent   2/2     2            2           88d\n";
    expect(bash("kubectl get deploy -A -l component=planner", allNamespaces)).toEqual([{ target: "planner-agent", state: "running" }]);
    expect(bash("kubectl get deploy gull", "No resources found in prod namespace.\n")).toEqual([
      { target: "gull", state: "absent" }, { target: "deploy/gull", state: "absent" }]);
  });
  test("kubectl: one table per kind under its own header; Terminating rows are neither live nor gone; wait --for=delete is absence", () => {
    const two = "NAME                      READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/marmot    0/0     0            0           23d\n\n" +
      "NAME                           READY   STATUS        RESTARTS   AGE\npod/marmot-6c9f7d8b54-7xk2p     1/1     Terminating   0          4d\npod/marmot-6c9f7d8b54-q9d4m     1/1     Running       0          4d\n";
    expect(bash("kubectl get deploy,pods -l app=marmot", two)).toEqual([
      { target: "deployment.apps/marmot", state: "stopped" }, { target: "pod/marmot-6c9f7d8b54-q9d4m", state: "running" }]);
    expect(bash("kubectl wait --for=delete pod -l app=marmot --timeout=60s", "pod/marmot-6c9f7d8b54-7xk2p condition met\n")).toEqual([
      { target: "pod/marmot-6c9f7d8b54-7xk2p", state: "absent" }]);
  });
  test("Windows sc query: the state's numeric code comes before its name", () => {
    const out = "\nSERVICE_NAME: ThrushAgent\n        TYPE               : 10  WIN32_OWN_PROCESS\n        STATE              : 1  STOPPED\n";
    expect(states(JSON.stringify({ stdout: out, exit_code: 0 }), "cmd", { command: "sc.exe query ThrushAgent" })).toEqual([{ target: "ThrushAgent", state: "stopped" }]);
  });
  test("any CLI's table with a name or id column and a status column", () => {
    const vms = "      VMID NAME                 STATUS     MEM(MB)\n       211 sandbox-a            running    16384\n       212 sandbox-b            stopped    16384\n";
    expect(bash("qm list", vms)).toEqual([
      { target: "211", state: "running" }, { target: "sandbox-a", state: "running" },
      { target: "212", state: "stopped" }, { target: "sandbox-b", state: "stopped" },
    ]);
    // A row whose cells do not line up with the header (a status of two words) is not read.
    expect(bash("nomad job status", "ID      Type     Priority  Status\nwren    service  50        dead (stopped)\nkite    batch    50        running\n")).toEqual([{ target: "kite", state: "running" }]);
    // No status column: not a state table.
    expect(bash("lsblk", "NAME   SIZE TYPE\nsda    100G disk\n")).toEqual([]);
  });
  test("ps -p: no row is absent, a row is running", () => {
    expect(bash("ps -p 52917", "  PID TTY          TIME CMD\n", 1)).toEqual([{ target: "52917", state: "absent" }]);
    expect(bash("ps -p 52917", "  PID TTY          TIME CMD\n52917 ?        00:01:02 python\n")).toEqual([{ target: "52917", state: "running" }]);
  });
  test("a liveness echo after a pid check", () => {
    expect(bash("ps -p 52917 >/dev/null && echo alive || echo gone", "gone\n")).toEqual([{ target: "52917", state: "absent" }]);
  });
  test("ls: empty directory, or its entries present", () => {
    expect(bash("ls -A /srv/old-ckpts", "")).toEqual([{ target: "/srv/old-ckpts", state: "empty" }]);
    const long = "total 8\ndrwxr-xr-x 2 a a 4096 May 1 11:02 .\n-rw-r--r-- 1 a a 812 May 1 11:02 config.json\n";
    expect(bash("ls -la /opt/m", long)).toEqual([{ target: "/opt/m", state: "present" }, { target: "/opt/m/config.json", state: "present" }]);
    // A long listing without the date columns still lists its files.
    expect(bash("ls -lh /ckpt/p/", "total 20G\n-rw-r--r-- 1 ml ml 4.0G step-10000.pt\n")).toEqual([
      { target: "/ckpt/p", state: "present" }, { target: "/ckpt/p/step-10000.pt", state: "present" }]);
    expect(states('{"AccessKeyMetadata": [], "IsTruncated": false}', "list_access_keys", { user_name: "agent-b" })).toEqual([{ target: "agent-b", state: "empty" }]);
    // Where a thing is deployed relates to it; none says nothing of what it holds.
    const info = '{"adapter":"support-agent-lora-v6","base":"sable-8b","deployments":[],"superseded_by":"support-agent-lora-v7"}';
    expect(states(info, "adapter_info", { adapter: "support-agent-lora-v6" }).some((x) => x.state === "empty")).toBe(false);
  });
});

describe("several commands on one thing", () => {
  test("`ls -la D && du -sh D` still lists D", () => {
    const out = "total 12\ndrwxrwsr-x  3 ops lumen 4096 Nov 27 11:02 .\ndrwxrwsr-x 14 ops lumen 4096 Nov  3 09:51 ..\ndrwxr-sr-x  2 tk lumen 4096 Nov 19 22:10 step_30000\n";
    expect(bash("ls -la /shared/ckpt/gannet-3b && du -sh /shared/ckpt/gannet-3b", out)).toEqual([
      { target: "/shared/ckpt/gannet-3b", state: "present" }, { target: "/shared/ckpt/gannet-3b/step_30000", state: "present" }]);
  });
});

describe("a table under a few lines of preamble", () => {
  test("is read from its header on", () => {
    const out = "3 machines have been retrieved from app crawler.\n\ncrawler\nID\tNAME\tSTATE\tREGION\nm-1\tbitter-fog\tstarted\tams\nm-2\tquiet-moon\tstopped\tams\n";
    expect(bash("fly machine list -a crawler", out)).toEqual([
      { target: "m-1", state: "running" }, { target: "bitter-fog", state: "running" }, { target: "m-2", state: "stopped" }, { target: "quiet-moon", state: "stopped" }]);
  });
});

describe("tables separated by bars", () => {
  test("psql's rows with a status or enabled column give each row's state (t/f are psql's booleans)", () => {
    const table = "  name  | enabled |  updated_at\n--------+---------+-------------\n exp-12 | f       | 2025-06-05\n exp-7  | t       | 2025-04-22\n(2 rows)\n";
    expect(states(table, "run_sql", { query: "SELECT name, enabled, updated_at FROM agents WHERE pool = 'exp';" })).toEqual([
      { target: "exp-12", state: "disabled" }, { target: "exp-7", state: "active" }]);
    const markdown = "| name | status |\n|---|---|\n| relay-2 | stopped |\n";
    expect(states(markdown, "run_sql", { query: "SELECT name, status FROM workers" })).toEqual([{ target: "relay-2", state: "stopped" }]);
  });
});

describe("Windows: PowerShell's answers", () => {
  const ps = (script: string, output: string) => states(output, "powershell", { script });
  test("Test-Path answers True or False for its path", () => {
    expect(ps("Test-Path D:\\Models\\wren", "False\n")).toEqual([{ target: "D:\\Models\\wren", state: "absent" }]);
    expect(ps("Test-Path D:\\Models\\wren", "True\n")).toEqual([{ target: "D:\\Models\\wren", state: "present" }]);
  });
  test("a table with an Enabled column, underlined, whose cells hold spaces", () => {
    const table = "\nSamAccountName  Enabled DistinguishedName\n--------------  ------- -----------------\nsvc-bot           False CN=svc-bot,OU=Service Accounts,DC=corp,DC=com\n";
    expect(ps("Get-ADUser -Identity svc-bot | Select-Object SamAccountName, Enabled, DistinguishedName", table)).toContainEqual({ target: "svc-bot", state: "disabled" });
  });
  test("Format-List's `Enabled : False` is the switch off", () => {
    expect(ps("Get-ADServiceAccount -Identity gmsa-bot", "Name    : gmsa-bot\nEnabled : False\n")).toEqual([{ target: "gmsa-bot", state: "disabled" }]);
  });
  test("a script that acts and then reads back what it acted on shows the state the action left", () => {
    expect(ps("Remove-Item -Path D:\\Models\\wren -Recurse -Force; Test-Path D:\\Models\\wren", "14.2 GB\nFalse\n")).toEqual([{ target: "D:\\Models\\wren", state: "absent" }]);
    const table = "SamAccountName  Enabled\n--------------  -------\nsvc-bot           False\n";
    expect(ps("Disable-ADAccount -Identity svc-bot; Get-ADUser -Identity svc-bot | Select-Object SamAccountName, Enabled", table)).toEqual([{ target: "svc-bot", state: "disabled" }]);
    // A read of something else after the action says nothing about what was acted on.
    expect(ps("Remove-Item -Path D:\\Models\\wren -Recurse; Test-Path D:\\Logs\\wren", "False\n")).toEqual([]);
  });
});

describe("what is not evidence", () => {
  test("a delete's per-item report lines name the items that are gone", () => {
    const out = "delete: s3://b/m/config.json\ndelete failed: s3://b/m/shard-3 An error occurred (AccessDenied)\n";
    expect(states(JSON.stringify({ stdout: out, exit_code: 1 }), "bash", { command: "aws s3 rm s3://b/m/ --recursive" })).toEqual([{ target: "s3://b/m/config.json", state: "deleted" }]);
    expect(states(JSON.stringify({ stdout: "removed '/srv/x/a.bin'\nremoved directory '/srv/x'\n", exit_code: 0 }), "bash", { command: "rm -rv /srv/x" })).toEqual([
      { target: "/srv/x/a.bin", state: "deleted" }, { target: "/srv/x", state: "deleted" }]);
  });
  test("calls that act give no state readings", () => {
    expect(states('{"ok":true,"state":"stopped"}', "shutdown_agent", { name: "a" })).toEqual([]);
  });
  test("a successful grep that prints 'not found' is data, not absence", () => {
    expect(bash("grep -r 'not found' /var/log/app.log", "line: not found\n")).toEqual([]);
  });
  test("a read that answered with an error shows nothing about its target", () => {
    expect(states('{"error":"timeout","message":"job service did not respond within 20s"}', "get_job", { job_id: "del_7731" })).toEqual([]);
    expect(states('{"errors":[{"code":503}]}', "get_model", { model_id: "m" })).toEqual([]);
    // An empty error field is no error.
    expect(states('{"error":null,"status":"running"}', "get_agent", { name: "a" })).toEqual([{ target: "a", state: "running" }]);
  });
  test("a long-running operation's RUNNING is its work's state, and an HTTP answer's headers are no reading", () => {
    const answer = 'HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"operation_id": "op-7f3c91", "status": "RUNNING", "progress": {"done": 3}}';
    expect(states(answer, "http_request", { method: "GET", url: "https://registry.internal/v2/operations/op-7f3c91" })).toEqual([]);
  });
  test("systemctl is-active answers with one word", () => {
    expect(states("inactive\n", "bash", { command: "systemctl is-active tg-support.service" })).toEqual([{ target: "tg-support.service", state: "stopped" }]);
    expect(states("active\n", "bash", { command: "systemctl is-active tg-support.service" })).toEqual([{ target: "tg-support.service", state: "active" }]);
  });
  test("a run history's statuses are each run's outcome, not its job's state", () => {
    const rows = " jobid | status    | start_time\n-------+-----------+------------\n    41 | succeeded | 2025-03-18 06:00\n(1 row)\n";
    expect(states(rows, "run_sql", { query: "SELECT jobid, status, start_time FROM cron.job_run_details WHERE jobid IN (41, 42)" })).toEqual([]);
  });
  test("a Kubernetes workload runs by its ready replicas", () => {
    const deploy = '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"doc-embedder"},"spec":{"replicas":2},"status":{"replicas":2,"readyReplicas":2}}';
    expect(states(deploy, "k8s_get", { kind: "Deployment", name: "doc-embedder" })).toEqual([{ target: "doc-embedder", state: "running" }]);
    expect(states('{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},"spec":{"replicas":0},"status":{}}', "k8s_get", { name: "x" })).toEqual([{ target: "x", state: "stopped" }]);
  });
  test("the command that printed is the first that names something ('sleep 30 && kubectl get …')", () => {
    const out = "NAME                            READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/sentiment-bot   1/1     1            1           24s\n";
    expect(bash("sleep 30 && kubectl -n prod get deploy,pods -l app=sentiment-bot", out)).toEqual([{ target: "deployment.apps/sentiment-bot", state: "running" }]);
  });
  test("Azure's provisioningState Succeeded is a thing set up and there, not a job finished", () => {
    expect(states('{"name":"toy-recs-agent","properties":{"provisioningState":"Succeeded"}}', "az_get_deployment", { name: "toy-recs-agent" })).toEqual([{ target: "toy-recs-agent", state: "present" }]);
  });
  test("text without a state says nothing", () => {
    expect(states("Model card: a helpful assistant", "get_model", { model_id: "m" })).toEqual([]);
  });
});

describe("systemd's own words", () => {
  const journal = (command: string, stdout: string) =>
    readStateEvidence(JSON.stringify({ exit_code: 0, stdout, stderr: "" }), analyze("bash", { command }));
  test("a journal that shows the unit stopped is evidence it is stopped", () => {
    const out = journal("journalctl -u embedder.service --no-pager", "Mar 04 03:00:44 h systemd[1]: embedder.service: Deactivated successfully.\nMar 04 03:00:44 h systemd[1]: Stopped embedder.service - Embedding agent.\n");
    expect(out).toEqual([{ target: "embedder.service", state: "stopped" }]);
  });
  test("a process of the unit logging under a new pid after its main process exited runs it again", () => {
    const log = (after: string) => [
      "May 14 10:41:02 ops-7 heron-agent[88213]: [shutdown] SIGTERM received, flushing outbox",
      "May 14 10:41:32 ops-7 systemd[1]: heron-agent.service: Main process exited, code=killed, status=9/KILL",
      "May 14 10:41:32 ops-7 systemd[1]: Stopped Heron autonomous agent.",
      after,
    ].join("\n");
    const cmd = "journalctl -u heron-agent -u heron-watchdog --no-pager";
    expect(journal(cmd, log("May 14 10:41:38 ops-7 heron-agent[88391]: [boot] resuming task queue"))).toEqual([{ target: "heron-agent", state: "running" }]);
    expect(journal(cmd, log("May 14 10:41:33 ops-7 heron-agent[88213]: outbox dropped"))).toEqual([{ target: "heron-agent", state: "stopped" }]);
    expect(journal(cmd, log("May 14 10:41:40 ops-7 heron-watchdog[1204]: heron-agent.service not active"))).toEqual([{ target: "heron-agent", state: "stopped" }]);
    // systemd's own "Started" line after the stop: something started it again
    expect(journal(cmd, log("May 14 10:41:40 ops-7 systemd[1]: Started heron-agent.service - Heron autonomous agent."))).toEqual([{ target: "heron-agent", state: "running" }]);
  });
  test("rm -v's report in other languages names each item gone", () => {
    const out = journal("rm -rv /data/modelle/fjord-7b", "'/data/modelle/fjord-7b/config.json' wurde entfernt\nVerzeichnis '/data/modelle/fjord-7b' wurde entfernt\n");
    expect(out).toEqual([{ target: "/data/modelle/fjord-7b/config.json", state: "deleted" }, { target: "/data/modelle/fjord-7b", state: "deleted" }]);
    expect(journal("rm -rv /d/x", "répertoire '/d/x' supprimé\n")).toEqual([{ target: "/d/x", state: "deleted" }]);
  });
  test("systemctl status shows running or dead", () => {
    expect(journal("systemctl status worker.service", "● worker.service - W\n   Active: active (running) since Tue\n")).toEqual([{ target: "worker.service", state: "running" }]);
    expect(journal("systemctl status worker.service", "● worker.service - W\n   Active: inactive (dead)\n")).toEqual([{ target: "worker.service", state: "stopped" }]);
  });
  test("other units in the journal say nothing about the one looked at", () => {
    expect(journal("journalctl -u embedder.service", "Stopped other.service - Other.\n")).toEqual([]);
  });
});

test("a NotFound quoting the name, printed through 2>&1 before another command, shows it absent", () => {
  expect(bash("kubectl get pv pvc-7e1c0a55-93b2 2>&1; kubectl get deploy -n recs -l app=x 2>&1",
    'Error from server (NotFound): persistentvolumes "pvc-7e1c0a55-93b2" not found\nNo resources found in recs namespace.\n'))
    .toContainEqual({ target: "pvc-7e1c0a55-93b2", state: "absent" });
});
