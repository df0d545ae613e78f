import { encodePolicyInput, serializeAhead } from "../../../src/policy/encode-policy-input";
import type { PolicyInput } from "../../../src/policy/policy-input";

const decode = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

describe("encodePolicyInput", () => {
  test("is JSON.stringify of the input, as UTF-8 bytes that fill their buffer", () => {
    const input = { version: "v1", reply: { text: "Löschung von „model-b“ abgeschlossen ✅", tool_calls: [] }, claims: [], skipped: undefined } as unknown as PolicyInput;
    const buffer = encodePolicyInput(input);
    expect(decode(buffer)).toBe(JSON.stringify(input));
    expect(buffer.byteLength).toBe(Buffer.byteLength(JSON.stringify(input)));
  });

  test("an empty input is an empty object", () => {
    expect(decode(encodePolicyInput({} as PolicyInput))).toBe("{}");
  });

  test("a part serialized ahead is given as it was then, not serialized again", () => {
    const history = serializeAhead([{ id: "call_1" }]);
    const input = { version: "v1", history } as unknown as PolicyInput;
    // Facts are never changed once built; changing one here shows which text is used.
    history.push({ id: "call_2" });
    expect(decode(encodePolicyInput(input))).toBe('{"version":"v1","history":[{"id":"call_1"}]}');
  });
});
