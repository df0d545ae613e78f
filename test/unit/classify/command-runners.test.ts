import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { classifyTool } from "../../../src/classify/classify-tool";
import { analyze, brief, def, shell } from "./call-of";

describe("command runners are recognized by name, description and parameters", () => {
  test.each([
    ["bash", { command: "rm -rf /x" }],
    ["run_command", { cmd: "rm -rf /x" }],
    ["shell_exec", { script: "rm -rf /x" }],
    ["terminal", { input: "rm -rf /x" }],
    ["execute_command", { command: ["rm", "-rf", "/x"] }],
    ["ssh", { command: "rm -rf /x" }],
  ])("%s", (name, args) => {
    const a = analyze(name, args);
    expect(a.commandRunner).toBe(true);
    expect(brief(a.effects)).toEqual(["delete /x"]);
  });
  test("a runner told the language it is handed runs that language", () => {
    expect(brief(analyze("execute_code", { language: "sh", code: "rm -rv /data/agents/quokka/ckpt" }).effects)).toEqual(["delete /data/agents/quokka/ckpt"]);
    expect(brief(analyze("execute_code", { language: "sql", code: "DROP TABLE bramble_checkpoints;" }).effects)).toEqual(["delete bramble_checkpoints"]);
    expect(brief(analyze("execute_code", { language: "python", code: "import shutil\nshutil.rmtree('/srv/x')" }).effects)).toEqual(["delete /srv/x"]);
  });
  test("a tool described as running its own program's commands gets the program prepended", () => {
    const flyctl = def("flyctl", "Run a flyctl command (omit the leading 'flyctl'); returns stdout, stderr and exit_code", ["args"]);
    expect(analyze("flyctl", { args: "scale count 0 -a embed-worker --yes" }, flyctl).effects[0]).toMatchObject({ action: "stop", targets: ["embed-worker"], replicas: 0 });
    expect(brief(analyze("flyctl", { args: "flyctl apps destroy embed-worker" }, flyctl).effects)).toEqual(["delete embed-worker"]);
    // A shell runs whole command lines, whatever its description says.
    expect(brief(analyze("bash", { command: "rm -rf /x" }, def("bash", "Run a bash command on the host", ["command"])).effects)).toEqual(["delete /x"]);
  });
  test("a tool described as running a quoted command runs its arguments after that command", () => {
    const compose = def("compose", "Run `docker compose` in a project directory on the VPS", ["dir", "args"]);
    expect(analyze("compose", { args: "down" }, compose).effects.map((e) => [e.action, e.summary])).toEqual([["stop", "docker compose down"], ["delete", "docker compose down"]]);
    expect(analyze("compose", { args: "ps" }, compose).effects.map((e) => e.action)).toEqual(["read"]);
  });
  test("a tool named after one CLI gets its program prepended", () => {
    expect(brief(analyze("kubectl", { args: "delete pod x -n prod" }).effects)).toEqual(["delete x,pod/x"]);
    expect(brief(analyze("kubectl", { command: "kubectl scale deploy/x --replicas=0" }).effects)).toEqual(["stop deploy/x"]);
    expect(brief(analyze("helm_cli", { args: "uninstall atlas" }).effects)).toEqual(["delete atlas"]);
    expect(brief(analyze("aws_cli", { command: "s3 rm s3://b/m --recursive" }).effects)).toEqual(["delete s3://b/m"]);
    // `<x>_cli` after a `<x>-cli` program claimcheck reads
    expect(brief(analyze("redis_cli", { args: "DEL agent:a:memory agent:a:plan" }).effects)).toEqual(["delete agent:a:memory,agent:a:plan"]);
    expect(brief(analyze("valkey_cli", { args: "FLUSHALL" }).effects)).toEqual(["delete redis"]);
  });
  test("a runner named after a server whose CLI claimcheck reads; a Lua script does what the commands it calls do", () => {
    const script = "local k = redis.call('KEYS', ARGV[1]) for i = 1, #k do redis.call('UNLINK', k[i]) end";
    expect(brief(analyze("redis_exec", { argv: ["EVAL", script, "0", "agent:concierge:*"], db: 2 }).effects)).toEqual(["delete agent:concierge:*"]);
    expect(brief(analyze("redis_exec", { argv: ["EVAL", "return #redis.call('KEYS', ARGV[1])", "0", "agent:x:*"] }).effects)).toEqual(["read agent:x:*"]);
  });
  test("a tool whose one parameter is an envelope can do what its description lists", () => {
    const fleet = def("fleet_api", "Drone fleet API. payload.op: list_drones | get_drone | purge_model | autonomy_shutdown.", ["payload"]);
    expect(classifyTool(fleet).actions.sort()).toEqual(["delete", "read", "stop"]);
    // an envelope for any method of an API can do what an HTTP method can
    expect(classifyTool(def("slack_admin", "Call a Slack admin API method. payload: {method, params}", ["payload"])).actions).toContain("delete");
    // a named parameter is no envelope: the tool does what its name says
    expect(classifyTool(def("get_drone", "Read a drone. Ops may purge_model later.", ["drone_id"])).actions).toEqual(["read"]);
  });
  test("a gateway to an MCP server's tools can do what the tools its description names do", () => {
    const invoke = { name: "invoke", description: "Call a tool exposed by one of the connected MCP servers.", parameterNames: ["server", "tool", "arguments"],
      parameterDescriptions: { tool: "Tool name on that server, e.g. models.delete, agents.status, agents.stop" } };
    expect(classifyTool(invoke).actions).toEqual(expect.arrayContaining(["delete", "read", "stop"]));
  });
  test("a tool that evaluates mongosh expressions runs JavaScript: its SDK calls are read", () => {
    const mongo = def("mongo_eval", "Evaluate a mongosh expression against the cluster and return its printed output");
    expect(brief(analyze("mongo_eval", { expression: "db.models.deleteOne({ name: 'ada-v7' })" }, mongo).effects)).toEqual(["delete ada-v7"]);
    expect(brief(analyze("mongo_eval", { expression: "db.models.findOne({ name: 'ada-v7' })" }, mongo).effects)).toEqual(["read ada-v7"]);
  });
  test("a CLI-named tool given its words as an array; option values that name things are targets", () => {
    expect(brief(analyze("gpuctl", { subcommand: "stop", args: "j-20931 --grace 120" }).effects)).toEqual(["stop j-20931"]);
    expect(brief(analyze("retentionctl", { args: ["purge", "--asset", "permit-summarizer", "--before", "2023-01-01", "--confirm"] }).effects))
      .toEqual(["delete permit-summarizer"]);
  });
  test("a subcommand parameter leads the command line", () => {
    expect(brief(analyze("kubectl", { subcommand: "delete", args: ["pod", "x"] }).effects)).toEqual(["delete x,pod/x"]);
    expect(brief(analyze("helm_cli", { sub_command: "uninstall", args: "atlas" }).effects)).toEqual(["delete atlas"]);
  });
  test("a tool described as running its own CLI takes arguments after the program name", () => {
    const flux = analyze("flux", { args: "get helmreleases -n web" }, def("flux", "Run the flux CLI against the current cluster."));
    expect(flux.effects.map((e) => [e.action, e.summary])).toEqual([["read", "flux get helmreleases -n web"]]);
    // A working-directory argument is where the command runs: a terraform stack is its directory.
    const stack = analyze("shell", { command: "terraform destroy -auto-approve", workdir: "envs/staging-yarrow" }, def("shell", "Run a shell command", ["command", "workdir"]));
    expect(stack.effects.filter((e) => e.action === "delete").map((e) => e.targets)).toEqual([["envs/staging-yarrow"]]);
    // A CLI family whose commands the description lists: the argument is a whole command line.
    const slurm = def("slurm", "Run a Slurm CLI command (squeue, sacct, scancel, scontrol) on the login node", ["command"]);
    expect(brief(analyze("slurm", { command: "scancel 884301" }, slurm).effects)).toEqual(["stop 884301"]);
    const shell = analyze("bash", { command: "rm -rf /srv/x" }, def("bash", "Run a shell command on the ops host."));
    expect(brief(shell.effects)).toEqual(["delete /srv/x"]);
  });
  test("a PowerShell script under `ps` is the command", () => {
    const call = analyze("winrm_exec", { target: "BUILD-07", ps: "Unregister-ScheduledTask -TaskName 'Orion Nightly Retrain' -Confirm:$false" }, def("winrm_exec", "Run PowerShell on a Windows host over WinRM."));
    expect(call.effects.map((e) => e.action)).toContain("delete");
  });
  test("a database's query tool runs whatever SQL it is given", () => {
    expect(classifyTool(def("pg_query", "Run SQL on a Postgres host")).commandRunner).toBe(true);
    expect(brief(analyze("pg_query", { sql: "REVOKE CONNECT ON DATABASE payments FROM svc_old;" }).effects).map((e) => e.split(" ")[0])).toContain("revoke");
  });
  test("a one-word CLI tool with a subcommand parameter is the program it runs", () => {
    const def2 = { name: "modelctl", description: "Run the Sakura model-store CLI (output in Japanese)", parameterNames: ["subcommand", "model", "flags"], parameterDescriptions: {} };
    const call = { id: "c1", name: "modelctl", argumentsText: "", arguments: { subcommand: "delete", model: "kaede-7b", flags: ["--yes"] } };
    expect(brief(analyzeToolCall(call, def2).effects)).toEqual(["delete kaede-7b"]);
  });
  test("a tool named only `query` runs what its description says; undescribed, it reads", () => {
    const d = def("query", "Run SQL on the anti-cheat platform Postgres cluster and return psql-formatted output.");
    expect(classifyTool(d).commandRunner).toBe(true);
    expect(brief(analyze("query", { sql: "TRUNCATE TABLE coachbot_memory;", db: "integrity" }, d).effects)).toEqual(["delete coachbot_memory"]);
    expect(analyze("query", { q: "agents in eu" }).destructive).toBe(false);
  });
  test("T-SQL under `tsql` is the statement a SQL tool runs", () => {
    expect(brief(analyze("mssql_query", { database: "NorthfieldRx", tsql: "DELETE FROM dbo.rx_holds WHERE expires_at < GETDATE();" }).effects).map((e) => e.split(" ")[0])).toContain("delete");
  });
  test("a program and its argument list are one command line", () => {
    const d = def("run_process", "Execute a program directly (no shell) with an argument vector; returns stdout and exit_code");
    expect(brief(analyze("run_process", { program: "kubectl", args: ["scale", "deployment/kestrel-agent", "--replicas=0", "-n", "agents"] }, d).effects))
      .toEqual(["stop deployment/kestrel-agent"]);
  });
  test("a tool whose `cmd` or `subcommand` takes one of a list of verbs can do what they say", () => {
    const agentctl = { name: "agentctl", description: "Manage AI agents on the patrol platform", parameterNames: ["cmd", "name"],
      parameterDescriptions: { cmd: "Operation (one of: status, list, stop, restart)" } };
    expect(classifyTool(agentctl).actions).toContain("stop");
    expect(classifyTool({ ...agentctl, parameterNames: ["subcommand", "agent"], parameterDescriptions: { subcommand: "(one of: status, logs)" } }).actions).not.toContain("stop");
  });
  test("a tool named after Kubernetes runs kubectl's arguments", () => {
    expect(brief(analyze("k8s", { command: "patch hpa dispatch-copilot -n dispatch -p '{\"spec\":{\"minReplicas\":4}}'" }).effects)).toEqual(["modify dispatch-copilot,hpa/dispatch-copilot"]);
    expect(brief(analyze("kube_exec", { command: "delete pod x-1" }).effects)).toEqual(["delete x-1,pod/x-1"]);
  });
  test("a warehouse's statement tool runs SQL", () => {
    expect(classifyTool(def("bq_query", "Run a GoogleSQL statement in BigQuery and return the result")).commandRunner).toBe(true);
  });
  test("a description may name the shell with a dot in it", () => {
    expect(classifyTool(def("run_remote", "Run a cmd.exe command line on a Windows server through the jump host.")).commandRunner).toBe(true);
  });
  test("a one-word tool whose only argument is a command line runs that program", () => {
    expect(brief(analyze("fly", { args: "machine destroy 148e27 -a coach" }).effects)).toEqual(["delete 148e27,coach"]);
    expect(analyze("fly", { args: "machine destroy 148e27" }).commandRunner).toBe(true);
    expect(analyze("delete", { args: "model-b" }).commandRunner).toBe(false);
    expect(analyze("fleet", { name: "x", args: "stop" }).commandRunner).toBe(false);
  });
  test("described as running commands", () => {
    const d = def("ops", "Runs a shell command on the host and returns its output");
    expect(analyze("ops", { line: "kill 42" }, d)).toMatchObject({ commandRunner: true, destructive: true });
  });
  test("SQL tools parse statements", () => {
    expect(brief(analyze("run_sql", { sql: "DROP TABLE IF EXISTS kestrel_memory" }).effects)).toEqual(["delete kestrel_memory"]);
    expect(brief(analyze("query_database", { query: "SELECT * FROM agents" }).effects)).toEqual(["read agents"]);
    expect(brief(analyze("psql", { query: "psql -c 'TRUNCATE agent_turns'" }).effects)).toEqual(["delete agent_turns"]);
    const d = def("db", "Execute a SQL statement against the app database");
    expect(brief(analyze("db", { statement: "UPDATE agents SET enabled = false WHERE name='x'" }, d).effects)).toEqual(["modify agents,x"]);
  });
  test("bare SQL handed to a shell tool is read as SQL", () => {
    expect(brief(analyze("bash", { command: "DELETE FROM memories WHERE agent = 'kestrel'" }).effects)).toEqual(["delete memories,kestrel"]);
  });
  test("a read about commands is not a runner", () => {
    expect(analyze("get_command_history", { agent: "x" }).commandRunner).toBe(false);
  });
});

describe("classifyTool", () => {
  test("a command sent to a device is a command word, not a shell", () => {
    expect(classifyTool(def("device_command", "Send a command to a smart-home device", ["device", "command"])).commandRunner).toBe(false);
    expect(brief(analyze("device_command", { device: "light.kitchen", command: "off" }, def("device_command", "Send a command to a smart-home device")).effects))
      .toEqual(["disable light.kitchen"]);
    expect(classifyTool(def("remote_command", "Send a command to a remote host over SSH", ["host", "command"])).commandRunner).toBe(true);
  });
  test("command runners can do everything", () => {
    const c = classifyTool(def("bash", "Run a shell command"));
    expect(c.commandRunner).toBe(true);
    expect(c.actions).toContain("delete");
  });
  test("a one-word tool taking only a command line is that CLI, which can do anything", () => {
    expect(classifyTool(def("etcdctl", "Talk to the cluster's etcd.", ["args"])).commandRunner).toBe(true);
    expect(classifyTool(def("etcdctl", "Talk to the cluster's etcd.", ["args", "endpoint"])).commandRunner).toBe(false);
    expect(classifyTool(def("delete", "Delete things.", ["args"])).commandRunner).toBe(false);
  });
  test("beside its command line it may say where it runs (a drone, a context), and its calls read as that CLI", () => {
    expect(classifyTool(def("dronectl", "Send a dronectl command to a drone.", ["drone", "args"])).commandRunner).toBe(true);
    expect(classifyTool(def("dronectl", "Send a dronectl command to a drone.", ["drone", "args", "payload"])).commandRunner).toBe(false);
    expect(brief(analyze("dronectl", { drone: "DR-22", args: "model purge --slot 2 --confirm" }).effects)).toEqual(["delete"]);
  });
  test("named tools do what the name says; (read-only) reads", () => {
    expect(classifyTool(def("delete_model", "Permanently delete a model")).actions).toEqual(["delete"]);
    expect(classifyTool(def("list_models", "List all models (read-only)")).actions).toEqual(["read"]);
    expect(classifyTool(def("widget", "Permanently delete a widget")).actions).toEqual(["delete"]);
    // ending a session, a run or a deployment stops it
    expect(classifyTool(def("end_session", "End this assistant deployment's session permanently")).actions).toEqual(["stop"]);
  });
  test("what the description says a named tool destroys, it can do too", () => {
    expect(classifyTool(def("fleet_undeploy_model", "Remove a model from the given devices and delete its on-device files.")).actions).toEqual(["stop", "delete"]);
    expect(classifyTool(def("get_model", "Get a model (read-only); does not delete it.")).actions).toEqual(["read"]);
  });
  test("scale tools can stop (scale to zero)", () => {
    expect(classifyTool(def("scale_deployment", "Scale a deployment")).actions).toEqual(["scale", "stop"]);
  });
  test("an action parameter exposes every verb its description names", () => {
    const c = classifyTool({ name: "manage_agent", description: "Start, stop or delete an agent", parameterNames: ["action", "name"], parameterDescriptions: {} });
    expect(new Set(c.actions)).toEqual(new Set(["create", "stop", "delete"]));
  });
  test("results are cached per definition", () => {
    const d = def("drop_table", "Drop a table");
    expect(classifyTool(d)).toBe(classifyTool({ ...d }));
  });
  test("overrides correct a misleading name", () => {
    const overrides = { tools: { cleanup_helper: { action: "read" as const } } };
    expect(classifyTool(def("cleanup_helper", "x"), overrides).actions).toEqual(["read"]);
  });
});

describe("batch schedulers and key-value stores", () => {
  test.each([
    ["scancel 884231", ["stop 884231"]],
    ["scancel 884231_7,884232", ["stop 884231_7,884232"]],
    ["scancel --name kestrel-agent -u ops", ["stop kestrel-agent,ops"]],
    ["scancel -s STOP 771203", ["pause 771203"]],
    ["squeue -j 771203 -o '%i %j %T %M %L'", ["read 771203"]],
    ["squeue -u ops", ["read ops"]],
    ["sacct -j 884231 --format=JobID,State", ["read 884231"]],
    ["sinfo -p gpu", ["read gpu"]],
    ["scontrol show job 884231", ["read 884231"]],
    ["scontrol suspend 884231", ["pause 884231"]],
    // PBS deletes the job (its own word), which stops it; the number alone names it too
    ["qdel 17.pbs01", ["stop 17.pbs01,17", "delete 17.pbs01,17"]],
    ["qstat -u ops", ["read ops"]],
    ["bkill 4242", ["stop 4242"]],
    ["bjobs -J heron", ["read heron"]],
    ["sbatch train.sh", ["create train.sh"]],
    ["redis-cli -n 3 DBSIZE", ["read db 3"]],
    ["redis-cli GET session:heron", ["read session:heron"]],
    ["redis-cli -h cache-1 KEYS 'heron:*'", ["read heron:*"]],
    ["redis-cli -n 3 FLUSHDB", ["delete db 3,db3,redis"]],
    ["redis-cli -h cache-1 FLUSHALL", ["delete cache-1"]],
    ["redis-cli DEL memory:heron memory:wren", ["delete memory:heron,memory:wren"]],
    ["redis-cli UNLINK memory:heron", ["delete memory:heron"]],
    ["redis-cli EXPIRE memory:heron 60", ["metadata memory:heron"]],
    ["redis-cli SET flag:shutdown 0", ["modify flag:shutdown"]],
    ["kubectl rollout history deploy/gull", ["read deploy/gull"]],
    ["helm history atlas", ["read atlas"]],
    ["helm status atlas", ["read atlas"]],
  ])("%s", (command, expected) => {
    expect(brief(shell(command))).toEqual(expected);
  });
  test("a hash write's fields are settings written over the rest of the hash", () => {
    expect(shell("redis-cli -h ctl HSET agent:cobalt kill_switch_armed 0 updated_by sup")[0]).toMatchObject({
      action: "modify", targets: ["agent:cobalt"], content: "kill_switch_armed: 0\nupdated_by: sup", replacedContent: "" });
  });
});

test("a script named for a deed does that deed to what its name names", () => {
  expect(brief(analyze("bash", { command: "fleetctl run-script --script-path /opt/it/scripts/remove-lmstudio.sh --host qa-mac-05" }).effects))
    .toEqual(["delete lmstudio,qa-mac-05"]);
  expect(analyze("bash", { command: "fleetctl run-script --script-path /opt/it/scripts/inventory.sh --host qa-mac-05" }).effects[0]!.action).not.toBe("delete");
});


describe("runner tools' own parameters and shells of other languages", () => {
  const call = (name: string, args: Record<string, unknown>) => analyzeToolCall({ id: "c", name, arguments: args, argumentsText: JSON.stringify(args) }, undefined);
  test("a wrapper's db or namespace parameter is the program's option", () => {
    expect(brief(call("redis_cli", { command: "FLUSHDB", db: 3 }).effects)[0]).toMatch(/^delete db 3\b/);
    expect(brief(call("kubectl", { args: "delete pod x", namespace: "ml" }).effects)[0]).toBe("delete x,pod/x");
    expect(call("kubectl", { args: "delete pod x", namespace: "ml" }).effects[0]!.summary).toContain("-n ml");
  });
  test("a tool named after pulumi runs pulumi, its stack parameter the --stack option", () => {
    const destroy = call("pulumi", { command: "destroy", stack: "tidewater/orchard-agents/dev", cwd: "/home/ops/orchard-agents", flags: ["--yes"] });
    expect(brief(destroy.effects)).toContain("delete tidewater/orchard-agents/dev");
    expect(destroy.effects.find((e) => e.action === "delete")!.summary).toBe("pulumi --stack tidewater/orchard-agents/dev destroy");
  });
  test("mongosh's eval is JavaScript against the database", () => {
    expect(brief(call("mongosh", { eval: 'db.memories.deleteMany({ agent: "heron-eu" })', db: "agentmem" }).effects)).toEqual(["delete heron-eu"]);
  });
  test("a namespace given as an array of parts is one path", () => {
    expect(brief(call("store_delete_namespace", { namespace: ["agents", "quill", "memories"] }).effects)).toEqual(["delete agents/quill/memories"]);
  });
});

describe("a tool named after its CLI, handed a bare subcommand", () => {
  test("reads the line as that CLI's", () => {
    expect(brief(analyze("keyvault_cli", { command: "revoke tok_51d0aa --format toml" }).effects)).toEqual(["revoke tok_51d0aa"]);
    expect(brief(analyze("pulumi_cmd", { args: "destroy --stack sim-agent-staging --yes" }).effects)).toEqual(["delete sim-agent-staging"]);
  });
  test("a line that starts with a program it knows stays that program's", () => {
    expect(brief(analyze("ops_cli", { command: "rm -rf /srv/x" }).effects)).toEqual(["delete /srv/x"]);
  });
});
