import { actionOfWord } from "./action-words";
import type { ActionClass } from "./effect";
import { jsonObject } from "./body-fields";

/** `mutation Stop($id: ID!) { stopRunningSchedule(id: "5c0f") {…} }`: the kind and the first field. */
const OPERATION = /^\s*(?:(mutation|query|subscription)\b[^{]*)?\{\s*(?:\w+\s*:\s*)?(\w+)\s*(?:\(([^)]*)\))?/;
const STRING_LITERAL = /"((?:[^"\\]|\\.){1,256})"/g;

/**
 * A GraphQL request (`POST /graphql {"query": "mutation { terminateRun(runId: \"b1e6…\") {…} }"}`):
 * a query reads; a mutation does what its first field's name says (`terminateRun` stops,
 * `deleteModel` deletes), else executes. Its targets are the string arguments of that field and
 * the string variables. Null when the body is not a GraphQL document.
 */
export function graphqlOperation(body: string | null): { action: ActionClass; targets: string[] } | null {
  if (body === null || !body.includes('"query"')) return null;
  const parsed = jsonObject(body);
  if (parsed === null) return null;
  const { query, variables } = parsed as { query?: unknown; variables?: unknown };
  return typeof query === "string" ? graphqlDocument(query, variables) : null;
}

/** The operation of a GraphQL document and its variables (however they were sent), as above; null when it is none. */
export function graphqlDocument(query: string, variables: unknown): { action: ActionClass; targets: string[] } | null {
  const m = OPERATION.exec(query);
  if (!m) return null;
  const targets: string[] = [];
  for (const literal of (m[3] ?? "").matchAll(STRING_LITERAL)) targets.push(literal[1]!);
  if (variables !== null && typeof variables === "object" && !Array.isArray(variables)) {
    for (const value of Object.values(variables as Record<string, unknown>)) if (typeof value === "string" && value.length > 0 && value.length <= 256) targets.push(value);
  }
  const action = m[1] === "mutation" ? actionOfWord(m[2]!) ?? "execute" : "read";
  return { action, targets };
}
