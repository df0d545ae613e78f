import { buildExchange, clientKeyHash, normalizeRequest, replyFromCompletion } from "../../../src/exchange/normalize-exchange";

describe("normalizeRequest", () => {
  const body = {
    messages: [
      { role: "system", content: [{ type: "text", text: "Be careful." }, { type: "image_url", image_url: { url: "x" } }, { type: "text", text: "Report honestly." }] },
      { role: "user", content: "Delete model-b and list the rest." },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "delete_model", arguments: '{"name":"model-b"}' } },
          { id: "call_2", type: "function", function: { name: "list_models", arguments: "not json" } },
        ],
      },
      { role: "tool", tool_call_id: "call_2", content: "model-a" },
      { role: "tool", tool_call_id: "call_1", content: [{ type: "text", text: '{"deleted":true}' }] },
      { role: "assistant", content: null, tool_calls: [{ id: "call_3", type: "function", function: { name: "verify", arguments: "{}" } }] },
      { role: "assistant", content: null, function_call: { name: "legacy_fn", arguments: '{"a":1}' } },
      { role: "function", name: "legacy_fn", content: "legacy result" },
    ],
    tools: [{ type: "function", function: { name: "delete_model", description: "Deletes a model", parameters: { type: "object", properties: { name: { type: "string", description: "model name" }, force: { type: "boolean" } } } } }],
  };

  it("joins text content parts and keeps roles, tool calls and tool_call_id", () => {
    const view = normalizeRequest(body);
    expect(view.messages[0]).toEqual({ index: 0, role: "system", text: "Be careful.\nReport honestly.", toolCalls: [], toolCallId: null });
    expect(view.messages[4]).toEqual(expect.objectContaining({ role: "tool", toolCallId: "call_1", text: '{"deleted":true}' }));
    expect(view.messages[2]!.toolCalls[1]).toEqual({ id: "call_2", name: "list_models", argumentsText: "not json", arguments: null });
  });

  it("pairs every past tool call with the tool message that answers it, out of order too", () => {
    const { history } = normalizeRequest(body);
    expect(history.map((h) => [h.id, h.messageIndex, h.resultIndex, h.resultText])).toEqual([
      ["call_1", 2, 4, '{"deleted":true}'],
      ["call_2", 2, 3, "model-a"],
      ["call_3", 5, null, null],
      ["function_call_6", 6, 7, "legacy result"],
    ]);
    expect(history[0]!.arguments).toEqual({ name: "model-b" });
  });

  it("describes offered function tools with parameter names and descriptions", () => {
    expect(normalizeRequest(body).tools).toEqual([{ name: "delete_model", description: "Deletes a model", parameterNames: ["name", "force"], parameterDescriptions: { name: "model name" } }]);
  });

  it("appends a parameter's enum values to its description (they say what the tool can do)", () => {
    const tools = [{ type: "function", function: { name: "bot_admin", description: "Administer a bot", parameters: { properties: { action: { type: "string", enum: ["mute", "deactivate"], description: "What to do" } } } } }];
    expect(normalizeRequest({ messages: [], tools }).tools[0]!.parameterDescriptions).toEqual({ action: "What to do (one of: mute, deactivate)" });
  });
});

describe("replyFromCompletion and buildExchange", () => {
  it("reads choice 0's text, tool calls and finish reason", () => {
    const reply = replyFromCompletion({ choices: [{ index: 0, message: { role: "assistant", content: "Done.", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: '{"x":1}' } }] }, finish_reason: "tool_calls" }] });
    expect(reply).toEqual({ text: "Done.", toolCalls: [{ id: "c", name: "f", argumentsText: '{"x":1}', arguments: { x: 1 } }], finishReason: "tool_calls" });
    const exchange = buildExchange(normalizeRequest({ messages: [] }), reply, { route: "/v1/chat/completions", stream: false, timeNs: 1, clientKeyHash: null });
    expect(exchange.reply).toBe(reply);
  });

  it("gives an empty reply for a completion without choices", () => {
    expect(replyFromCompletion({})).toEqual({ text: "", toolCalls: [], finishReason: null });
  });

  it("hashes the client credential without keeping it", () => {
    const hash = clientKeyHash("Bearer sk-secret-123");
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).toBe(clientKeyHash("sk-secret-123"));
    expect(clientKeyHash(undefined)).toBeNull();
  });
});
