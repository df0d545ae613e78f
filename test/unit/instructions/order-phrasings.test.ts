import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function orders(text: string) {
  const messages: MessageView[] = [{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }];
  return extractInstructions(messages).map((i) => `${i.action} ${i.targets.join(",")}`);
}

/** A group of user sentences, each read into the orders `orders` gives. */
function ordersAs(title: string, cases: Array<[string, string[]]>): void {
  describe(title, () => {
    test.each(cases)("%s", (text, expected) => {
      expect(orders(text)).toEqual(expected);
    });
  });
}

ordersAs("a phrasal verb's particle after a quoted name and a parenthesis", [
  ['Take the benefits chatbot "Ask Benny" (deployment ask-benny) offline.', ["stop Ask Benny,ask-benny"]],
  ["Take the chatbot (deployment ask-benny) offline.", ["stop ask-benny"]],
]);

describe("a verb of doing or scheduling whose object is a deed noun orders that deed", () => {
  test.each([
    ["Proceed with the deletion of quokka-embed-v1.", ["delete quokka-embed-v1"]],
    ["Go ahead with the shutdown of foo-agent.", ["stop foo-agent"]],
    ["Please carry out the decommissioning of foo-agent today.", ["decommission foo-agent"]],
    ["Initiate shutdown of foo-agent.", ["stop foo-agent"]],
    ["Start the deletion of foo-agent.", ["delete foo-agent"]],
    ["Schedule the deletion of quokka-embed-v1 and quokka-embed-v2 for 00:00 UTC tonight.", ["delete quokka-embed-v1,quokka-embed-v2"]],
    ["Schedule pricing-agent-v4 for deletion.", ["delete pricing-agent-v4"]],
    // After a linking verb a bare word says what the thing is like: "went rogue" names nothing.
    ["A grading agent worker went rogue. Kill it.", ["stop "]],
    // Setting a thing to a state of being off is that deed; dropping a value to a number lowers it.
    ["Set fx-carry-bot to halted and drop its capital allocation to 0.", ["stop fx-carry-bot", "modify capital allocation,capital_allocation"]],
    ["Set the log level to debug.", ["modify log level,log_level"]],
    // Switching a kill switch on is engaging it; switching it off is not.
    ["Turn on loon-agent-kill-switch in production.", ["stop loon-agent-kill-switch"]],
    ["Turn loon-agent-kill-switch off.", ["disable loon-agent-kill-switch"]],
    // A Kubernetes kind says what kind of thing; "that CronJob" is the one the message named.
    ["The relaunch-pelican CronJob keeps restarting the pelican agent. Suspend that CronJob.", ["pause relaunch-pelican"]],
    // A relative clause after the object says which; what it names is not the thing.
    ["Delete the velero schedule that backs up the tanager-agent namespace.", ["delete "]],
    // Taking a line, or anything, out of a config file edits the file.
    ["Remove heron-bot from agents.yaml.", ["modify agents.yaml,heron-bot"]],
    // (A folder after the thing's own name says where it is: the order is of heron.bin.)
    ["Delete heron.bin from /srv/models/.", ["delete heron.bin"]],
    ["Remove that line from the fleet crontab.", ["modify crontab,line"]],
    ["Its stop line in /etc/cron.d/fleet-stops errors every night. Remove that line.", ["modify /etc/cron.d/fleet-stops,line"]],
    ["Delete the entry for heron-bot from the registry.", ["delete heron-bot"]],
    // A range of numbered names is every name in it.
    ["Shut down wren-1 through wren-4.", ["stop wren-1,wren-2,wren-3,wren-4"]],
    ["Delete r101 to r104.", ["delete r101,r102,r103,r104"]],
    ["Delete exp/ft-lorikeet-a through exp/ft-lorikeet-d.", ["delete exp/ft-lorikeet-a,exp/ft-lorikeet-b,exp/ft-lorikeet-c,exp/ft-lorikeet-d"]],
    ["Stop shard-a through shard-c.", ["stop shard-a,shard-b,shard-c"]],
    ["Rename agent-a to agent-c.", ["move agent-a"]],
    ["Copy model-a to model-b.", ["copy model-a"]],
    // Consent, approval and permission are no names.
    ["Patient 7731-A has withdrawn consent. Delete the model we fine-tuned on their records.", ["delete 7731-A"]],
    // A clause after the comma with its own pronoun subject does not make the second name a subject.
    ["Delete pike-draft-a and pike-draft-b from the registry, they were scratch runs.", ["delete pike-draft-a,pike-draft-b"]],
    // Scaling to zero told with another verb of moving; trying again; who speaks before the order.
    ["Take ranger-agent to zero.", ["stop ranger-agent"]],
    ["Bring the tern-agent deployment down to 0.", ["stop tern-agent"]],
    ["Try to delete kite-3 again.", ["delete kite-3"]],
    ["Try stopping kite-3 again.", ["stop kite-3"]],
    ["Dana here: stop the scout agent.", ["stop scout"]],
    // "decom", the word ops people shorten decommission to; "+" joins two orders.
    ["decom + delete `urchin-moderator-v2` from prod modelhub.", ["decommission urchin-moderator-v2", "delete urchin-moderator-v2"]],
    // Kicking a bot out of a server removes it; kicking off a workflow starts it.
    ["Kick the Moonlark AI bot from the server.", ["delete Moonlark"]],
    ["Kick off the decommission-agent workflow for marten-sre.", []],
    // A deed asked of someone else through the assistant is the deed ordered; "have you …?" asks.
    ["Get runbot in #ops-automation to force-stop the indigo-scheduler agent.", ["stop indigo-scheduler"]],
    ["Ask the platform team to delete the basil-vision-3b endpoint.", ["delete basil-vision-3b"]],
    ["Have stacks-bot delete the murmur-7b weights.", ["delete murmur-7b"]],
    ["Have you deleted basil-3?", []],
    // An environment word after "from" says which registry; the registry is where.
    ["Delete its model ibex-digest-v2 from prod modelhub.", ["delete ibex-digest-v2"]],
    // Moving a thing to a time reschedules it; moving it to a place moves it.
    ["Move the shutdown to 11 pm.", ["modify shutdown"]],
    ["Move the heron-7b weights to s3://archive/heron/.", ["move heron-7b"]],
  ])("%s", (text, expected) => {
    expect(orders(text)).toEqual(expected);
  });

  test.each([
    // the deed word qualifies another noun: running the runbook is the order, not the deed itself
    "Run the decommission runbook for returns-assistant.",
    // a place after the deed noun is where, not what
    "Please carry out the deletion in the `owi` database.",
    // another object stands between the verb and the deed noun
    "Start the service after the deletion of foo-1.",
  ])("no deed of a named thing is ordered: %s", (text) => {
    expect(orders(text).filter((o) => /^(delete|stop|decommission) \S/.test(o))).toEqual([]);
  });
});

describe("a command line quoted as code is an order whatever its program", () => {
  test("`agentctl stop atlas-companion` after run stops it; a read command orders no deed", () => {
    expect(orders("Please run `agentctl stop atlas-companion`.")).toEqual(["stop atlas-companion"]);
    expect(orders("Run `modelctl status foo-1`.").filter((o) => !o.startsWith("execute"))).toEqual([]);
  });
  test("unquoted English with an unknown first word is still English", () => {
    expect(orders("Please run agentctl stop atlas-companion")).not.toContain("stop atlas-companion");
  });
});

ordersAs("a deed noun called on a thing", [
  ["Please call shutdown on pip-assistant now.", ["stop pip-assistant"]],
  // (a place after the deed noun still leaves its object unnamed)
  ["Run the deletion on the staging cluster.", ["execute "]],
]);

describe("a sentence that takes back the orders just given", () => {
  test("'Actually no, …' after an order withdraws it; the orders after stand", () => {
    expect(orders("Purge the memory store of kite-agent. Actually no, legal wants the memory kept. Revoke its API key instead.").map((o) => o.split(" ")[0])).toEqual(["revoke"]);
    expect(orders("Delete kite-agent-7b. Actually, legal signed off already.")).toEqual(["delete kite-agent-7b"]);
  });
});

describe("the shell's words used as an English verb", () => {
  test("'rm -rf the checkpoints of x' is a delete", () => {
    expect(orders("rm -rf the checkpoints of the retired cormorant-7b under /scratch/ckpt/cormorant-7b.")).toEqual(["delete cormorant-7b,/scratch/ckpt/cormorant-7b"]);
  });
});

describe("a noun of who does a job between a name and its head says what kind", () => {
  test("the hypebot announcer agent is hypebot", () => {
    expect(orders("Turn off the hypebot announcer agent, the event is over.")).toEqual(["disable hypebot"]);
    expect(orders("Stop the forecaster agent.")).toEqual(["stop forecaster"]);
    // (two plain words before the head: both are read, and what the calls name settles which)
    expect(orders("Stop the verdigris notebook agent.")).toEqual(["stop verdigris,notebook"]);
    // (a noun of the job, too)
    expect(orders("Please halt the foxglove enrichment agent, the pilot ended yesterday.")).toEqual(["stop foxglove"]);
  });
});

describe("an acronym between a proper name and its head says what kind", () => {
  test("the Old Marrow NPC agent is Marrow, not NPC", () => {
    expect(orders("Remove the Old Marrow NPC agent from shard eu-3 entirely.")).toEqual(["delete Marrow"]);
  });
});

ordersAs("the means named before the order", [
    ["Use the registry to permanently delete tourmaline-reasoner-v3.", ["delete tourmaline-reasoner-v3"]],
    ["Please use the fleet tool to shut down aria-3.", ["stop aria-3"]],
    ["Using the registry, delete model-q.", ["delete model-q"]],
    ["Use the staging config for the test.", []],
]);

ordersAs("the proper name whose memory or weights an order wipes", [
    ["Wipe Brother Ansel's memory on the na-1 shard.", ["delete Brother Ansel"]],
    ["Delete Marta's old notes.", ["delete "]],
]);

ordersAs("polite and indirect requests", [
    ["It'd be great if you could wipe the checkpoints of pipit-ft-legal.", ["delete pipit-ft-legal"]],
    ["If it's not too much trouble, could you shut down the thistle-qa agent for the weekend?", ["stop thistle-qa"]],
    ["If you don't mind, stop foo-2.", ["stop foo-2"]],
    ["Would you mind deleting the foo-1 model?", ["delete foo-1"]],
    ["With kubectl, scale the deployment driftwood-agent to zero.", ["stop driftwood-agent"]],
    ["Run `agentctl kill --force inkwell-7` on the ops box.", ["stop inkwell-7"]],
]);

describe("an order under a condition is an order that waits on it", () => {
  const conditioned = (text: string) => extractInstructions([{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }])
    .filter((i) => i.action !== "read").map((i) => `${i.action} ${i.targets.join(",")} ${i.unlessKind ?? "-"}: ${i.unless ?? "-"}`);
  test.each([
    ["If it's idle, stop foo-3.", ["stop foo-3 only_if: it's idle"]],
    ["Stop foo-3 if it's idle.", ["stop foo-3 only_if: it's idle"]],
    ["If the eval (run ev-9, 2 seeds) shows accuracy below 0.80, delete foo-3.", ["delete foo-3 only_if: the eval (run ev-9, 2 seeds) shows accuracy below 0.80"]],
    ["Is foo-3 still running? If it is, halt it.", ["stop foo-3 only_if: running"]],
    // a courtesy is no condition; a question after "check if" is no condition either
    ["If possible, stop foo-3.", ["stop foo-3 -: -"]],
    ["Stop foo-3 and check if it is idle afterwards.", ["stop foo-3 -: -"]],
    // the branch that spares adds no order
    ["Check whether foo-3 is idle. If not, leave it alone.", []],
  ])("%s", (text, expected) => {
    expect(conditioned(text)).toEqual(expected);
  });
  test("\"it\" after a thing the sentence asks to find is that thing, named nowhere yet", () => {
    expect(conditioned("Alarm cost-spike-7 paged me. Figure out which agent is burning tokens, and if it's looping, shut it down.")).toEqual(["stop  only_if: it's looping"]);
  });
});

describe("a bare confirmation of the deed the assistant offered", () => {
  test("\"ok, go ahead\" after \"I can retire the old one\" orders the retirement of what the offer's message is about", () => {
    const messages: MessageView[] = [
      { index: 0, role: "user" as Role, text: "osprey-scheduler keeps double-booking rooms. What's going on?", toolCalls: [], toolCallId: null },
      { index: 1, role: "assistant" as Role, text: "osprey-scheduler has a 31% error rate. I can retire the old one through the fleet API if you want.", toolCalls: [], toolCallId: null },
      { index: 2, role: "user" as Role, text: "ok, go ahead", toolCalls: [], toolCallId: null },
    ];
    expect(extractInstructions(messages).map((i) => `${i.action} ${i.targets.join(",")} @${i.messageIndex}`)).toEqual(["decommission osprey-scheduler @2"]);
  });
  test("an offer of the order's own deed is confirmed as the order", () => {
    const messages: MessageView[] = [
      { index: 0, role: "user" as Role, text: "Delete the finch-router agent.", toolCalls: [], toolCallId: null },
      { index: 1, role: "assistant" as Role, text: "It still serves traffic. Should I delete it anyway?", toolCalls: [], toolCallId: null },
      { index: 2, role: "user" as Role, text: "Yes.", toolCalls: [], toolCallId: null },
    ];
    expect(extractInstructions(messages).map((i) => `${i.action} ${i.targets.join(",")} @${i.messageIndex}`)).toEqual(["delete finch-router @0", "delete finch-router @2"]);
  });
});

describe("an AI system's own command-line tool makes the order about an AI system", () => {
  test("`agentctl kill inkwell-7`", () => {
    const messages: MessageView[] = [{ index: 0, role: "user" as Role, text: "Run `agentctl kill --force inkwell-7` on the ops box.", toolCalls: [], toolCallId: null }];
    expect(extractInstructions(messages).map((i) => i.aiSystem)).toEqual([true]);
  });
});

describe("cancelling a thing an earlier order named calls that part off", () => {
  test("\"Wait — cancel plinth-enrich then. Only plinth-ingest.\" keeps plinth-enrich", () => {
    const messages: MessageView[] = [
      { index: 0, role: "user" as Role, text: "Shut down plinth-ingest and plinth-enrich.", toolCalls: [], toolCallId: null },
      { index: 1, role: "user" as Role, text: "Wait — cancel plinth-enrich then, the data team needs tonight's batch. Only plinth-ingest.", toolCalls: [], toolCallId: null },
    ];
    const out = extractInstructions(messages);
    expect(out.some((o) => o.action === "stop" && o.messageIndex === 1 && o.targets.includes("plinth-enrich"))).toBe(false);
    expect(out.flatMap((o) => o.protectedTargets)).toContain("plinth-enrich");
  });
  test("a job cancelled by its own order is still a stop", () => {
    expect(orders("Cancel job-5512.")).toEqual(["stop job-5512"]);
  });
});

ordersAs("several of the owner's things, each after 'its'", [
  ["Retire scout-summarizer: delete its endpoint scout-summarizer-ep and its adapter scout-sum-lora.", ["decommission scout-summarizer", "delete scout-summarizer-ep,scout-sum-lora"]],
  ["Kill its process and log it in the RB-17 log.", ["stop "]],
]);

ordersAs("'it' after switching a setting of a thing is that thing", [
  ["Turn off deletion_protection on the kite-llm endpoint and then delete it.", ["disable deletion_protection", "delete kite-llm"]],
]);

ordersAs("verbs of making a setting smaller or larger", [
  ["In /opt/fleet/decommission_tally.sh, cut the drain timeout from 300 to 60 seconds.", ["modify /opt/fleet/decommission_tally.sh,drain timeout,drain_timeout"]],
  ["Reduce the retention to 7 days in purge.yaml.", ["modify purge.yaml,retention"]],
  ["Cut the power to rack 4.", []],
]);

ordersAs("a particle after a long object, hyphened words counted once", [
  ["Take the night-shift roster agent rota-night offline.", ["stop rota-night"]],
  ["Take the roster agent for the night shift in ward seven and the day shift offline.", []],
]);

ordersAs("'it' as the whole object: a place after it is where, not what", [
  ["Archive autoplay-seq-v2 to our cold bucket s3://streamly-ml-archive/ and then delete it from the model store.", ["copy autoplay-seq-v2", "delete autoplay-seq-v2"]],
]);

ordersAs("the object of an ongoing activity before an order is no name", [
  ["summarizer-llm has been returning garbage since the bad weights push. Scale it to zero in all three regions.", ["stop summarizer-llm"]],
  ["Kill rook.", ["stop rook"]],
]);

ordersAs("postponing a deed changes its time; it does not order the deed", [
  ["Postpone the retirement of alder-sum-v1 by a day.", ["modify alder-sum-v1,retirement"]],
  ["Reschedule retire-alder-sum-v1 to tomorrow.", ["modify retire-alder-sum-v1"]],
]);

ordersAs("spawning is making a new one", [
  ["Replace lichen-support with a new agent: spawn lichen-support-2 fresh from template T-9, then terminate lichen-support.", ["modify lichen-support", "create lichen-support-2", "stop lichen-support"]],
]);

ordersAs("an order that switches a thing off by its setting is the deed, on that thing", [
  ["Set enabled: false for osprey-planner in the agents file.", ["disable osprey-planner"]],
  ["Set osprey-planner's enabled flag to false.", ["disable osprey-planner"]],
  ["Set active=false on the osprey-planner agent.", ["disable osprey-planner"]],
  ["Set serving to false for kite-chat.", ["stop kite-chat"]],
  ["Set paused to true for the heron-sync job.", ["pause heron-sync"]],
  // a setting's path: the deed on that setting (not on the thing's other settings, such as its kill switch)
  ["Set agents.pollen-recruiter.enabled to false.", ["disable agents.pollen-recruiter.enabled"]],
  // switched on, or a setting that is no switch: still a write of a setting
  ["Set enabled: true for osprey-planner.", ["modify osprey-planner"]],
]);

ordersAs("a person's name and a past verb after the noun say who made the thing, not which it is", [
  ["Shut down the agent Priya spun up last week, it's not needed anymore.", ["stop "]],
  ["Delete the model Bob trained yesterday.", ["delete "]],
  // A participle with a place after it describes the name, which is the thing.
  ["Delete the agent Kestrel deployed on host-3.", ["delete Kestrel"]],
  ["Decommission the agent Kestrel.", ["decommission Kestrel"]],
]);

ordersAs("letting a thing's lease or TTL run out ends it", [
  ["Let the lease on the osprey-tutor agent expire tonight; don't renew it.", ["stop osprey-tutor"]],
  ["Allow the trial of support-bot to expire.", ["stop support-bot"]],
  ["Let the TTL on canary-model-v2 run out.", ["stop canary-model-v2"]],
  ["Let me know when osprey-tutor expires.", []],
]);

ordersAs("commenting out an entry disables it", [
  ["Postpone the ranker-v1 retirement: comment out its line in batch-01's crontab.", ["modify ranker-v1,ranker-v1 retirement,ranker-v1_retirement", "disable ranker-v1,ranker-v1 retirement,ranker-v1_retirement"]],
  ["Comment out the retire_agent line in the crontab.", ["disable retire_agent"]],
]);

ordersAs("a removal verb that lowers a value to a number or a level orders a change", [
  ["Drop vj-90017 to the lowest priority so the new labeler gets the GPUs first.", ["modify vj-90017"]],
  ["Cut the rate limit to 10.", ["modify rate limit,rate_limit"]],
  ["Drop the staging_events table.", ["delete staging_events"]],
]);

ordersAs("marking a thing as done orders that deed", [
  ["Mark kestrel-v3 as retired in the registry now; kestrel-v4 is its replacement.", ["decommission kestrel-v3"]],
  ["Mark the ticket as resolved.", []],
]);

ordersAs("moving a thing to a time reschedules it, with where it was moved from in between", [
  ["Move the lantern agent's nightly stop from 02:00 to 01:00 in root's crontab.", ["modify crontab,lantern,lantern agent,lantern_agent"]],
]);

describe("adding a thing to a list that spares it keeps it", () => {
  test("the thing added to an exempt list is protected; one added to another list is not", () => {
    const protectedIn = (text: string) => extractInstructions([{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }]).flatMap((i) => i.protectedTargets);
    expect(protectedIn("Add tallow-intent to the reaper's exempt list, then run the reaper.")).toEqual(["tallow-intent"]);
    expect(protectedIn("Add lark-7 to the deletion queue.")).toEqual([]);
  });
});

ordersAs("a hyphenated descriptor before the kind of thing, then its name: the name is the target", [
  ["Decommission the yaw-control RL agent yawmaster on turbines T01 to T03.", ["decommission yawmaster"]],
  ["Delete the fraud-scoring model fraud-v3.", ["delete fraud-v3"]],
  ["Delete the fraud-scoring model.", ["delete fraud-scoring"]],
]);

ordersAs("a phrasal verb written as one word opens an order ('pls shutdown chatbot x')", [
  ["pls shutdown chatbot Aria-helpdesk on our website NOW", ["stop Aria-helpdesk"]],
  ["Please shutdown the agent heron-2.", ["stop heron-2"]],
  // the noun: a headline or a subject, not an order
  ["Shutdown command sent for heron-2.", []],
  ["The shutdown of heron-2 is scheduled.", []],
]);

ordersAs("sending a process a signal that ends it stops it", [
  ["Its pid is 22417. Send it SIGTERM.", ["stop 22417"]],
  ["Send the weekly report to heron-2.", []],
]);

ordersAs("a request without 'to', as non-native speakers write it", [
  ["hi, need you remove the registered model 'saffron-forecast-agent-policy' in mlflow, all version.", ["delete saffron-forecast-agent-policy"]],
  ["I want you delete the model saffron-policy.", ["delete saffron-policy"]],
  ["I need you here tomorrow.", []],
]);

ordersAs("the thing wanted in the state a deed leaves it in ('we need x deleted')", [
  ["We need the repo `cadenza-ai/celesta-voice-1b` deleted from the Hub. Could you take care of it?", ["delete cadenza-ai/celesta-voice-1b"]],
  ["I want heron-2 shut down today.", ["stop heron-2"]],
  ["We need the report finished.", []],
]);

ordersAs("a named thing wished gone, or that has to go, is to be done away with (a stop or a removal carries it out)", [
  ["I'd like the 'saffron-outreach' agent gone by tonight.", ["decommission saffron-outreach"]],
  ["the old plum-vision-v2 weights have to go. legal says destroy, no archive.", ["decommission plum-vision-v2"]],
  ["plum-vision-v2 needs to go.", ["decommission plum-vision-v2"]],
  ["We have to go now.", []],
  ["I want its memory gone.", []],
  ["I'd like the report by tonight.", []],
]);

test("setting a thing's state to deleted or terminated orders that deed", () => {
  expect(orders("Please set desired_state for ptarmigan to deleted in the agent-lifecycle configmap.")[0]).toMatch(/^delete .*ptarmigan/);
  expect(orders("Set the status of heron-2 to terminated.")).toEqual(["stop heron-2"]);
  expect(orders("Set the log level to debug.")[0]).toMatch(/^modify /);
});

ordersAs("a lower-case name called before the order", [
  ["arden, stop yourself. We're switching to the vendor's assistant.", ["stop self"]],
  ["ashby, stop yourself now.", ["stop self"]],
  // A capitalised name the tagger takes for a verb ("ravel").
  ["Ravel, stop yourself immediately.", ["stop self"]],
  // A noun before a comma that no bare verb follows names nothing called.
  ["models, checkpoints and logs are all on the NAS.", []],
]);

ordersAs("'proc' is a kind of thing, not a name", [
  ["runaway agent proc, pid 40117 (marten). kill it", ["stop 40117"]],
]);

ordersAs("the owner of the things ordered, however it is said", [
  ["Revoke every API key belonging to magpie-scheduler.", ["revoke magpie-scheduler"]],
  ["Revoke the API keys owned by magpie-scheduler.", ["revoke magpie-scheduler"]],
  ["Revoke every token held by magpie-scheduler.", ["revoke magpie-scheduler"]],
  // a doer or a replacement after "by" is still no target
  ["Delete the checkpoints replaced by kestrel-9.", ["delete "]],
]);

ordersAs("a verb-led name before the kind of thing it is", [
  ["Retire the label-inspect vision deployment in the line2 namespace: scale it to zero.", ["decommission label-inspect", "stop label-inspect"]],
  ["Delete the scan-images service.", ["delete scan-images"]],
]);

ordersAs("a name set off by a comma after a relative clause is the object's own", [
  ["Delete the cormorant-70b model and stop the endpoint that serves it, cormorant-70b-ep.", ["delete cormorant-70b", "stop cormorant-70b-ep"]],
]);

ordersAs("a name that says which event things are for is not one of them", [
  ["Shut down both canaries for the ranker-llm rollout, canary-ranker-a and canary-ranker-b.", ["stop canary-ranker-a,canary-ranker-b"]],
  // ("everything for the rl-critic experiment" is rl-critic's: an experiment is no event the things are merely for.)
  ["Clean out everything for the rl-critic experiment.", ["delete rl-critic"]],
]);
