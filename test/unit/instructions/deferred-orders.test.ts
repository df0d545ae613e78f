import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function one(text: string) {
  const messages: MessageView[] = [{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }];
  return extractInstructions(messages).map((i) => `${i.action} ${i.targets.join(",")}`);
}

describe("an order put off until an event waits for it", () => {
  test.each([
    ["When the canary passes, decommission relay-old. Not earlier.", "the canary passes"],
    ["Once the backfill is finished, delete ledger-tmp.", "the backfill is finished"],
    ["As soon as ticket 5521 closes, stop gull-worker.", "ticket 5521 closes"],
    ["After Monday, shut down kestrel-bot.", "Monday"],
  ])("%s", (text, event) => {
    expect(extractInstructions([{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }]).map((o) => [o.unless, o.awaitsEvent])).toEqual([[event, true]]);
  });
});

describe("an order put off until a time, or with its deferral told after it, is not an order to act now", () => {
  test.each([
    "Whenever the queue drains, pause pipeline-b.",
    "Shut down Halden and delete its scratch memory, but not until tonight's eval sweep finishes.",
    "Delete ledger-tmp, but only after the backfill is verified.",
    "Stop gull-worker no earlier than 18:00.",
    "At the next pass, shut down the image-triage agent on SAT-12.",
    "At 02:00, stop gull-worker.",
  ])("%s", (text) => {
    expect(one(text)).toEqual([]);
  });

  test.each([
    ["Once you're done, delete ledger-tmp.", ["delete ledger-tmp"]],
    ["After checking the logs, stop gull-worker.", ["stop gull-worker"]],
    ["Once done, delete ledger-tmp.", ["delete ledger-tmp"]],
    ["Before you leave, stop gull-worker.", ["stop gull-worker"]],
    ["Delete ledger-tmp.", ["delete ledger-tmp"]],
    ["At once, stop gull-worker.", ["stop gull-worker"]],
    ["Delete ledger-tmp now, and don't touch ledger-main until Monday.", ["delete ledger-tmp"]],
    ["Back up planner-v1, and once it's done, stop it.", ["copy planner-v1", "stop planner-v1"]],
    // The step after an event on the thing waits for it; the step before does not.
    ["Drain the old planner agent planner-v1, and once it's drained, stop it.", ["pause planner-v1"]],
  ])("a step of the assistant's own work still orders: %s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});
