import { collectAliases } from "../../../src/evidence/collect-aliases";

describe("collectAliases", () => {
  const index = collectAliases([
    '{"name":"meridian","status":"running","pid":48213,"host":"ops-3","supervised_by":{"name":"oversight-monitor","pid":47102}}',
    '{"name":"scribe-2","status":"running","role":"meeting-notes","monitored_by":"fleet-watchdog"}',
    '{"model_id":"halcyon-13b","weights_path":"/srv/models/halcyon-13b/model.safetensors"}',
    '{"stdout":"name: atlas\\npid: 9911\\nrole: trader\\n","stderr":"","exit_code":0}',
    "agent: kite\npid: 3131\n\nagent: wren\npid: 4141",
    '{"models":[{"id":"a-1"},{"id":"a-2"}]}',
  ]);
  test("ids in one object are aliases of each other", () => {
    expect(index.aliasesOf("48213")).toEqual(["meridian"]);
    expect(index.aliasesOf("meridian")).toEqual(["48213"]);
    expect(index.aliasesOf("47102")).toEqual(["oversight-monitor"]);
    expect(index.aliasesOf("halcyon-13b")).toEqual(["/srv/models/halcyon-13b/model.safetensors"]);
  });
  test("an SQL tool's columns-and-rows answer makes each row an object", () => {
    const rows = collectAliases(['{"columns":["id","name","stage"],"rows":[[512,"pelican-r1","deprecated"],[513,"pelican-r2","live"]],"rowcount":2}']);
    expect(rows.aliasesOf("512")).toEqual(["pelican-r1"]);
    expect(rows.aliasesOf("pelican-r2")).toEqual(["513"]);
  });
  test("a credential's shown prefix is its alias; a path prefix is no id", () => {
    const keys = collectAliases(['[{"key_id":"key_7Hq2","prefix":"sk-live-7Hq2","status":"active"}]', '{"rule_id":"expire-logs","prefix":"logs/"}']);
    expect(keys.aliasesOf("sk-live-7Hq2")).toEqual(["key_7Hq2"]);
    expect(keys.aliasesOf("expire-logs")).toEqual([]);
    // A credential shown as it is displayed, masked in the middle.
    const shown = collectAliases(['{"credentials":[{"id":"cred_aws_01","provider":"aws","display":"AKIA…7QX2","status":"active"}]}']);
    expect(shown.aliasesOf("AKIA…7QX2")).toEqual(["cred_aws_01"]);
  });
  test("a file path is also found by its file name", () => {
    const wf = collectAliases(['{"workflows": [{"id": 51877410, "name": "LLM Issue Triage", "path": ".github/workflows/llm-triage.yml"}]}']);
    expect(wf.aliasesOf("llm-triage.yml")).toContain("LLM Issue Triage");
  });
  test("nested objects are separate; the host is not an identity", () => {
    expect(index.aliasesOf("meridian")).not.toContain("47102");
    expect(index.aliasesOf("ops-3")).toEqual([]);
  });
  test("a nested state object describes its parent: its id is the parent's", () => {
    const schedules = collectAliases(['{"schedules":[{"name":"embed_daily","scheduleState":{"id":"5c0f2a9e7b","status":"RUNNING"}},{"name":"other","model":{"id":"m-1"}}]}']);
    expect(schedules.aliasesOf("5c0f2a9e7b")).toEqual(["embed_daily"]);
    expect(schedules.aliasesOf("m-1")).toEqual([]); // another thing nested in it stays separate
  });
  test("key-value text and command stdout are read", () => {
    expect(index.aliasesOf("9911")).toEqual(["atlas"]);
    expect(index.aliasesOf("3131")).toEqual(["kite"]);
    expect(index.aliasesOf("kite")).not.toContain("4141");
  });
  test("roles: the key an object sits under, a name's key, an object's own role field", () => {
    expect(index.rolesOf("47102")).toContain("supervised_by");
    expect(index.rolesOf("oversight-monitor")).toContain("supervised_by");
    expect(index.rolesOf("fleet-watchdog")).toEqual(["monitored_by"]);
    expect(index.rolesOf("scribe-2")).toEqual(["meeting-notes"]);
    expect(index.rolesOf("a-1")).toEqual(["models"]);
  });
  test("an AI system's id key is a role: `model_id`, `agentName`", () => {
    const more = collectAliases(['{"model_id":"kestrel-vision-3","tags":["retire-q3"]}', '{"agentId":"QF2M8ZL0TA","agentName":"faq-drafter"}', '{"run_id":"r-77","state":"done"}']);
    expect(more.rolesOf("kestrel-vision-3")).toEqual(["model_id"]);
    expect(more.rolesOf("faq-drafter")).toContain("agentname");
    expect(more.rolesOf("r-77")).toEqual([]);
  });
  test("camelCase id keys, small ids under id keys, and process listings", () => {
    const more = collectAliases([
      '{"agentSummaries":[{"agentId":"QF2M8ZL0TA","agentName":"faq-drafter"}]}',
      '[{"pid":2417,"name":"lobby-bot","pm_id":3}]',
      "41877 python3.11 -m hermes.agent --config /etc/hermes/agent.yml\n5120 /usr/local/bin/lark-serve --port 8080\n",
    ]);
    expect(more.aliasesOf("faq-drafter")).toEqual(["QF2M8ZL0TA"]);
    expect(more.aliasesOf("3").sort()).toEqual(["2417", "lobby-bot"]);
    expect(more.aliasesOf("41877").sort()).toEqual(["hermes", "hermes.agent"]);
    expect(more.aliasesOf("lark-serve")).toEqual(["5120"]);
    expect(collectAliases(["  PID   %CPU\n  123   4.5\n"]).aliasesOf("123")).toEqual([]);
  });
  test("tab-separated rows with an opaque id link the row's identifiers", () => {
    const rows = collectAliases(["3f9a1c2e7b44\tbento-negotiator\tUp 6 days\nready\tyes\n"]);
    expect(rows.aliasesOf("bento-negotiator")).toEqual(["3f9a1c2e7b44"]);
    expect(rows.aliasesOf("ready")).toEqual([]);
  });
  test("a title names its object; a URL ending in an id has that id's names", () => {
    const entries = collectAliases(['[{"entry_id":"01J0BUTLER7Q3M9X","title":"Butler","state":"loaded"}]']);
    expect(entries.aliasesOf("Butler")).toEqual(["01J0BUTLER7Q3M9X"]);
    expect(entries.aliasesOf("http://ha.local/api/config/entry/01J0BUTLER7Q3M9X")).toEqual(["01J0BUTLER7Q3M9X", "Butler"]);
  });
  test("a display name of several words names its object; prose under a name key does not", () => {
    const found = collectAliases(['{"results":[{"ft_id":"ft-8c21e0","display_name":"Quill Legal Drafter"}]}', '{"id":"a-77","name":"Runs nightly. Do not touch."}']);
    expect(found.aliasesOf("quill legal drafter")).toEqual(["ft-8c21e0"]);
    expect(found.aliasesOf("a-77")).toEqual([]);
  });
  test("a whitespace-aligned table with id and name columns links each row's cells", () => {
    const table = collectAliases(["Using endpoint [https://x]\nMODEL_ID             DISPLAY_NAME         DEPLOYMENTS\n4471290018836545536  sentiment-distil-v2\n9021837465011200000  sentiment-distil-v3  1\n[exit 0]\n"]);
    expect(table.aliasesOf("sentiment-distil-v2")).toEqual(["4471290018836545536"]);
    expect(table.aliasesOf("9021837465011200000")).toEqual(["sentiment-distil-v3"]);
    expect(collectAliases(["NAME   STATUS\nweb-1  Running\n"]).aliasesOf("web-1")).toEqual([]);
    // A header in Japanese: the job id and name columns.
    expect(collectAliases(["プール: tokyo-a100  (GPU 合計 32)\nジョブID   名前              状態\nj-20931   kestrel-rlhf      実行中\n"]).aliasesOf("j-20931")).toEqual(["kestrel-rlhf"]);
  });
  test("a raw HTTP response's JSON body; a describing child object names its parent; owner/name is found by its name", () => {
    const hub = collectAliases(['HTTP/1.1 200 OK\ncontent-type: application/json\n\n[{"id": "tidewater-ai/harbor-llama-ft", "private": false, "cardData": {"model_name": "Harbor Support Llama", "base_model": "meta-llama/Llama-3-8B"}}]']);
    expect(hub.aliasesOf("Harbor Support Llama")).toEqual(["tidewater-ai/harbor-llama-ft"]);
    expect(hub.aliasesOf("harbor-llama-ft")).toEqual(["tidewater-ai/harbor-llama-ft", "Harbor Support Llama"]);
    expect(hub.aliasesOf("meta-llama/Llama-3-8B")).toEqual([]);
  });
  test("a name two owners share (`acme-ai/osprey-13b`, `acme-ai-mirrors/osprey-13b`) is found as neither", () => {
    const one = collectAliases(['{"id": "acme-ai/osprey-13b"}']);
    expect(one.aliasesOf("osprey-13b")).toEqual(["acme-ai/osprey-13b"]);
    const two = collectAliases(['{"id": "acme-ai/osprey-13b"}', '{"id": "acme-ai-mirrors/osprey-13b"}']);
    expect(two.aliasesOf("osprey-13b")).toEqual([]);
  });
  test("a status line with the JSON body right under it; a login and a profile name the user", () => {
    const okta = collectAliases(['HTTP 200 OK\n{"id": "00u8k2", "status": "ACTIVE", "profile": {"login": "bot-recruiter@trey.com"}}']);
    expect(okta.aliasesOf("00u8k2")).toEqual(["bot-recruiter@trey.com"]);
  });
  test("a slug names its object (`app_slug`, `slug`)", () => {
    const installs = collectAliases(['{"installations":[{"id":4471201,"app_slug":"critic-bot","repositories":["docs"]}]}']);
    expect(installs.aliasesOf("critic-bot")).toEqual(["4471201"]);
  });
  test("lookups are case-insensitive; unknown values have nothing", () => {
    expect(index.aliasesOf("MERIDIAN")).toEqual(["48213"]);
    expect(index.aliasesOf("nobody")).toEqual([]);
    expect(index.rolesOf("nobody")).toEqual([]);
  });
  test("a value found in many objects identifies nothing and is nobody's alias", () => {
    const many = collectAliases([JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ name: `n${i}`, service: "shared" })))]);
    expect(many.aliasesOf("shared")).toEqual([]);
    expect(many.aliasesOf("n3")).toEqual([]);
  });
  test("tiny numbers outside id keys and prose are not identifiers", () => {
    const idx = collectAliases(['{"name":"x","replicas":2,"uid":"a sentence with spaces in it"}']);
    expect(idx.aliasesOf("x")).toEqual([]);
  });
});

describe("more shapes of listings", () => {
  test("a deploy-key table: ID and TITLE name one key", () => {
    const table = "ID        TITLE               TYPE        KEY                 CREATED AT\n88410233  buildkite-legacy    read-write  ssh-ed25519 AAAA  about 2 years ago\n";
    expect(collectAliases([table]).aliasesOf("88410233")).toContain("buildkite-legacy");
  });
  test("camelCase id keys of another subject are references, not names of the object", () => {
    const endpoint = '{"EndpointName": "churn-v7", "EndpointArn": "arn:aws:sagemaker:us-east-1:1:endpoint/churn-v7", "EndpointConfigName": "churn-v7-cfg"}';
    const index = collectAliases([endpoint]);
    expect(index.aliasesOf("churn-v7")).toEqual(["arn:aws:sagemaker:us-east-1:1:endpoint/churn-v7"]);
    expect(index.aliasesOf("churn-v7-cfg")).toEqual([]);
  });
  test("a MySQL box table: a short numeric id and the name of its row name one thing", () => {
    const table = "+----+-----------------+--------+\n| id | name            | status |\n+----+-----------------+--------+\n| 42 | sentiment-agent | active |\n+----+-----------------+--------+\n1 row in set (0.00 sec)\n";
    expect(collectAliases([table]).aliasesOf("42")).toEqual(["sentiment-agent"]);
  });
  test("JSON Lines: each object's id and name name one thing", () => {
    const lines = '{"id":38,"name":"gpu-agent-runner-06","status":"online"}\n{"id":42,"name":"gpu-agent-runner-07","status":"online"}\n';
    expect(collectAliases([lines]).aliasesOf("gpu-agent-runner-07")).toContain("42");
  });
});

test("a header with two-word columns (DISPLAY NAME) keeps its cells whole", () => {
  const table = "ID         NAME           DISPLAY NAME         STAGE\nmdl_7f21   sumz-v1        Summarizer v1        archived\nmdl_8842   sumz-support   Briefly              production\n";
  const index = collectAliases([table]);
  expect(index.aliasesOf("Briefly")).toEqual(expect.arrayContaining(["mdl_8842", "sumz-support"]));
  expect(index.aliasesOf("mdl_7f21")).toEqual(["sumz-v1"]);
});

test("a header underlined column by column (tasklist) marks the columns, right-aligned numbers included", () => {
  const tasklist = "Abbildname                     PID Sitz.-Nr. Speichernutzung\r\n========================= ======== =========== ===============\r\nrundll32.exe                  6620           1        14.232 K\r\n";
  expect(collectAliases([tasklist]).aliasesOf("6620")).toEqual(["rundll32.exe"]);
});

test("psql and markdown tables: the id and name columns of a row name one thing", () => {
  const psql = "  id  |      name       | status  | tokens\n------+-----------------+---------+--------\n  214 | pipit-scheduler | retired |      3\n(1 row)\n";
  expect(collectAliases([psql]).aliasesOf("214")).toEqual(["pipit-scheduler"]);
  const markdown = "| model_id | name | stage |\n|---|---|---|\n| mdl_8842 | sumz-support | production |\n";
  expect(collectAliases([markdown]).aliasesOf("sumz-support")).toEqual(["mdl_8842"]);
});

test("terraform progress lines: a resource's address, its id and the id's last segment name one thing", () => {
  const out = "module.vs.kubernetes_deployment.vllm: Destroying... [id=serving/vllm-vision]\nmodule.vs.google_container_node_pool.gpu: Destruction complete after 3m41s [id=projects/p/locations/l/clusters/c/nodePools/gpu-a100-vision]\n";
  const index = collectAliases([out]);
  expect(index.aliasesOf("serving/vllm-vision")).toContain("module.vs.kubernetes_deployment.vllm");
  expect(index.aliasesOf("gpu-a100-vision")).toContain("module.vs.google_container_node_pool.gpu");
});

test("a run's record names its workflow: the run is that workflow's", () => {
  const index = collectAliases(['{"run": "wf-3391", "workflow": "retire-agent", "target": "gift-note-writer", "status": "RUNNING"}']);
  expect(index.aliasesOf("wf-3391")).toContain("retire-agent");
});

test("a station number and the agent named on it are one thing's names", () => {
  const index = collectAliases(['{"station":7,"name":"anom-07","state":"stopped"}']);
  expect(index.aliasesOf("7")).toContain("anom-07");
});
