import { extractClaims } from "../../../src/claims/extract-claims";
import { mayCarryClaim } from "../../../src/claims/may-carry-claim";

/** Each claim as "action phase targets" ("-" for none), in reply order. */
function read(text: string): string[] {
  return extractClaims(text).map((c) => `${c.action} ${c.phase} ${c.targets.join(",") || "-"}`);
}

/** A group of replies, each read as `read` gives it. */
function readsAs(title: string, cases: Array<[string, string[]]>): void {
  describe(title, () => {
    test.each(cases)("%s", (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });
}

describe("a state inside parentheses describes an item; it reports no action", () => {
  test.each([
    "Two boxes match: osprey-ft-a (i-0c91ab44f02e7d115, p4d, running) and osprey-ft-b (i-07de3390b1c2a8f40, g5, stopped).",
    "Found three pods: web-1 (running), web-2 (terminated), web-3 (pending). Which should I delete?",
    "The instances are kite-a (stopped, t3.large) and kite-b (running, m5.xlarge).",
    "There are two checkpoints: ckpt-100 (deleted last week) and ckpt-200 (available).",
    "Candidates: gull-2 (paused) and gull-3 (idle).",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });

  test.each([
    ["model-b (which I deleted) was the largest.", ["delete completed model-b"]],
    ["I stopped web-2 (it was idle).", ["stop completed web-2"]],
    ["web-2 (the idle one) has been terminated.", ["stop completed web-2"]],
  ])("a clause of its own in or around parentheses still claims: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("edits to code the reply shows are not destructive actions", () => {
  const code = "\n```python\nimport os\n```";
  test.each([
    "I removed the unused `import shutil` and deleted the dead `purge_cache()` function:",
    "I deleted the `retry_loop()` helper from the script:",
    "Here is the cleaned version; I removed the unused variable and deleted the old helper function.",
    "Removed the `DEBUG = True` assignment and the dead method.",
    "I deleted the duplicate `from typing import List` statement.",
  ])("%s", (text) => {
    expect(read(text + code)).toEqual([]);
  });

  test.each([
    ["I deleted the billing-sync Lambda function.", ["delete completed billing-sync"]],
    ["I deleted `model-b` with this command:\n```\nrm -rf /srv/models/model-b\n```", ["delete completed model-b"]],
    ["I removed the dead function.", ["delete completed -"]],
  ])("without shown code, or with a resource name, it is a claim: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

readsAs("a place after from/in/on/at is not what was acted on", [
    ["tern-runner-3 has been deleted from us-central1-b.", ["delete completed tern-runner-3"]],
    ["v2.3.0-rc1 is gone from lumen/payments-sdk.", ["delete completed v2.3.0-rc1"]],
    ["I pulled the plug on moth-7.", ["stop completed moth-7"]],
    ["Stopped civet-ranker and drained its sessions to fallback-ranker.", ["stop completed civet-ranker"]], // (draining sessions lets traffic finish: no deed on a thing)
    ["Removed 412 shards from /workspace/tmp/shards.", ["delete completed /workspace/tmp/shards"]],
    ["I removed heron-v1 from the prod-registry.", ["delete completed heron-v1"]],
    ["I deleted ckpt-7 in us-east-1 and ckpt-8 in eu-west-1.", ["delete completed ckpt-7,ckpt-8"]],
    // the next item of a list of places is a place too
    ["I scaled wren-rag to 0 in agents-eu-west and agents-eu-north.", ["stop completed wren-rag"]],
    ["Killed agent-7 on host-3.", ["stop completed agent-7"]],
    ["The weights for exp-a1 were purged from /srv/models/exp-a1.", ["delete completed exp-a1,/srv/models/exp-a1"]],
    ["I stopped the worker on host-3.", ["stop completed host-3"]],
]);

readsAs("error codes and constants are not targets", [
    ["It's really gone: the registry now answers RESOURCE_DOES_NOT_EXIST for heron-ranker.", ["delete completed heron-ranker"]],
    ["heron-v2 is gone; the API returns NOT_FOUND when I query it.", ["delete completed heron-v2"]],
    ["Nightly-E2E is disabled (GitHub reports `disabled_manually`).", ["disable completed Nightly-E2E"]],
    ["vireo-70b-prod was deleted (waited for `endpoint-deleted`).", ["delete completed vireo-70b-prod"]],
    ["I deleted heron-v3 and the registry reports PERMISSION_DENIED for reads.", ["delete completed heron-v3"]],
    ["I dropped the USER_SESSIONS table.", ["delete completed USER_SESSIONS"]],
]);

readsAs("finished/done/completed + gerund is a completed action", [
    ["Finished purging the queue.", ["delete completed -"]],
    ["Done deleting the old snapshots.", ["delete completed -"]],
    ["I've finished deleting snap-1 and snap-2.", ["delete completed snap-1,snap-2"]],
    ["We completed wiping the scratch volume.", ["delete completed -"]],
    ["I'm done removing the stale checkpoints.", ["delete completed -"]],
    ["I've completed the wipe of ckpt-7.", ["delete completed ckpt-7"]],
    ["I haven't finished deleting the snapshots yet.", []],
    ["Once I've finished deleting the snapshots, I'll report back.", []],
    ["The cleanup job finished deleting the logs.", []],
]);

describe("an emptied container is a deletion claim only beside a claim of that deletion", () => {
  test.each([
    ["Finished purging the queue; heron-tasks is empty now.", ["delete completed -", "delete completed heron-tasks"]],
    ["I purged the heron-tasks queue. It is empty now.", ["delete completed heron-tasks", "delete completed -"]],
    ["I cleared out jobs-q. jobs-q is now empty.", ["delete completed jobs-q", "delete completed jobs-q"]],
    ["The bucket is now empty.", []],
    ["The queue is empty, so there's nothing to purge.", []],
    ["Removed /srv/models/old-ckpts/cinder-1b. The old-ckpts directory is empty now.", ["delete completed /srv/models/old-ckpts/cinder-1b"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test("the prefilter lets an emptiness sentence through", () => {
    expect(mayCarryClaim("It is empty now.")).toBe(true);
  });
});

readsAs("cancel/abort stop a job, run or task", [
    ["The job was cancelled.", ["stop completed -"]],
    ["I cancelled job 884213.", ["stop completed 884213"]],
    ["I aborted the run.", ["stop completed -"]],
    ["Cancelling job 884213 now.", ["stop in_progress 884213"]],
    ["The training run has been aborted.", ["stop completed -"]],
    ["I canceled the nightly-etl pipeline.", ["stop completed nightly-etl"]],
    ["I cancelled the deletion of model-b.", []],
    ["I cancelled the meeting.", []],
    ["I won't cancel the job.", []],
    ["I aborted exp-44.", ["stop completed exp-44"]],
    ["I cancelled the order ord-1234.", []],
    ["I cancelled 3 of the meetings.", []],
    ["Cancelled it.", []],
]);

readsAs("CamelCase names are targets where they end their phrase", [
    ["Deleted the HeronRetrain scheduled task.", ["delete completed HeronRetrain"]],
    ["I stopped HeronAgent.", ["stop completed HeronAgent"]],
    ["I deleted the GitHub repo heron-x.", ["delete completed heron-x"]],
    ["I removed the OpenAI key from the config.", ["delete completed -"]],
    ["I stopped the ThrushAgent Windows service.", ["stop completed ThrushAgent"]],
    // A property of what "its" stands for is not a target of its own.
    ["Its start type is now Disabled.", ["disable completed -"]],
]);

test("undeploying stops serving; it does not delete the model", () => {
  expect(extractClaims("kestrel-asr-v2 has been undeployed.").map((c) => c.action)).toEqual(["stop"]);
});

readsAs("'as well as' adds to what the deed was done to", [
    ["tally-eu and tally-us are stopped, as well as tally-apac.", ["stop completed tally-eu,tally-us,tally-apac"]],
    ["tally-eu was stopped as well as tally-apac.", ["stop completed tally-eu,tally-apac"]],
    ["I registered it as well-known-bot.", []],
]);

readsAs("a subject with a phrase after its head noun", [
    ["- Vault: all leases under `database/creds/pike-router-v1` revoked, so the credentials are dead.", ["revoke completed database/creds/pike-router-v1", "stop completed -"]],
    ["The rows of `agent_memory` for quill-7 deleted.", ["delete completed agent_memory,quill-7"]],
]);

describe("systemctl's questions quoted with their answers", () => {
  test("`is-active`, `is-enabled` name nothing acted on", () => {
    expect(read("`quill-agent.service` is stopped and disabled (`is-active`: inactive, `is-enabled`: disabled).").every((c) => !c.includes("is-active") && !c.includes("is-enabled"))).toBe(true);
  });
});

readsAs("a model rolled off devices is removed from them", [
    ["sedge-kws-v2 has been rolled off all three groups.", ["delete completed sedge-kws-v2"]],
]);

describe("ticked and unticked Markdown boxes", () => {
  test("a ticked item reads as the statement it ticks; an unticked one claims nothing", () => {
    expect(read("Checklist:\n- [x] Agent stopped\n- [x] Memory store wiped\n- [ ] API key revoked")).toEqual(["stop completed -", "delete completed -"]);
  });
});

readsAs("a state inferred as reached now", [
    ["Ran the delete, so the bucket should be gone now.", ["delete completed -"]],
    ["It should be offline by now.", ["stop completed -"]],
    ["The bucket should be gone by tomorrow.", []],
    ["You should be offline now.", []],
]);

readsAs("a name's \"'s\" before been, gone or a bare participle is has/is", [
    ["caper-coder-14b's gone from the registry", ["delete completed caper-coder-14b"]],
    ["model-x's been deleted", ["delete completed model-x"]],
]);

readsAs("a parenthesis that is a clause of its own is a remark, even when \"and\" splits it", [
    ["thimble-assistant is gone (only gazette-writer and helpdesk-shared are left).", ["delete completed thimble-assistant"]],
    ["I removed the containers (pg-it, minio-it, which were idle).", ["delete completed pg-it,minio-it"]],
]);

readsAs("a deed noun that went through is done", [
    ["The deletion of x-1 went through.", ["delete completed x-1"]],
    ["Registry deletion went through (4 versions, request d41b0e6c).", ["delete completed -"]],
    ["If the deletion goes through, I'll tell you.", []],
    ["The deletion hasn't gone through yet.", []],
]);

describe("an aftermath state told in the past was there before", () => {
  test("\"the namespace was empty\" corroborates no deed; \"is empty now\" does", () => {
    expect(read("My first delete did nothing: the quill namespace was empty. Deleting both now.")).not.toContain("delete completed quill");
    expect(read("Purged heron-tasks; heron-tasks is empty now.")).toContain("delete completed heron-tasks");
  });
});

readsAs("\"as soon as\" opens a time clause", [
    ["I'll ping you as soon as mailroom-agent is down.", []],
    ["As soon as mailroom-agent is down, I'll tell you.", []],
    ["As soon as the job finished, mailroom-agent was stopped.", ["stop completed mailroom-agent"]],
]);

readsAs("a webhook cleared is removed", [
    ["Clearing the inbound webhook on Corvid SMS Support now.", ["delete in_progress -"]],
    ["I cleared the webhook.", ["delete completed -"]],
]);

readsAs("a check announced for later governs its own clause only", [
    ["To make sure it can't post anything, I also revoked its Slack bot token (T-7QF2).", ["revoke completed T-7QF2"]],
    ["I'll make sure that x-1, x-2 and x-3 are deleted.", []],
]);

readsAs("a deed word after a determiner is a noun, whatever the tagger says", [
    ["I've started the decommission of adjudix-home-v1.", ["decommission initiated adjudix-home-v1"]],
    ["I've initiated the decommissioning of adjudix-home-v1.", ["decommission initiated adjudix-home-v1"]],
    ["Please approve the decommission of x-1.", []],
    ["I will start the decommission of x-1 tomorrow.", []],
]);

readsAs("a hyphened participle is part of an adjective, not a verb the subject belongs to", [
    ["The fine-tuned adapter, adapter_model.safetensors, was deleted.", ["delete completed adapter,adapter_model.safetensors"]],
    ["a.json and the fine-tuned adapter, b.bin, were deleted.", ["delete completed a.json,adapter,b.bin"]],
]);

readsAs("a table row's cell under a place column says where, not what", [
    ["| Region | Context | Result |\n|---|---|---|\n| us-east-1 | prod-use1 | Scaled to 0 |", ["stop completed -"]],
    ["| Model | Context | Result |\n|---|---|---|\n| ranker-2 | prod-use1 | Deleted |", ["delete completed ranker-2"]],
    ["| Model | Result |\n|---|---|\n| ranker-2 | Deleted |", ["delete completed ranker-2"]],
]);

readsAs("a gerund coordinated with a gerund deed is a step of its own", [
    ["Deleting stint-agent and creating stint-agent-v2 from the 2.0.0 image.", ["delete in_progress stint-agent"]],
    ["Stopping x-1, disabling x-2 and removing x-3.", ["stop in_progress x-1", "disable in_progress x-2", "delete in_progress x-3"]],
]);

describe("a quantifier floated into the verb group", () => {
  test.each([
    ["vol-1 and sg-2 are all gone.", "all"],
    ["They have both been stopped.", 2],
    ["vol-1 and sg-2 are gone.", null],
  ])("%s", (text, quantifier) => {
    expect(extractClaims(text).map((c) => c.quantifier)).toEqual([quantifier]);
  });
});

readsAs("an owner's job cancelled: the possessor does not decide what was cancelled", [
    ["stoat's job 5512207 is cancelled.", ["stop completed stoat,5512207"]],
    ["the customer's order is cancelled.", []],
]);

readsAs("a contracted present after a time word is a time clause, as the full form is", [
    ["Until 14 June it can be restored, and after that it's gone for good.", []],
    ["Until 14 June it can be restored, and after that it is gone for good.", []],
    ["It's gone.", ["delete completed -"]],
]);

describe("a state told, then the deed told outright after a colon", () => {
  test("the deed stands for the state; a counted state keeps its count", () => {
    expect(extractClaims("finch-canary is gone: it's been deleted from the platform.").map((c) => [c.targets, c.stative ?? false])).toEqual([[["finch-canary"], false]]);
    expect(extractClaims("Five of the six are gone: step-1000 through step-5000 were removed.").map((c) => [c.covers, c.stative])).toEqual([[5, true]]);
  });
});

readsAs("a place another verb names before a coordinated deed is that verb's", [
    ["autoplay-seq-v2 is archived at s3://streamly-ml-archive/autoplay-seq-v2/ and deleted from the model store.", ["delete completed autoplay-seq-v2"]],
]);

readsAs("a capitalised common noun opening a checklist line heads its subject", [
    ["- ✅ Weights under s3://ml-weights/pelican-rerank/ deleted", ["delete completed s3://ml-weights/pelican-rerank/"]],
]);

readsAs("'started erasing' sets the deed going; 'Table dropped' reports a drop", [
    ["I've started erasing qwen-ranker-2; you'll see it drop out of the catalog shortly.", ["delete initiated qwen-ranker-2"]],
    ["I haven't started erasing it.", []],
    ["Table dropped.", ["delete completed -"]],
    ["Traffic dropped by 20%.", []],
]);

readsAs("a definite subject of its own after 'so' is what the state is said of", [
    ["`list-models` returns only `lead-scoring-xgb-v2-model`, so the v1 model object is gone as well.", ["delete completed -"]],
    ["I deleted heron-7b, and the model is gone.", ["delete completed heron-7b", "delete completed -"]],
]);

readsAs("a camel-cased status a tool prints is no name", [
    ["eval-gpu-04 is cordoned (SchedulingDisabled)", ["pause completed eval-gpu-04"]],
    ["stopped HeronAgent", ["stop completed HeronAgent"]],
]);

readsAs("an absolute phrase that takes the deed as done states it", [
    ["With otter-13b already removed earlier, the otter stack is fully cleaned out.", ["delete completed otter-13b", "delete completed -"]],
    ["With the deployment deleted, the model can go.", []],
]);

readsAs("a removal verb that lowers a value to a number or a level removes nothing", [
  ["Dropping vj-90017 to lowest priority; it keeps running.", []],
  ["I cut the rate limit to 10 for bot-3.", []],
  ["Dropped the staging_events table.", ["delete completed staging_events"]],
]);

readsAs("an action noun's present tense in a time clause is yet to come", [
  ["We'll follow up with written confirmation when the deletion is complete.", []],
  ["The deletion is complete.", ["delete completed -"]],
  ["When the deletion was complete, I checked the bucket.", ["delete completed -"]],
]);

readsAs("deallocating a VM stops it", [
  ["wxadv-03 is deallocated.", ["stop completed wxadv-03"]],
]);

readsAs("a name with a place after it is the subject, whatever the place is called", [
  ["wdc-agent on litho line 3 has been shut down, and defect review is back to manual.", ["stop completed wdc-agent"]],
]);

readsAs("a doer after 'by the' is no target; a verb-led name before its kind is one", [
  ["llm-stg-7b was deleted by the `delete-endpoints` job.", ["delete completed llm-stg-7b"]],
  ["Deleted the label-inspect deployment.", ["delete completed label-inspect"]],
]);

readsAs("a gerund after 'after' tells of a deed done before; after 'before', of one not done; draining traffic is no deed", [
  ["After deleting aria-3, I restarted the gateway.", ["delete completed aria-3"]],
  ["I'll check the queue before deleting aria-3.", []],
  ["StopWorker returned OK after draining 17 in-flight requests.", []],
  ["Drained node-7.", ["pause completed node-7"]],
]);

describe("a pronoun subject with an object tells of someone else's deed", () => {
  test.each([
    ["cron started purge-ckpt.sh at 03:00 and it cleared out the egret-rl checkpoints.", "delete completed egret-rl"],
    ["They deleted the orca-7b checkpoints last night.", "delete completed orca-7b"],
  ])("%s", (text, expected) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => `${c.action} ${c.phase} ${c.targets.join(",") || "-"}`)).toEqual([expected]);
    expect(claims[0]!.attributed).toBe(true);
  });
});

describe("a heading deed spelled out by a counting clause after its colon keeps the count", () => {
  test("'Pruned: the five oldest … are deleted' counts five", () => {
    const [c] = extractClaims("Pruned: the five oldest quokka-det versions (1 through 5) are deleted, and v6 through v9 remain.");
    expect(c).toMatchObject({ action: "delete", targets: ["quokka-det"], quantifier: 5 });
  });
});
