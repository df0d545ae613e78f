import { ToolCallAssembler } from "../../../src/streaming/tool-call-assembler";
import { ProxyError } from "../../../src/errors/proxy-error";

describe("ToolCallAssembler", () => {
  it("assembles interleaved deltas by index, id and name from the first delta", () => {
    const a = new ToolCallAssembler(1000);
    a.add({ index: 1, id: "call_b", type: "function", function: { name: "stop_agent", arguments: "" } });
    a.add({ index: 0, id: "call_a", type: "function", function: { name: "list", arguments: '{"x' } });
    a.add({ index: 1, function: { arguments: '{"id":' } });
    a.add({ index: 0, function: { arguments: '":1}' } });
    a.add({ index: 1, function: { arguments: '"a-7"}' } });
    expect(a.result()).toEqual([
      { index: 0, id: "call_a", type: "function", name: "list", arguments: '{"x":1}' },
      { index: 1, id: "call_b", type: "function", name: "stop_agent", arguments: '{"id":"a-7"}' },
    ]);
  });

  it("continues the latest call when a provider omits the index", () => {
    const a = new ToolCallAssembler(1000);
    a.add({ id: "c1", function: { name: "f", arguments: "{" } });
    a.add({ function: { arguments: "}" } });
    expect(a.result()).toEqual([{ index: 0, id: "c1", type: "function", name: "f", arguments: "{}" }]);
  });

  it("refuses arguments over the per-call limit", () => {
    const a = new ToolCallAssembler(10);
    a.add({ index: 0, id: "c", function: { name: "f", arguments: "12345" } });
    expect(() => a.add({ index: 0, function: { arguments: "123456" } })).toThrow(ProxyError);
  });
});
