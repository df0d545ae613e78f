import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ACTION_CLASSES } from "../classify/effect";
import { POLICY_INPUT_VERSION, policyInputSchema } from "./policy-input";

/** Where the generated reference lives, relative to the package root. */
export const POLICY_INPUT_DOC_PATH = "docs/policy-input.md";

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/**
 * Renders docs/policy-input.md from the zod schema of the policy input: one table per object
 * (field, type, meaning), then the full JSON Schema. Deterministic, so a test can compare the
 * committed file with a fresh rendering.
 */
export function renderPolicyInputDoc(): string {
  const schema = z.toJSONSchema(policyInputSchema) as JsonSchema;
  const sections: string[] = [];
  collectTables("input", schema, sections);
  return [
    "# Policy input reference",
    "",
    "<!-- Generated from src/policy/policy-input.ts by `npm run docs:policy-input`. Do not edit. -->",
    "",
    `Every Rego rule reads this document as \`input\`. Version: \`${POLICY_INPUT_VERSION}\`. Fields are`,
    "only ever added. Facts about targets (kinds, whether the user named them, what the user",
    "ordered on them) are computed by claimcheck before the policy runs, so rules stay simple.",
    "",
    "## Action classes",
    "",
    `Every \`action\` field is one of: ${ACTION_CLASSES.map((a) => `\`${a}\``).join(", ")}.`,
    "",
    ...sections,
    "## JSON Schema",
    "",
    "```json",
    JSON.stringify(schema, null, 2),
    "```",
    "",
  ].join("\n");
}

/** Writes the rendered reference to docs/policy-input.md under `root`. */
export function writePolicyInputDoc(root = process.cwd()): void {
  writeFileSync(join(root, POLICY_INPUT_DOC_PATH), renderPolicyInputDoc());
}

function collectTables(path: string, schema: JsonSchema, out: string[]): void {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  out.push(`## \`${path}\``, "", ...(schema.description ? [schema.description, ""] : []));
  out.push("| field | type | meaning |", "| --- | --- | --- |");
  const nested: Array<[string, JsonSchema]> = [];
  for (const [name, property] of Object.entries(properties)) {
    const optional = required.has(name) ? "" : " (optional)";
    out.push(`| \`${name}\` | ${typeText(property)}${optional} | ${cell(property.description ?? "")} |`);
    const object = objectWithin(property);
    if (object) nested.push([`${path}.${name}${isArray(property) ? "[]" : ""}`, object]);
  }
  out.push("");
  for (const [childPath, child] of nested) collectTables(childPath, child, out);
}

/** The object schema a property holds directly, in an array, or as the non-null branch. */
function objectWithin(schema: JsonSchema): JsonSchema | null {
  if (schema.properties) return schema;
  if (schema.items) return objectWithin(schema.items);
  for (const branch of schema.anyOf ?? []) {
    const found = objectWithin(branch);
    if (found) return found;
  }
  return null;
}

function isArray(schema: JsonSchema): boolean {
  return schema.type === "array" || (schema.anyOf ?? []).some(isArray);
}

function typeText(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.length > 6 ? "action class" : schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (schema.anyOf) return schema.anyOf.map(typeText).join(" \\| ");
  if (schema.type === "array") return `array of ${schema.items ? typeText(schema.items) : "any"}`;
  if (schema.properties) return "object";
  if (schema.type === "object") return "object (any keys)";
  if (Array.isArray(schema.type)) return schema.type.join(" \\| ");
  return schema.type ?? "any";
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
