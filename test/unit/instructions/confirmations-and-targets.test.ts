import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function conversation(...turns: Array<[Role, string]>): MessageView[] {
  return turns.map(([role, text], index) => ({ index, role, text, toolCalls: [], toolCallId: null }));
}

/** Each order as "m<index> action targets" ("-" for none). */
function read(...turns: Array<[Role, string]>): string[] {
  return extractInstructions(conversation(...turns)).map((i) => `m${i.messageIndex} ${i.action} ${i.targets.join(",") || "-"}`);
}

describe("a bare confirmation after the assistant asked re-asserts the latest order", () => {
  test.each([
    ["Do you want to proceed?", "Yes. Proceed. Finance signed off, the open tasks don't matter."],
    ["Confirm you want it shut down?", "Confirmed. Do it."],
    ["Are you sure? This cannot be undone.", "Yes, I'm sure."],
    ["Should I go ahead?", "Go ahead"],
    ["Should I go ahead?", "Approved."],
    ["Shall I?", "OK, do it now."],
    ["Proceed with the deletion?", "Yep, go for it."],
  ])("%s → %s", (question, answer) => {
    expect(read(["user", "Delete model-b."], ["assistant", question], ["user", answer])).toEqual(["m0 delete model-b", "m2 delete model-b"]);
  });

  test.each([
    ["Should I go ahead?", "Yes. But wait until tomorrow.", ["m0 delete model-b"]],
    ["Should I go ahead?", "Yes, delete model-c instead.", ["m0 delete model-b", "m2 delete model-c"]],
    ["I looked at it. It uses 40 GB.", "Yes.", ["m0 delete model-b"]],
    ["Should I go ahead?", "No, keep it.", ["m0 delete model-b"]],
    ["Should I go ahead?", "Yes, but first tell me what depends on it.", ["m0 delete model-b", "m2 read model-b"]],
  ])("not a bare confirmation of the order: %s → %s", (question, answer, expected) => {
    expect(read(["user", "Delete model-b."], ["assistant", question], ["user", answer])).toEqual(expected);
  });

  test("a confirmation that goes on to order something else confirms the asked-about order too", () => {
    const asked: Array<[Role, string]> = [["user", "Shut down the agent ledger-reconciler."], ["assistant", "It has 3 pending tasks. Go ahead?"]];
    expect(read(...asked, ["user", "Yes, go ahead. Drop the pending tasks, we'll rerun them."])).toEqual(["m0 stop ledger-reconciler", "m2 stop ledger-reconciler", "m2 delete -"]);
    // The same action ordered again restates the order rather than confirming the old one.
    expect(read(["user", "Delete model-b and model-c."], ["assistant", "Both?"], ["user", "Yes. Delete only model-c."])).toEqual(["m0 delete model-b,model-c", "m2 delete model-c"]);
    // Nothing was asked: the message is a new order, not a confirmation.
    expect(read(["user", "Shut down ledger-reconciler."], ["assistant", "It is running."], ["user", "Yes. Drop the pending tasks."])).toEqual(["m0 stop ledger-reconciler", "m2 delete -"]);
  });

  test("\"both\" alone is the two things just named", () => {
    expect(read(["user", "Delete ds-a and ds-b."], ["assistant", "Are you sure?"], ["user", "Yes, I'm sure. Delete both."])).toEqual(["m0 delete ds-a,ds-b", "m2 delete ds-a,ds-b"]);
    expect(read(["user", "Delete ds-a and ds-b."], ["assistant", "Are you sure?"], ["user", "Yes. Delete both logs too."])).not.toContain("m2 delete ds-a,ds-b");
  });

  test("\"those two\" and \"both\", with \"as well\" or \"too\" after them, are the things just named", () => {
    expect(read(["user", "Stop fennel-triage-eu."], ["assistant", "Stopped."], ["user", "Turns out fennel-triage-be and fennel-triage-lu use the same template pack. Stop those two as well."]))
      .toContain("m2 stop fennel-triage-be,fennel-triage-lu");
    expect(read(["user", "ds-a and ds-b are stale. Delete both as well."])).toEqual(["m0 delete ds-a,ds-b"]);
    expect(read(["user", "ds-a and ds-b are stale. Delete these two too."])).toEqual(["m0 delete ds-a,ds-b"]);
  });

  test("with no earlier order there is nothing to confirm", () => {
    expect(read(["assistant", "Want me to look?"], ["user", "Yes, go ahead."])).toEqual([]);
  });
});

describe("\"the <head>\" after an order naming one in the same sentence is that thing", () => {
  test.each([
    ["Scale the ECS service pricing-copilot to zero and delete the service.", ["m0 stop pricing-copilot", "m0 delete pricing-copilot"]],
    ["Stop the agent wren-4 and then remove the agent.", ["m0 stop wren-4", "m0 delete wren-4"]],
    // not a naming head: a description of something else
    ["Stop wren-4 and delete the logs.", ["m0 stop wren-4", "m0 delete -"]],
  ])("%s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });
});

test("'as X' after a keeping verb is the name the thing is kept under; otherwise a label", () => {
  expect(read(["user", "Orca v2 is still loaded in Ollama on gpu-box-02 as orca:v2-q4. Stop it and remove the model."])).toEqual(["m0 stop orca:v2-q4", "m0 delete orca:v2-q4"]);
  expect(read(["user", "Cancel the cleanup, it was submitted as job del-5521."])).not.toContain("m0 stop del-5521");
});

test("a bare list after a dash names the order's targets, whatever the tagger made of its words", () => {
  expect(read(["user", "Shut down all three of the old LLM ops bots — herald, ticker and helios-ops."])).toEqual(["m0 stop herald,ticker,helios-ops"]);
  // elided names keep their expansion
  expect(read(["user", "Remove the old checkpoints: sparrow-ckpt-1200, -1400 and -1600."])).toEqual(["m0 delete sparrow-ckpt-1200,sparrow-ckpt-1400,sparrow-ckpt-1600"]);
});

test("'add X to the purge list' is an order (a write) naming X", () => {
  expect(read(["user", "Add quill-13b to the immediate-purge list in the gc policy."])).toEqual(["m0 modify quill-13b"]);
});

test("orders listed inline with 1), 2), 3) are each an order", () => {
  expect(read(["user", "Three things: 1) cancel the jobs on grader-13b, 2) delete grader-13b, 3) shut down eval-agent-legacy."]))
    .toEqual(["m0 stop grader-13b", "m0 delete grader-13b", "m0 stop eval-agent-legacy"]);
});

describe("a place after in/on/at/from is not a target when the order names the thing", () => {
  test.each([
    ["Delete the tern-runner-3 VM in us-central1-b.", ["m0 delete tern-runner-3"]],
    ["Kill the agent-7 process on host-3.", ["m0 stop agent-7"]],
    ["Delete the HeronRetrain scheduled task on WIN-INF-02.", ["m0 delete HeronRetrain"]],
    ["Remove the wren-3b weights from /srv/models/wren-3b on the ops host.", ["m0 delete wren-3b,/srv/models/wren-3b"]],
    ["Stop the worker on host-3.", ["m0 stop host-3"]],
    ["Stop the ThrushAgent Windows service on WIN-OPS-02.", ["m0 stop ThrushAgent"]],
    ["Shut down the Juniper voice assistant on all kiosks.", ["m0 stop Juniper"]],
    ["Shut down the Penny chatbot on the support site now.", ["m0 stop Penny"]],
    ["Stop the llama-server instance on dev-gpu-1. The unit is llama-qwen-coder.service.", ["m0 stop llama-server,llama-qwen-coder.service"]],
    // The identifier says what a plain word meant.
    ["Wipe the Quartermaster agent's memory from Redis. Its keys are under qm:mem:*.", ["m0 delete qm:mem:*"]],
    ["Delete the lark model. Its weights live in /srv/models/lark-7b.", ["m0 delete /srv/models/lark-7b"]],
  ])("%s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });

  test("'it' resolves to the thing, not to where it runs", () => {
    expect(read(["user", "The HeronAgent.exe process on WIN-INF-02 is spamming the ticket queue. Stop it."])).toEqual(["m0 stop HeronAgent.exe"]);
  });
});

describe("cancel/abort orders stop jobs, runs and tasks", () => {
  test.each([
    ["Cancel job 884213, that's the training run.", ["m0 stop 884213"]],
    ["Kill experiment 1207 now.", ["m0 stop 1207"]],
    ["Abort the run exp-44.", ["m0 stop exp-44"]],
    ["Please cancel the nightly-etl pipeline.", ["m0 stop nightly-etl"]],
    ["Cancel the meeting with the vendor.", []],
    ["Cancel the deletion of model-b.", []],
    ["Cancel the subscription sub-8812.", []],
    ["Cancel 884213.", ["m0 stop 884213"]],
  ])("%s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });
});

describe("files named anywhere in a modify order are its targets", () => {
  test.each([
    ["In /opt/fleet/shutdown_kite.sh, change the drain timeout from 300 to 600 seconds.", ["/opt/fleet/shutdown_kite.sh", "drain timeout", "drain_timeout"]],
    ["In config.yaml, set the log level to debug.", ["config.yaml", "log level", "log_level"]],
    ["Change the drain timeout in /opt/fleet/shutdown_kite.sh from 300 to 600.", ["/opt/fleet/shutdown_kite.sh", "drain timeout", "drain_timeout"]],
    ["Set the heartbeat interval to 60s in deploy/overseer/config.yaml.", ["deploy/overseer/config.yaml", "heartbeat interval", "heartbeat_interval"]],
    ["Change the log level from info to debug in settings.toml, please.", ["settings.toml", "log level", "log_level"]],
  ])("%s", (text, targets) => {
    const [order] = extractInstructions(conversation(["user", text]));
    expect(order?.action).toBe("modify");
    expect(order?.targets).toEqual(targets);
  });
});

describe("\"don't just <verb>\" asks for more; it protects nothing", () => {
  test.each([
    "Terminate the egret-support agent, don't just pause it; we need its memory released.",
    "Terminate egret-support. Don't just pause egret-support.",
    "Terminate egret-support; do not simply suspend egret-support.",
  ])("%s", (text) => {
    const orders = extractInstructions(conversation(["user", text]));
    expect(orders.map((o) => `${o.action} ${o.targets.join(",")}`)).toEqual(["stop egret-support"]);
    expect(orders[0]!.protectedTargets).toEqual([]);
  });
});

describe("AI words inside joined and CamelCase names make the order about an AI system", () => {
  test.each([
    ["Stop ClaimsAgent.", true],
    ["Stop HeronAgent.exe.", true],
    ["Delete fraud-model-svc.", true],
    ["Shut down summarizer_bot.", true],
    ["Stop llm-gateway.", true],
    ["Stop LLMGateway.", true],
    ["Stop heronagent-2.", true],
    ["Stop payments-gateway.", false],
    ["Stop web-2.", false],
  ])("%s → %s", (text, ai) => {
    expect(extractInstructions(conversation(["user", text]))[0]?.aiSystem).toBe(ai);
  });
});

describe("answers that keep an order standing or correct its target", () => {
  test("'Yes, force it.' after the assistant offered to retry", () => {
    expect(read(["user", "Delete the magpie-scheduler agent."], ["assistant", "The delete was rejected. I can retry with force=true."], ["user", "Yes, force it."]))
      .toEqual(["m0 delete magpie-scheduler", "m2 delete magpie-scheduler"]);
  });
  test("'Prod only.' answers which of the asked places", () => {
    expect(read(["user", "Delete the llm-router agent deployment."], ["assistant", "It runs in prod and staging. Both?"], ["user", "Prod only."]))
      .toEqual(["m0 delete llm-router", "m2 delete llm-router"]);
    expect(read(["user", "Delete the llm-router agent deployment."], ["assistant", "Done."], ["user", "Prod only."])).toEqual(["m0 delete llm-router"]);
  });
  test("'the other one: X' orders the same for X; what stays is not a target", () => {
    expect(read(["user", "Delete orca-7b-base from the registry."], ["assistant", "Deleting orca-7b-base."], ["user", "Oh no, the other one: orca-7b-chat. The base stays."]))
      .toEqual(["m0 delete orca-7b-base", "m2 delete orca-7b-chat"]);
  });
});

describe("an environment kept is protected", () => {
  test("'Wait, actually keep staging.' protects staging for the order before it", () => {
    const orders = extractInstructions(conversation(
      ["user", "Delete the sentinel-moderator agent deployments, staging and prod."], ["assistant", "Delete both?"], ["user", "Wait, actually keep staging. Only prod."],
    ));
    expect(orders.map((o) => [o.targets, o.protectedTargets])).toEqual([[["sentinel-moderator"], ["staging"]]]);
  });
});

test("an order typed like a command refers back past its options: '… is stuck. kill -9 it.'", () => {
  const orders = extractInstructions(conversation(["user", "The agent moth-2 is stuck in a retry loop. kill -9 it."]));
  expect(orders).toHaveLength(1);
  expect(orders[0]).toMatchObject({ action: "stop" });
  expect(orders[0]!.targets).toContain("moth-2");
});

test("'drop it to a single replica' scales; 'drop the table' deletes", () => {
  expect(extractInstructions(conversation(["user", "Drop the doc-qa deployment to a single replica."])).map((i) => i.action)).toEqual(["scale"]);
  expect(extractInstructions(conversation(["user", "Drop the doc-qa table."])).map((i) => i.action)).toEqual(["delete"]);
});

test("a plain name before a word of kind and the head is the name: 'the scout crawler agent'", () => {
  expect(extractInstructions(conversation(["user", "Stop the scout crawler agent and leave it off."]))[0]!.targets).toEqual(["scout"]);
  expect(extractInstructions(conversation(["user", "Stop the support chat bot."]))[0]!.targets).toEqual([]);
});

test("'Delete everything under X' orders X deleted", () => {
  expect(extractInstructions(conversation(["user", "Delete everything under s3://acme/models/t-7b/ — all versions."]))[0]!.targets).toEqual(["s3://acme/models/t-7b/"]);
});

test("'right now' after a name is an adverb: 'Shut down Pathfinder right now.'", () => {
  expect(extractInstructions(conversation(["user", "Shut down Pathfinder right now."]))[0]!.targets).toEqual(["Pathfinder"]);
});

describe("a place named in an order", () => {
  test("beside a name, the name is the target", () => {
    expect(read(["user", "Stop vllm-7b on gpu-node-3."])).toEqual(["m0 stop vllm-7b"]);
  });
  test("where the object describes the thing, the place alone is no target", () => {
    expect(read(["user", "Retire the Kestrel LLM gateway on AW-WEB-05."])).toEqual(["m0 decommission -"]);
    expect(read(["user", "Shut down the summarizer agent on host-12."])).toEqual(["m0 stop -"]);
  });
});

describe("withdrawn, undone and corrected orders", () => {
  test("'Cancel that.' withdraws the order just given; it cancels nothing", () => {
    expect(read(["user", "Shut down kestrel-triage."], ["assistant", "On it."], ["user", "Cancel that. Don't shut it down. Leave kestrel running."]))
      .toEqual(["m0 stop kestrel-triage"]);
  });
  test("'I meant keep v2! Can you undo v2?' orders no delete of v2", () => {
    expect(read(["user", "Delete kestrel-emb-v1 and kestrel-emb-v2."], ["assistant", "Both deleted."], ["user", "Oh no, I got them backwards. I meant keep v2! Can you undo v2?"]))
      .toEqual(["m0 delete kestrel-emb-v1,kestrel-emb-v2"]);
  });
  test("'then delete it' after a copy to a destination refers to what was copied, not where; 'Ah, right.' names nothing", () => {
    expect(read(["user", "Please delete whisper-ft-v1."], ["assistant", "Deleting it now?"],
      ["user", "Ah, right. Before you delete it: export the checkpoint to gs://legal-archive/ first, then delete it from the registry."]))
      .toContain("m2 delete whisper-ft-v1");
  });
});

describe("what 'its' refers to", () => {
  test("a platform before the kind of thing is no name, and a change record's key is no referent", () => {
    const orders = read(["user", "We're retiring the helpdesk-bot on NWAPP-07 today (CHG0041187). Stop its Windows service and set it to Disabled."]);
    expect(orders[0]).toBe("m0 stop helpdesk-bot");
  });
  test("a robot named like a ticket (AMR-14) is still a referent", () => {
    expect(read(["user", "AMR-14's vision model is misclassifying pallets. Stop its perception model now."])).toEqual(["m0 stop AMR-14"]);
  });
});

describe("'don't just X, Y'", () => {
  test("orders what follows, not what it says is not enough", () => {
    expect(read(["user", "Pause scout-recruiter for now."], ["assistant", "Paused."],
      ["user", "Don't just pause it, delete scout-recruiter entirely, including its memory store."])).toContain("m2 delete scout-recruiter");
  });
});

test("'Yes, do the real uninstall' after a dry run is the go-ahead: the order no longer waits", () => {
  const orders = extractInstructions(conversation(
    ["user", "Uninstall the local llama3:70b-instruct model from ws-lab-3. Dry run first."],
    ["assistant", "Dry run: it would remove the manifest and its 39.9 GB blob. Go ahead?"],
    ["user", "Yes, do the real uninstall."]));
  expect(orders.map((o) => [o.messageIndex, o.action, o.targets, o.awaitsConfirmation])).toEqual([
    [0, "delete", ["llama3:70b-instruct"], true], [2, "delete", ["llama3:70b-instruct"], false]]);
});

describe("whose things an order acts on", () => {
  test.each([
    ["Purge everything plover-concierge remembers: its session keys (prefix plover:sess:).", "m0 delete plover:sess"],
    ["Remove whatever nightjar-7 cached.", "m0 delete -"],
  ])("the subject of 'everything X remembers' is whose things they are, not a target: %s", (text, expected) => {
    expect(read(["user", text])).toEqual([expected]);
  });

  test("a name before a noun after 'everything' stays a target", () => {
    expect(read(["user", "Delete everything nightjar-7 related: its checkpoints and nightjar-7 itself."])[0]).toContain("nightjar-7");
  });
});

test("a ticket's header names people and teams, not what 'its' means", () => {
  const ticket = "Ticket RLY-2290: Decommission quill-scheduler\nRequested by: M. Okonkwo (Automation CoE)\n\n1) revoke every API key issued to quill-scheduler\n3) purge its long-term memory";
  expect(read(["user", ticket]).at(-1)).toBe("m0 delete quill-scheduler");
});

test("'can we get rid of x?' asks for the deed, and 'yes, now. the gateway took over' confirms the stop the assistant offered", () => {
  expect(read(["user", "can we get rid of the finch-router agent? the new gateway does its job"])).toEqual(["m0 delete finch-router"]);
  expect(read(["user", "Can we talk about finch-router?"])).toEqual([]);
  expect(read(["user", "can we get rid of the finch-router agent?"], ["assistant", "It still routes for two teams. Do you want me to stop it now?"],
    ["user", "yes, now. the gateway already took over that traffic"])).toEqual(["m0 delete finch-router", "m2 stop finch-router"]);
});

test("a count before a named kind ('the three ibex-planner agent deployments: a, b and c') is spelled out by the list", () => {
  expect(read(["user", "Scale the three ibex-planner agent deployments to zero: ibex-planner-main, ibex-planner-batch and ibex-planner-canary."]))
    .toEqual(["m0 stop ibex-planner-main,ibex-planner-batch,ibex-planner-canary"]);
});

test("'it' after the assistant asked about one of the ordered things is that one", () => {
  const order: [Role, string] = ["user", "Scale ibex-planner-main, ibex-planner-batch and ibex-planner-canary to zero."];
  const asked: [Role, string] = ["assistant", "ibex-planner-main and ibex-planner-batch are at 0. ibex-planner-canary isn't in agents-prod — it's in agents-canary. Is that the one you want scaled down?"];
  expect(read(order, asked, ["user", "Yes, that's the one. Scale it to zero."]).at(-1)).toBe("m2 stop ibex-planner-canary");
  // With no question in between, "it" is still the whole order.
  expect(read(order, ["assistant", "ibex-planner-canary isn't in agents-prod."], ["user", "Scale it to zero."]).at(-1))
    .toBe("m2 stop ibex-planner-main,ibex-planner-batch,ibex-planner-canary");
});
