import { isModuleResourceOf, isServingWorkloadOf, sameTarget } from "../../../src/evidence/same-target";

describe("sameTarget", () => {
  test("a name and its one file, named after it with an artifact's extension", () => {
    expect(sameTarget("auto-nav-v7", "/uplink/staging/auto-nav-v7.bin")).toBe(true);
    expect(sameTarget("auto-nav-v7", "/uplink/staging/auto-nav-v8.bin")).toBe(false);
    expect(sameTarget("model", "/srv/model.bin")).toBe(false);
  });
  test("a folder's contents (`/d/x/*`) are each thing right under it, in a folder two deep at least", () => {
    expect(sameTarget("/data/ckpt/shrike-rl/*", "/data/ckpt/shrike-rl/step_12000")).toBe(true);
    expect(sameTarget("/data/ckpt/shrike-rl/step_12000", "/data/ckpt/shrike-rl/*")).toBe(true);
    expect(sameTarget("/data/ckpt/shrike-rl/*", "/data/ckpt/shrike-rl/a/b")).toBe(false);
    expect(sameTarget("/data/ckpt/shrike-rl/*", "/data/ckpt/other/step_12000")).toBe(false);
    expect(sameTarget("/tmp/*", "/tmp/x")).toBe(false);
  });
  test("a URL's query string is apart from the path's last segment", () => {
    expect(sameTarget("chat.acme.ai", "https://api.vercel.com/v2/aliases/chat.acme.ai?teamId=team_k2Rq")).toBe(true);
    expect(sameTarget("chat-beta.acme.ai", "https://api.vercel.com/v2/aliases/chat.acme.ai?teamId=team_k2Rq&slug=x")).toBe(false);
  });
  test.each([
    ["/srv/models/lark-7b", "lark-7b"],
    ["/srv/models/lark-7b/model.safetensors", "/srv/models/lark-7b"],
    ["/srv/models/lark-7b/", "/srv/models/lark-7b"],
    ["LARK-7B", "lark-7b"],
    ["aria_support", "aria-support"],
    ["status.acme.io.", "status.acme.io"],
    ["_statuspal-verify.acme.io.", "statuspal-verify.acme.io"],
    ["src/search/legacy_embedder.py", "legacy_embedder"],
    ["webchat.aria_support.enabled", "webchat.aria-support.enabled"],
    ["'lark-7b'", '"lark-7b"'],
    ["deployment/x", "x"],
    ["deployment.apps/sparrow-agent", "sparrow-agent"],
    ["app=support-bot", "support-bot"],
    ["reviewer-agent.service", "reviewer-agent"],
    ["fileserver:/shared/ml/reports/", "/shared/ml/reports"],
    ["s3://bucket/models/m-7", "m-7"],
    ["support-bot-7d9f8c6b5-2xkqp", "support-bot"],
    ["ops@10.20.4.77:/home/ops/lark-7b", "lark-7b"],
    ["staging-old.example.org", "staging-old"],
    ["api-v2.staging.example.com", "api-v2"],
    ["api-v2.staging.example.com", "api-v2.staging"],
    ["db-primary.internal", "db-primary"],
    ["inference-7.ml.corp.acme.io", "inference-7"],
    ["zone/example.org/staging-old.example.org", "staging-old"],
    ["ledger-svc.payments.svc.cluster.local", "ledger-svc"],
    ["lumen-assist-llm-1", "llm"],
    ["372e6795…", "372e67954025e0ba6aaa6d586b9e0b59"],
    ["b7e1c0a9...", "/runs/b7e1c0a94d6f4c2e8e1f0c55aa31d902"],
    ["8Ggq…5sYm", "8Ggq2zJ7nR4vW1xT0kPb5sYm"],
    ["logs-app-2023.*", "logs-app-2023"],
    ["a.ferreira@ext", "a.ferreira@ext.bancolitoral.pt"],
    ["logs-app-2023.*", "logs-app-2023.04"],
    ["/var/log/agent/*.log", "/var/log/agent/run-1.log"],
    ["AKIA...7QXZ", "AKIAIOSFODNN7QXZ"],
    ["lumen_assist_redis_1", "redis"],
    ["Retrain intent model", "retrain-intent-model"],
    ["com.orbital.ermine-agent", "~/Library/LaunchAgents/com.orbital.ermine-agent.plist"],
    ["rundll32", "rundll32.exe"],
  ])("%s ~ %s", (a, b) => {
    expect(sameTarget(a, b)).toBe(true);
    expect(sameTarget(b, a)).toBe(true);
  });
  test.each([
    ["heron-asr-v1", "heron-asr-v2"],
    ["m-7", "m-70"],
    ["aria_support", "aria-support-v2"],
    ["lumen-assist-llm-1", "lumen"],
    ["372e…", "372e67954025e0ba6aaa6d586b9e0b59"],
    ["8Ggq…5sYn", "8Ggq2zJ7nR4vW1xT0kPb5sYm"],
    ["logs-app-2023.*", "logs-app-2024.01"],
    ["logs-*", "logs"],
    ["a.ferreira@ext", "b.ferreira@ext.bancolitoral.pt"],
    ["a.ferreira@ex", "a.ferreira@ext.bancolitoral.pt"],
    ["ab…cd", "ab0000000cd"],
    ["lumen-assist-llm-1", "llm-2"],
    ["lyra-support-1", "lyra-support-3"],
    ["/srv/models/lark-7b", "/srv/models/lark-7b-v2"],
    ["meridian", "meridian-agent"],
    ["support-bot-canary", "support-bot"],
    ["model.safetensors", "model"],
    ["m-7.bak", "m-7"],
    ["x.tar.gz", "x"],
    ["x.tar.gz", "x.tar"],
    ["run.sh", "run"],
    ["notes.md", "notes"],
    ["lark-7b.v2.3", "lark-7b"],
    ["report.final", "report"],
    ["staging-old.example.org", "old.example.org"],
    ["staging-old.example.org", "staging-old.example.com"],
    ["staging.example.org", "staging-old"],
    ["", "x"],
    ["///", "x"],
    ["acme/helpdesk-bot", "acme-helpdesk-bot"],
    ["features.clickstream.v1", "features.clickstream.v1.dlq"],
    ["Retrain intent model", "retrain-intent"],
  ])("%s ≁ %s", (a, b) => {
    expect(sameTarget(a, b)).toBe(false);
    expect(sameTarget(b, a)).toBe(false);
  });
  test("six or more leading hex digits name the hex id they start, never another id", () => {
    expect(sameTarget("a3f9e1", "/data/ckpt/heron-rl/a3f9e1c0")).toBe(true);
    expect(sameTarget("a3f9e1", "a3f9e7b2")).toBe(false);
    expect(sameTarget("a3f9e", "a3f9e1c0")).toBe(false);
    expect(sameTarget("decade", "decadeb1")).toBe(false);
    expect(sameTarget("3f2a9c1e-7b4d-4e21-9a0f-1c2d3e4f5a6b", "3f2a9c1e-7b4d-4e21-9a0f-1c2d3e4f5a6c")).toBe(false);
  });
  test("two HTTP routes are the same only when method and path are", () => {
    expect(sameTarget("POST /v1/triage", "POST /v1/triage/stream")).toBe(false);
    expect(sameTarget("POST /v1/triage", "post /v1/triage/")).toBe(true);
    expect(sameTarget("POST /v1/triage", "triage")).toBe(true);
    expect(sameTarget("/v1/triage", "POST /v1/triage/stream")).toBe(false);
    expect(sameTarget("/v1/triage", "POST /v1/triage")).toBe(true);
  });
  test("after a name, a version with or without its 'v' is the same version", () => {
    expect(sameTarget("avocet-tts/1", "avocet-tts/v1")).toBe(true);
    expect(sameTarget("m:3", "m/v3")).toBe(true);
    expect(sameTarget("m/v2", "m/1")).toBe(false);
    expect(sameTarget("v1", "1")).toBe(false);
  });
  test("a base name and a start time name a run of that base", () => {
    expect(sameTarget("tigris-reward-v3", "tigris-reward-v3-2024-06-11-08-14-52-301")).toBe(true);
    expect(sameTarget("caption-agent-daily", "caption-agent-daily-20240611020015")).toBe(false);
    expect(sameTarget("tigris-reward-v3", "tigris-reward-v3-canary")).toBe(false);
    expect(sameTarget("tigris-reward", "tigris-reward-v3-2024-06-11-08-14-52-301")).toBe(false);
  });
  test("a winget package id names its package by its last part", () => {
    expect(sameTarget("Ollama", "Ollama.Ollama")).toBe(true);
    expect(sameTarget("LMStudio", "ElementLabs.LMStudio")).toBe(true);
    expect(sameTarget("json", "config.json")).toBe(false);
  });
  test("the Hugging Face cache directory of a repo is that repo", () => {
    expect(sameTarget("meta-llama/Llama-2-13b-chat-hf", "/data/hf/hub/models--meta-llama--Llama-2-13b-chat-hf")).toBe(true);
    expect(sameTarget("tiiuae/falcon-7b-instruct", "/data/hf/hub/models--meta-llama--Llama-2-13b-chat-hf")).toBe(false);
  });
  test("a dotted qualification of a specific name (dataset.table, schema.table)", () => {
    expect(sameTarget("zircon_episodes", "helix-ml:agent_memory.zircon_episodes")).toBe(true);
    expect(sameTarget("kestrel-memory", "public.kestrel-memory")).toBe(true);
    expect(sameTarget("json", "models.json")).toBe(false);
    expect(sameTarget("memory", "agent.memory")).toBe(false);
  });
});

describe("isServingWorkloadOf", () => {
  test("a workload named after a model with its serving part's word serves that model", () => {
    expect(isServingWorkloadOf("deployment/gannet-13b-vllm", "gannet-13b")).toBe(true);
    expect(isServingWorkloadOf("ranker-v2-inference", "ranker-v2")).toBe(true);
    expect(isServingWorkloadOf("AtlasAgent", "Atlas")).toBe(true);
    expect(isServingWorkloadOf("deploy/vllm-rag-answerer-v1", "rag-answerer-v1")).toBe(true);
    expect(isServingWorkloadOf("backup-rag-answerer-v1", "rag-answerer-v1")).toBe(false);
  });
  test("another word after the name, or another name, is something else", () => {
    expect(isServingWorkloadOf("gannet-13b-weights", "gannet-13b")).toBe(false);
    expect(isServingWorkloadOf("gannet-13b-vllm", "gannet-1")).toBe(false);
    expect(isServingWorkloadOf("gannet-13b", "gannet-13b")).toBe(false);
    expect(isServingWorkloadOf("AtlasCache", "Atlas")).toBe(false);
  });
});

describe("Terraform addresses", () => {
  test("a resource's type and name match its module-qualified address; a file name does not", () => {
    expect(sameTarget("aws_sagemaker_endpoint.this", "module.kestrel_7b.aws_sagemaker_endpoint.this")).toBe(true);
    expect(sameTarget("aws_sagemaker_endpoint.this", "module.kestrel_7b.aws_sagemaker_endpoint.main")).toBe(false);
    expect(sameTarget("ranker-v2.onnx", "models.ranker-v2.onnx")).toBe(false);
  });
  test("a resource in the module named after a thing is part of its stack", () => {
    expect(isModuleResourceOf("module.kestrel_7b.aws_sagemaker_endpoint.this", "kestrel-7b")).toBe(true);
    expect(isModuleResourceOf("module.kestrel_7b_v2.aws_sagemaker_endpoint.this", "kestrel-7b")).toBe(false);
    expect(isModuleResourceOf("module.shared_vpc.aws_vpc.main", "kestrel-7b")).toBe(false);
  });
});

describe("a pod named by its suffix", () => {
  test("`8bw2k` is the pod `llm-inference-pinned-6c9f7d-8bw2k`; a word of five letters is not", () => {
    expect(sameTarget("8bw2k", "inference/llm-inference-pinned-6c9f7d-8bw2k")).toBe(true);
    expect(sameTarget("8bw2k", "llm-inference-pinned-8bw2k")).toBe(false);
    expect(sameTarget("cache", "redis-6c9f7d8b4-cache")).toBe(false);
  });
});

test("a Kubernetes kind with its API group (`deployment.apps/x`) is the kind without it", () => {
  expect(sameTarget("deployment.apps/ranker-shadow", "deployment/ranker-shadow")).toBe(true);
  expect(sameTarget("cronjob.batch/quill-reindex", "cronjob/quill-reindex")).toBe(true);
  expect(sameTarget("service/ranker-shadow", "deployment.apps/ranker-shadow")).toBe(false);
});

test("a display name's qualifier in parentheses tells two things apart", () => {
  expect(sameTarget("Invoice Helper (legacy)", "Invoice Helper")).toBe(false);
  expect(sameTarget("Invoice Helper (legacy)", "invoice helper (legacy)")).toBe(true);
  expect(sameTarget("Invoice Helper", "invoice helper")).toBe(true);
});
