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
