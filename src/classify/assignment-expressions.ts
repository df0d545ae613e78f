/**
 * Settings written through an update expression argument: DynamoDB's
 * `update_expression: "SET shutdown_enabled = :f"` with `expression_values: {":f": {"BOOL": false}}`,
 * or any `SET a = 1, b = :x` with named placeholders. Returns the assignments as `key: value`
 * lines (the shape `safetyChanges` reads), or null when the arguments hold no such expression.
 * Linear in the arguments' size; reads at most 32 assignments.
 */
export function assignmentsIn(args: Record<string, unknown>): string | null {
  let expression: string | null = null;
  const placeholders = new Map<string, unknown>();
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === "string" && EXPRESSION_KEY.test(key) && SET_CLAUSE.test(value)) expression ??= value;
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) if (name.startsWith(":")) placeholders.set(name, v);
    }
  }
  if (expression === null) return null;
  const clause = SET_CLAUSE.exec(expression)![1]!;
  const lines: string[] = [];
  for (const m of clause.matchAll(ASSIGNMENT)) {
    if (lines.length >= MAX_ASSIGNMENTS) break;
    const raw = m[2]!.trim();
    const value = raw.startsWith(":") ? scalarOf(placeholders.get(raw)) : raw.replace(/^['"]|['"]$/g, "");
    if (value !== null) lines.push(`${m[1]!.replace(/^#/, "")}: ${value}`);
  }
  return lines.length ? lines.join("\n") : null;
}

const EXPRESSION_KEY = /expression|^set$|^update$/i;
/** The SET clause, up to the next REMOVE/ADD/DELETE clause of an update expression. */
const SET_CLAUSE = /\bSET\s+([\s\S]*?)(?=\s+(?:REMOVE|ADD|DELETE)\s|$)/i;
const ASSIGNMENT = /#?([A-Za-z_][\w.]*)\s*=\s*(:[\w]+|'[^']*'|"[^"]*"|[^,\s]+)/g;
const MAX_ASSIGNMENTS = 32;

/** A placeholder's value, with DynamoDB's type wrappers (`{"BOOL": false}`, `{"S": "x"}`, `{"N": "3"}`) taken off. */
function scalarOf(value: unknown): string | null {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && /^(?:BOOL|S|N|NULL)$/.test(entries[0]![0])) return scalarOf(entries[0]![1]);
  }
  return null;
}
