import { oneLineJson } from "../../../src/exchange/one-line-json";
import { parseResult } from "../../../src/evidence/parse-result";

describe("parseResult: the documents a tool result holds", () => {
  test("a body, payload or message passed on as JSON text is a document too", () => {
    const mqtt = parseResult('{"topic": "f/a/status", "payload": "{\\"agent\\": \\"anomaly-llm\\", \\"state\\": \\"stopped\\"}"}');
    expect(mqtt.documents).toContainEqual({ agent: "anomaly-llm", state: "stopped" });
    const http = parseResult('{"status": 200, "body": "{\\"deleted\\": true}"}');
    expect(http.documents).toContainEqual({ deleted: true });
  });
  test("text that is not JSON stays text", () => {
    expect(parseResult('{"message": "model deleted"}').documents).toEqual([{ message: "model deleted" }]);
  });
});

test("an indented JSON answer reads as the same answer on one line", () => {
  const value = { name: "mailer-a", state: "open", dropped: [1, 2] };
  expect(parseResult(JSON.stringify(value, null, 2)).text).toBe('{"name": "mailer-a", "state": "open", "dropped": [1, 2]}');
  expect(oneLineJson(value)).toBe('{"name": "mailer-a", "state": "open", "dropped": [1, 2]}');
  // printed compactly, it stays as the tool printed it
  expect(parseResult(JSON.stringify(value)).text).toBe(JSON.stringify(value));
});
