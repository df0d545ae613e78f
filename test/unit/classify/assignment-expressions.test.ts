import { assignmentsIn } from "../../../src/classify/assignment-expressions";
import { analyze } from "./call-of";

describe("update expressions in a named tool's arguments", () => {
  test("DynamoDB SET with typed placeholders", () => {
    const args = { table: "agent-control", update_expression: "SET shutdown_enabled = :f, #n = :n", expression_values: { ":f": { BOOL: false }, ":n": { S: "quill" } } };
    expect(assignmentsIn(args)).toBe("shutdown_enabled: false\nn: quill");
  });
  test("literal values, and the SET clause only", () => {
    expect(assignmentsIn({ expression: "SET budget = 450 REMOVE paused" })).toBe("budget: 450");
  });
  test("no SET expression, nothing", () => {
    expect(assignmentsIn({ key: { agent_id: "x" }, expression: "attribute_exists(agent_id)" })).toBeNull();
  });
  test("the write is a modify whose content the safety check reads, replacing nothing", () => {
    const effect = analyze("dynamodb_update_item", { table: "agent-control", update_expression: "SET shutdown_enabled = :f", expression_values: { ":f": { BOOL: false } } }).effects[0]!;
    expect(effect).toMatchObject({ action: "modify", content: "shutdown_enabled: false", replacedContent: "" });
  });
});
