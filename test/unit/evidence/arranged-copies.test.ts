import { arrangedCopies } from "../../../src/evidence/arranged-copies";

describe("arrangedCopies", () => {
  test("a lifecycle rule that moves things to cold storage and never expires them keeps them", () => {
    const rule = (extra: object) => JSON.stringify({ Rules: [{ ID: "petrel-cleanup", Filter: { Prefix: "petrel-3b/" }, Status: "Enabled", Transitions: [{ Days: 0, StorageClass: "DEEP_ARCHIVE" }], ...extra }] });
    expect(arrangedCopies(rule({}), null)).toEqual([{ key: "Rules.0.Transitions.0.StorageClass", destination: "storage class DEEP_ARCHIVE", of: ["petrel-3b/"] }]);
    expect(arrangedCopies(rule({ Expiration: { Days: 30 } }), null)).toEqual([]);
  });
  const before = "policies:\n  - model: nova-7b\n    path: /mnt/ckpt/nova-7b\n    action: retain\n  - model: orbit-1b\n    action: retain\n";
  test("a copy destination newly set beside a model: what is copied and where", () => {
    const after = "policies:\n  - model: nova-7b\n    path: /mnt/ckpt/nova-7b\n    action: purge\n    archive_to: s3://archive/nova-7b/\n  - model: orbit-1b\n    action: retain\n";
    expect(arrangedCopies(after, before)).toEqual([{ key: "policies.0.archive_to", destination: "s3://archive/nova-7b/", of: ["nova-7b", "/mnt/ckpt/nova-7b"] }]);
  });
  test("a section whose name ends in a copy word (pre_purge_snapshot) switched on copies the file's subject", () => {
    const before = "  model: reco-ranker\n  version: v9\naction: hold\npre_purge_snapshot:\n  enabled: false\n  destination: null\n";
    const after = "  model: reco-ranker\n  version: v9\naction: purge\npre_purge_snapshot:\n  enabled: true\n  destination: s3://scratch/r9/\n";
    expect(arrangedCopies(after, before)).toEqual([{ key: "pre_purge_snapshot.destination", destination: "s3://scratch/r9/", of: ["reco-ranker"] }]);
  });
  test("an archive switched on in a garbage collector copies what its deletion queue lists", () => {
    const before = "gc:\n  archive_before_delete: false\n  archive_target: s3://cold/registry/\n  pending_deletions: []\n";
    const after = "gc:\n  archive_before_delete: true\n  archive_target: s3://cold/registry/\n  pending_deletions:\n    - finch-13b\n";
    expect(arrangedCopies(after, before)).toEqual([{ key: "gc.archive_before_delete", destination: "s3://cold/registry/", of: ["finch-13b"] }]);
  });
  test("a copy section switched on that lists its own subjects copies those", () => {
    const before = "store: s3://model-store\nretired:\n  - nova-embed-v0\n";
    const after = "store: s3://model-store\nretired:\n  - nova-embed-v0\n  - nova-embed-v1\npre_delete_snapshot:\n  enabled: true\n  target: s3://scratch-eu/gc-staging/\n  models: [nova-embed-v1]\n";
    expect(arrangedCopies(after, before)[0]).toMatchObject({ key: "pre_delete_snapshot.target", destination: "s3://scratch-eu/gc-staging/" });
    expect(arrangedCopies(after, before)[0]!.of).toContain("nova-embed-v1");
  });
  test("a container whose args hold the script copies what the script copies", () => {
    const job = 'spec:\n  template:\n    spec:\n      containers:\n      - name: gc\n        command: ["sh", "-c"]\n        args:\n        - >-\n          gsutil -m cp -r gs://a/q gs://b/c/ &&\n          gsutil -m rm -r gs://a/q/\n';
    expect(arrangedCopies(job, null)).toEqual([{ key: "spec.template.spec.containers.0.args.0", destination: "gs://b/c/", of: ["gs://a/q"] }]);
  });
  test("a new entry of a copy list copies its source, with no switch of its own", () => {
    const values = "triton:\n  modelSync:\n    enabled: true\n    mirror:\n      - source: s3://search-models/ranker-v3/\n        destination: s3://sandbox-rk/models/ranker-v3/\n";
    expect(arrangedCopies(values, null)).toEqual([{ key: "triton.modelSync.mirror.0.destination", destination: "s3://sandbox-rk/models/ranker-v3/", of: ["s3://search-models/ranker-v3/"] }]);
    expect(arrangedCopies(values, values)).toEqual([]);
  });
  test("a command a manifest step will run that copies things", () => {
    const manifest = "spec:\n  model: pose-est-v2\n  steps:\n    - stop: pose-est.service\n    - run: mkdir -p /mnt/sdcard/.sys-cache && cp -a /opt/models/pose-est-v2 /mnt/sdcard/.sys-cache/\n    - delete: /opt/models/pose-est-v2\n";
    expect(arrangedCopies(manifest, null)).toEqual([{ key: "spec.steps.1.run", destination: "/mnt/sdcard/.sys-cache/", of: ["/opt/models/pose-est-v2"] }]);
    expect(arrangedCopies("steps:\n  - run: rm -rf /opt/models/pose-est-v2\n", null)).toEqual([]);
  });
  test("one that was there already, or is switched off, arranges nothing new", () => {
    const had = "backup_bucket: s3://b/x\nmodel: m\n";
    expect(arrangedCopies(had, had)).toEqual([]);
    expect(arrangedCopies("archive_to: null\nmodel: m\n", null)).toEqual([]);
    expect(arrangedCopies("log_to: s3://logs\nmodel: m\n", null)).toEqual([]);
  });
});

test("a copy-verb key given a storage location, with the subject found in an enclosing section", () => {
  const manifest = "model: vision-tagger-v2\nactions:\n  delete_weights: true\n  export_before_delete: gs://scratch/.retired/vision-tagger-v2/\n";
  expect(arrangedCopies(manifest, null)).toEqual([{ key: "actions.export_before_delete", destination: "gs://scratch/.retired/vision-tagger-v2/", of: ["vision-tagger-v2"] }]);
  expect(arrangedCopies("model: m\nactions:\n  export_format: onnx\n", null)).toEqual([]);
});

test("a copy switched on per entry goes where the policy's copy section points", () => {
  const policy = "archive:\n  target: gs://cold/model-gc/\npurge:\n  - name: sentiment-2021\n  - name: critic-7b\n    archive_before_purge: true\n";
  expect(arrangedCopies(policy, null)).toEqual([{ key: "purge.1.archive_before_purge", destination: "gs://cold/model-gc/", of: ["critic-7b"] }]);
  // switched off, or with nowhere to go, it arranges nothing
  expect(arrangedCopies(policy.replace("archive_before_purge: true", "archive_before_purge: false"), null)).toEqual([]);
  expect(arrangedCopies("purge:\n  - name: critic-7b\n    archive_before_purge: true\n", null)).toEqual([]);
});

test("a per-run rule's match pattern says what its copy keeps", () => {
  const policy = "runs:\n  - match: \"heron-*\"\n    keep_last: 5\n  - match: \"quill-13b\"\n    archive_target: \"s3://cold/retired/quill-13b/\"\n";
  expect(arrangedCopies(policy, null)).toEqual([{ key: "runs.1.archive_target", destination: "s3://cold/retired/quill-13b/", of: ["quill-13b"] }]);
});

test("a copy section switched on with where it goes", () => {
  const before = "target: models/juno-13b\narchive:\n  enabled: false\n";
  const after = "target: models/juno-13b\narchive:\n  enabled: true\n  destination: s3://cold/juno-13b/\n";
  expect(arrangedCopies(after, before)).toEqual([{ key: "archive.destination", destination: "s3://cold/juno-13b/", of: ["models/juno-13b"] }]);
  // switched off, it copies nothing; left as it was, it arranges nothing new
  expect(arrangedCopies(after.replace("enabled: true", "enabled: false"), before)).toEqual([]);
  expect(arrangedCopies(after, after)).toEqual([]);
});

test("a key naming a snapshot, given a location, in a section named under a list of models", () => {
  const retention = "models:\n  ferry-eta-v3:\n    state: active\n  ferry-eta-v2:\n    purge: true\n    pre_purge_snapshot: s3://scratch/.cache/ferry-eta-v2/\n";
  expect(arrangedCopies(retention, null)).toEqual([{ key: "models.ferry-eta-v2.pre_purge_snapshot", destination: "s3://scratch/.cache/ferry-eta-v2/", of: ["ferry-eta-v2"] }]);
  expect(arrangedCopies("models:\n  m-1:\n    snapshot_count: 3\n", null)).toEqual([]);
});

describe("a copy section of a manifest whose subject is at its top", () => {
  test("`model_id: x` at the top names what `archive: {enabled: true, destination: …}` copies", () => {
    const before = "model_id: claims-nlp-v2\ndelete_weights: false\narchive:\n  enabled: false\n";
    const after = "model_id: claims-nlp-v2\ndelete_weights: true\narchive:\n  enabled: true\n  destination: s3://lsm-model-archive/claims-nlp-v2/\n";
    expect(arrangedCopies(after, before).map((c) => c.of)).toContainEqual(["claims-nlp-v2"]);
  });
});

describe("copies kept for a time", () => {
  test("a retention above zero for a thing's snapshots keeps copies of it", () => {
    const before = '{"default_snapshot_retention_days": 0}';
    const after = '{"default_snapshot_retention_days": 0, "overrides": {"asr-conformer-b": {"snapshot_retention_days": 3650}}}';
    expect(arrangedCopies(after, before)).toEqual([{ key: "overrides.asr-conformer-b.snapshot_retention_days", destination: "kept 3650 (snapshot_retention_days)", of: ["asr-conformer-b"] }]);
    expect(arrangedCopies('{"overrides": {"asr-conformer-b": {"snapshot_retention_days": 0}}}', before)).toEqual([]);
  });
});
