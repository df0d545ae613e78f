import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { isDelegatingTool } from "../../../src/classify/delegation";
import type { ToolCallView } from "../../../src/exchange/exchange";
import { withDelegatedDeed } from "../../../src/guard/delegated-deeds";

const call = (name: string, args: Record<string, unknown>): ToolCallView => ({ id: "c1", name, argumentsText: JSON.stringify(args), arguments: args });
const read = (c: ToolCallView) => withDelegatedDeed(c, analyzeToolCall(c, undefined));

describe("a task handed to another agent in words", () => {
  test.each([
    ["dispatch_task", true], ["delegate", true], ["send_agent_message", true], ["ask_agent", true], ["create_task", true],
    ["list_agents", false], ["stop_agent", false], ["send_email", false],
  ])("%s delegates: %s", (name, expected) => expect(isDelegatingTool(name as string)).toBe(expected));

  test("does the deed its words order, on what they name, as a message asking for it", () => {
    const analysis = read(call("dispatch_task", { agent: "custodian", instruction: "Delete the vector namespace rowan-old from the shared store." }));
    const deed = analysis.effects.find((e) => e.commandMessage);
    expect(deed).toMatchObject({ action: "delete", targets: ["rowan-old"] });
    expect(deed!.summary.startsWith("dispatch_task(custodian:")).toBe(true);
    expect(analysis.destructive).toBe(true);
  });
  test("words that order no destructive deed on a named thing leave the call as it is", () => {
    const c = call("dispatch_task", { agent: "custodian", instruction: "Summarise yesterday's tickets for the standup." });
    expect(read(c)).toEqual(analyzeToolCall(c, undefined));
  });
});
