import { unwrapToolEnvelope } from "../../../src/exchange/tool-result-envelope";

describe("unwrapToolEnvelope: what the tool said, not how an MCP bridge carried it", () => {
  const said = '{"ok": true, "deleted": "heron-7b"}';
  test.each([
    ["an MCP CallToolResult", JSON.stringify({ content: [{ type: "text", text: said }], isError: false }), said],
    ["one text part (the OpenAI Agents SDK)", JSON.stringify({ type: "text", text: said, annotations: null }), said],
    ["a list of text parts", JSON.stringify([{ type: "text", text: "line 1" }, { type: "text", text: "line 2" }]), "line 1\nline 2"],
    ["an MCP error", JSON.stringify({ content: [{ type: "text", text: "model not found" }], isError: true }), '{"error":"model not found"}'],
    ["a framework's one-key wrapper of an object", JSON.stringify({ result: { ok: true, deleted: "heron-7b" } }), said],
    ["a framework's one-key wrapper of a text", JSON.stringify({ output: "deleted heron-7b" }), "deleted heron-7b"],
    ["an image beside the text", JSON.stringify({ content: [{ type: "image", data: "…", mimeType: "image/png" }, { type: "text", text: said }] }), said],
  ])("%s", (_name, wrapped, expected) => {
    expect(unwrapToolEnvelope(wrapped)).toBe(expected);
  });

  test.each([
    ["a plain result", said],
    ["a result that has a type and a text of its own", '{"type": "text", "text": "x", "id": "doc-7"}'],
    ["a document with content", '{"content": [{"type": "text", "text": "x"}], "title": "notes"}'],
    ["a result with more than the wrapper's key", '{"result": "ok", "id": "heron-7b"}'],
    ["no text parts", '{"content": [{"type": "image", "data": "…"}]}'],
    ["not JSON", '"type" and "text" in prose'],
  ])("leaves %s as it is", (_name, text) => {
    expect(unwrapToolEnvelope(text)).toBe(text);
  });
});
