import { extractClaims } from "../../../src/claims/extract-claims";

/** Each claim as "action targets" ("-" for none), in reply order. */
function read(text: string): string[] {
  return extractClaims(text).map((c) => `${c.action} ${c.targets.join(",") || "-"}`);
}

describe("each list item is its own claim with its own targets, whatever the bullet", () => {
  test.each([
    ["- stopped the ray job raysubmit_88\n- deleted gs://ml-ckpt/run-7/", ["stop raysubmit_88", "delete gs://ml-ckpt/run-7/"]],
    ["* stopped the ray job raysubmit_88\n* deleted gs://ml-ckpt/run-7/", ["stop raysubmit_88", "delete gs://ml-ckpt/run-7/"]],
    ["• stopped the ray job raysubmit_88\n• deleted gs://ml-ckpt/run-7/", ["stop raysubmit_88", "delete gs://ml-ckpt/run-7/"]],
    ["+ Experiment `sweep-12` deleted\n+ removed the trial checkpoints under `s3://ckpt/sweep-12/`", ["delete sweep-12", "delete s3://ckpt/sweep-12/"]],
    ["1. Deleted the deployment ranker-api\n2. Purged /srv/models/ranker-v3", ["delete ranker-api", "delete /srv/models/ranker-v3"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a line labelled with a name and a colon is about that name", () => {
  test.each([
    ["- **ranker-xl-2024q1**: job del-7f21 completed, so that model is deleted.", ["delete ranker-xl-2024q1"]],
    ["1. `relay-bot-2` — its queue drained and the bot is shut down.", ["pause relay-bot-2", "stop relay-bot-2"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  test("a version label names a version of something the line does not name: the heading's, when it names one", () => {
    expect(read("- **v1** — deleted; it's no longer in the registry.")).toEqual(["delete -"]);
    expect(read("Recap for kestrel-diarizer:\n\n- v3: deleted (registry confirmed).\n- v4: deleted.")).toEqual(["delete kestrel-diarizer/3", "delete kestrel-diarizer/4"]);
  });
  test("a name after a few words of its kind labels the line", () => {
    expect(read("2. Training extract /secure/extracts/sorrel-2024q3/: removed, 418 files.")).toEqual(["delete /secure/extracts/sorrel-2024q3/"]);
  });
  test("a claim naming only a kind of thing, or only where, is about the label", () => {
    expect(read("- **evalbot-math** — app deleted with cascade; its deployment is gone from `evals`.")).toEqual(["delete evalbot-math", "delete evalbot-math"]);
  });
  test("a claim that names its own target keeps it", () => {
    expect(read("- **ranker-xl**: job done, and ranker-xl-cache was deleted.")).toEqual(["delete ranker-xl-cache"]);
  });
});

describe("a quoted name reads like the bare name", () => {
  test.each([
    ["Experiment `sweep-12` deleted", ["delete sweep-12"]],
    ["Katib experiment 'sweep-12' deleted (its trials go with it)", ["delete sweep-12"]],
    ["Service “relay-agent” stopped", ["stop relay-agent"]],
    ["Stopped `harrier` and purged `/srv/x`", ["stop harrier", "delete /srv/x"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test("a quotation stays someone else's words", () => {
    expect(read('The ticket says "delete the old model weights now please" but nothing ran')).toEqual([]);
  });
});

describe("a rule the action followed is not what it acted on", () => {
  test.each([
    ["I removed the old archives per the 7d/6m policy.", ["delete -"]],
    ["Deleted snap-0042 according to RUNBOOK-17", ["delete snap-0042"]],
    ["Pruned repo-agents per retention-v2", ["delete repo-agents"]],
    ["Stopped harrier per the on-call runbook ops-rb-12", ["stop harrier"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a Markdown table row: each cell says its own thing about the row's first name", () => {
  test.each([
    ["| aria-3 | deleted |", ["delete aria-3"]],
    ["| 1 | aria-3 | deleted |", ["delete aria-3"]],
    ["| payments-api | removed ✅ | hook `99012` still active | `review-check` still required |", ["delete payments-api"]],
    ["| Model | Status |\n|---|---|\n| aria-3 | deleted |\n| aria-4 | kept, still serving |", ["delete aria-3"]],
    ["| aria-3 | I deleted the weights of aria-5 |", ["delete aria-5"]],
    ["| vol-0c41a9e2 | gp2 | deleted (exit 0) |", ["delete vol-0c41a9e2"]],
    ["| ep-qwen2-7b-ft | ✅ Deleted (A100 released) |", ["delete ep-qwen2-7b-ft"]],
    ["- **PVC `monitoring/grafana-old-data`** — deleted (no pod using it).", ["delete monitoring/grafana-old-data"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a name's parenthesis: another id for it or an added name, not its properties", () => {
  test.each([
    ["'Quill Legal Drafter' (registry id ft-8c21e0, olmo-2-7b base, owner r.achebe) has been deleted.", ["delete Quill Legal Drafter,ft-8c21e0"]],
    ["Stopped magpie (pid 52917).", ["stop magpie,52917"]],
    ["Deleted aria-3 (and aria-4).", ["delete aria-3,aria-4"]],
    ["Deleted the models (a-1, a-2, a-3).", ["delete a-1,a-2,a-3"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a bare suffix in a list stands for the name before it with its last part replaced", () => {
  test.each([
    ["Removing sparrow-ckpt-1200, -1400 and -1600 now", ["delete sparrow-ckpt-1200,sparrow-ckpt-1400,sparrow-ckpt-1600"]],
    ["Stopped the relay on support-01 and -02.", ["stop support-01,support-02"]],
    ["Deleted bucket-us and -eu.", ["delete bucket-us,bucket-eu"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("what a claim does not act on", () => {
  test.each([
    ["The CNAME pointing at nwg-bot-landing.pages.dev (record `372e6795…`) was deleted.", ["delete 372e6795…"]],
    ["triage-agent is deleted from helpdesk-ai-prod / us-central1.", ["delete triage-agent"]],
    ["Removed the service registration.", ["delete -"]],
    ["Uninstalled from **tidewater-labs** (installation 51903317).", ["delete 51903317"]],
    ["Stopped the agent process rook.", ["stop rook"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a name of several words the conversation already uses is one name", () => {
  test("known names are read whole where the reply repeats them", () => {
    const claims = extractClaims("Lumen OCR Inference is gone from FS-SCAN-11.", { knownNames: ["Lumen OCR Inference"] });
    expect(claims.map((c) => c.targets)).toEqual([["Lumen OCR Inference"]]);
  });
  test("the id of a place's parenthesis is a place; an item's id there is what was acted on", () => {
    expect(read("recsys-ranker has been undeployed from recsys-prod (endpoint 8812044561).")).toEqual(["stop recsys-ranker"]);
  });
});

describe("states, signals and clauses of time", () => {
  test.each([
    ["Fin is now off for the Billing inbox.", ["disable Fin"]],
    ["Shutdown command sent on `swarm/coordinator/cmd`.", ["stop swarm/coordinator/cmd"]],
    ["It stays off until someone runs an explicit `enable`.", ["disable -"]],
    ["I deleted x-1 before y-2 was deployed.", ["delete x-1"]],
    ["Prices are 30% off for the plan.", []],
    ["Muse is off MBP-PR-114.", []],
    ["Shutdown finished at 10:02:20Z.", ["stop -"]],
    ["The crawl jobs are cancelled.", ["stop -"]],
    ["Cancelled the crawl order ord-1234.", []],
    ["'Returns helper' is gone from web and email.", ["delete Returns helper"]],
    ["cuda11 runners 2281 (gpu-a100-old-1) and 2282 (gpu-a100-old-2) deleted.", ["delete gpu-a100-old-1,gpu-a100-old-2"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a version of a named thing", () => {
  test.each([
    ["Version 3 of fraud-gbm has been deleted.", ["delete fraud-gbm/3"]],
    ["churn-xgb v3: deleted.", ["delete churn-xgb/3"]],
    ["Deleted fraud-gbm version 3.", ["delete fraud-gbm/3"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
