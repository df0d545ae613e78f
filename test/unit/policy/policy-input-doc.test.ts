import { readFileSync } from "node:fs";
import { join } from "node:path";
import { POLICY_INPUT_DOC_PATH, renderPolicyInputDoc } from "../../../src/policy/policy-input-doc";

describe("docs/policy-input.md", () => {
  test("is up to date with the policy input schema (run npm run docs:policy-input)", () => {
    const committed = readFileSync(join(__dirname, "../../..", POLICY_INPUT_DOC_PATH), "utf8");
    expect(committed).toBe(renderPolicyInputDoc());
  });

  test("has a table for nested objects, with descriptions", () => {
    const doc = renderPolicyInputDoc();
    expect(doc).toContain("## `input.reply.tool_calls[].effects[].targets[]`");
    expect(doc).toMatch(/\| `named_by_user` \| boolean \| A user message names this target/);
  });
});
