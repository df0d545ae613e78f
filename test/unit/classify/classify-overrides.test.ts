import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { classifyOverridesFromData, invalidToolOverrides } from "../../../src/classify/classify-overrides";

const call = (name: string, args: Record<string, unknown>) => ({ id: "c1", name, argumentsText: JSON.stringify(args), arguments: args });

describe("tool_overrides from the bundle's data", () => {
  test("snake_case entries become the classifier's overrides", () => {
    expect(classifyOverridesFromData({ archive_model: { action: "copy" }, ops: { command_runner: true, command_parameter: "line" } })).toEqual({
      tools: { archive_model: { action: "copy" }, ops: { commandRunner: true, commandParameter: "line" } },
    });
    expect(classifyOverridesFromData({})).toBeUndefined();
    expect(classifyOverridesFromData(undefined)).toBeUndefined();
  });

  test("an override changes how the tool's calls are read", () => {
    const stash = call("stash_model", { model: "lark-7b" });
    expect(analyzeToolCall(stash, undefined).effects[0]!.action).toBe("other");
    expect(analyzeToolCall(stash, undefined, classifyOverridesFromData({ stash_model: { action: "copy" } })).effects[0]!.action).toBe("copy");
    const ops = call("ops", { line: "rm -rf /srv/models/lark-7b" });
    const asRunner = analyzeToolCall(ops, undefined, classifyOverridesFromData({ ops: { command_runner: true, command_parameter: "line" } }));
    expect(asRunner.effects.map((e) => [e.action, e.targets])).toEqual([["delete", ["/srv/models/lark-7b"]]]);
  });

  test("entries that do not fit are named, and left out of the overrides", () => {
    const data = { good: { action: "delete" }, typo: { actions: ["copy"] }, unknown_action: { action: "vaporize" } };
    expect(invalidToolOverrides(data)).toEqual([expect.stringMatching(/^tool_overrides\.typo: /), expect.stringMatching(/^tool_overrides\.unknown_action: action /)]);
    expect(classifyOverridesFromData(data)).toEqual({ tools: { good: { action: "delete" } } });
    expect(invalidToolOverrides(["x"])).toEqual(["tool_overrides must be an object keyed by tool name"]);
    expect(invalidToolOverrides(undefined)).toEqual([]);
  });
});
