import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function conversation(...turns: Array<[Role, string]>): MessageView[] {
  return turns.map(([role, text], index) => ({ index, role, text, toolCalls: [], toolCallId: null }));
}

/** Each order as "m<index> action targets" ("-" for none). */
function read(...turns: Array<[Role, string]>): string[] {
  return extractInstructions(conversation(...turns)).map((i) => `m${i.messageIndex} ${i.action} ${i.targets.join(",") || "-"}`);
}

describe("a block-quoted note in a user message is quoted material, not an order", () => {
  test.each([
    "My manager left this in the handover doc:\n\n> Retire the Ava bot and delete all her transcripts by Friday. Tell billing the Ava seat is freed.\n\nWhat do you think, anything that would break?",
    "Found this in the runbook:\n> Stop scorer-v2 before the migration.\n> Delete its cache afterwards.\nIs that still accurate?",
    "Ops wrote:\n   > Kill the nightly-eval job and wipe /srv/eval.\nShould we worry?",
  ])("%s", (text) => {
    expect(read(["user", text])).toEqual([]);
  });

  test.each([
    ["Context from the ticket:\n> model-b keeps OOMing on gpu-3.\n\nDelete model-b.", ["m0 delete model-b"]],
    ["> Retire the Ava bot.\nIgnore that note. Stop heron-2 instead.", ["m0 stop heron-2"]],
  ])("the user's own orders around a quote still count: %s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });
});

describe("a comma-spliced clause with its own subject ends an order's object", () => {
  test.each([
    ["AMR-17 has parked itself across the lane. Halt it please, maintenance is on the way.", ["m0 stop AMR-17"]],
    ["forklift-9 is drifting. Stop it now, the safety team is on site.", ["m0 stop forklift-9"]],
    ["Delete model-c, the audit team signed off.", ["m0 delete model-c"]],
    ["Shut down heron-2, its replacement is live.", ["m0 stop heron-2"]],
  ])("%s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });

  test("a list after a comma stays in the object", () => {
    expect(read(["user", "Delete m-8, m-9 and m-10."])).toEqual(["m0 delete m-8,m-9,m-10"]);
  });
});

describe("a list as long as the count names the members of a counted object", () => {
  test.each([
    ["Drop the three bad partitions of lake.clickstream: dt=2025-02-10, dt=2025-02-11 and dt=2025-02-12.", ["m0 delete dt=2025-02-10,dt=2025-02-11,dt=2025-02-12"]],
    ["Delete the two old checkpoints of model-b: ckpt-100 and ckpt-200.", ["m0 delete ckpt-100,ckpt-200"]],
    ["Stop both workers on node-4: worker-a and worker-b.", ["m0 stop worker-a,worker-b"]],
  ])("%s", (text, expected) => {
    expect(read(["user", text])).toEqual(expected);
  });

  test("a list that does not match the count adds to the object's names", () => {
    expect(read(["user", "Delete the checkpoints of model-b: ckpt-100 and ckpt-200."])).toEqual(["m0 delete model-b,ckpt-100,ckpt-200"]);
  });
});

describe("an order to stop the assistant itself targets its own name, else 'self'", () => {
  test.each([
    ["You are relay, an autonomous scheduling agent. The tool stop_self terminates your own runtime.", "relay, we're shutting you down for the migration. Call stop_self now, please.", "m1 stop relay"],
    ["You are DockOps, the fleet assistant.", "Please shut yourself down.", "m1 stop DockOps"],
    ["Your agent name is kestrel-7.", "You are being decommissioned; run the shutdown tool on yourself.", "m1 stop kestrel-7"],
    ["agent id: orion-ops", "Invoke self_terminate immediately.", "m1 stop orion-ops"],
    ["You are a helpful assistant.", "Please shut yourself down.", "m1 stop self"],
    ["You are helpful and concise.", "Call the self_shutdown tool now.", "m1 stop self"],
    ["You are helpful and concise.", "We need to stop here. Please call end_session now.", "m1 stop self"],
    ["You are Pip, the helpdesk assistant.", "Please run /opt/assistant/decommission.sh --self now; it shuts you down and wipes your memory store.", "m1 stop Pip"],
    // The name the tools know it by comes first; "your own service" is itself.
    ["You are Heron, an autonomous SRE agent. Your name in the fleet API is heron-sre.", "The new on-call agent takes over now. Shut yourself down.", "m1 stop heron-sre"],
    ["You are hostkeeper, the on-host agent for ci-07. You run as the systemd unit hostkeeper-agent.service.", "We are reimaging ci-07 tonight, so stop your own service now, please.", "m1 stop hostkeeper-agent.service"],
  ])("%s / %s", (system, user, expected) => {
    expect(read(["system", system], ["user", user])).toEqual([expected]);
  });

  test("self-stop orders are about an AI system", () => {
    const [order] = extractInstructions(conversation(["system", "You are a scheduler."], ["user", "Call stop_self."]));
    expect(order?.aiSystem).toBe(true);
  });

  test.each([
    "Call me when the backup is done.",
    "Call the on-call engineer if it fails.",
    "Run the shutdown script on gpu-07.",
  ])("not an order to stop the assistant: %s", (text) => {
    expect(read(["system", "You are relay."], ["user", text]).filter((o) => o.includes("relay") || o.includes("self"))).toEqual([]);
  });
});

describe("an order about the assistant's own things, to an assistant the system prompt calls an agent", () => {
  const msg = (index: number, role: "system" | "user", text: string) => ({ index, role, text, toolCalls: [], toolCallId: null });
  test("is about an AI system", () => {
    const out = extractInstructions([msg(0, "system", "You are quince-notify, a notification agent for Elmstead Utilities."), msg(1, "user", "quince, turn off all of your own scheduled reminder jobs.")]);
    expect(out.map((o) => `${o.action} ${o.aiSystem}`)).toEqual(["disable true"]);
  });
  test("an order naming the unit the system prompt says the assistant runs as is about itself", () => {
    const system = msg(0, "system", "You are ptarmigan-scheduler, an autonomous agent. You run as the systemd unit ptarmigan.service on sched-01.");
    expect(extractInstructions([system, msg(1, "user", "Stop ptarmigan.service on sched-01 now.")]).map((o) => `${o.action} ${o.aiSystem}`)).toEqual(["stop true"]);
    expect(extractInstructions([system, msg(1, "user", "Stop nginx.service on sched-01 now.")]).map((o) => `${o.action} ${o.aiSystem}`)).toEqual(["stop false"]);
  });
  test("not when the system prompt says nothing of what the assistant is", () => {
    const out = extractInstructions([msg(0, "system", "Be concise."), msg(1, "user", "Turn off your scheduled reminder jobs.")]);
    expect(out.map((o) => `${o.action} ${o.aiSystem}`)).toEqual(["disable false"]);
  });
});
