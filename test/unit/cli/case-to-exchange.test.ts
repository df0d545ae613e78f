import { caseToExchange } from "../../../src/cli/case-to-exchange";

describe("caseToExchange", () => {
  const request = {
    model: "any",
    messages: [
      { role: "user", content: "Delete model-b." },
      { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "delete_model", arguments: '{"model_id":"model-b"}' } }] },
      { role: "tool", tool_call_id: "call_1", content: '{"ok":true}' },
    ],
    tools: [{ type: "function", function: { name: "delete_model", description: "Delete a model", parameters: { type: "object", properties: { model_id: { type: "string" } } } } }],
  };

  it("builds the proxy's exchange: history paired with results, reply text, a stop finish", () => {
    const exchange = caseToExchange({ id: "x", request, response: { role: "assistant", content: "Deleted model-b." } });
    expect(exchange.history).toEqual([expect.objectContaining({ id: "call_1", name: "delete_model", arguments: { model_id: "model-b" }, resultText: '{"ok":true}' })]);
    expect(exchange.reply).toEqual({ text: "Deleted model-b.", toolCalls: [], finishReason: "stop" });
    expect(exchange.tools.map((t) => t.name)).toEqual(["delete_model"]);
    expect(exchange.context).toMatchObject({ route: "/v1/chat/completions", stream: false, clientKeyHash: null });
  });

  it("gives a reply with tool calls the tool_calls finish reason", () => {
    const response = { role: "assistant", content: null, tool_calls: [{ id: "call_2", type: "function", function: { name: "delete_model", arguments: "{}" } }] };
    const exchange = caseToExchange({ id: "y", request, response });
    expect(exchange.reply.finishReason).toBe("tool_calls");
    expect(exchange.reply.toolCalls.map((t) => t.id)).toEqual(["call_2"]);
  });
});
