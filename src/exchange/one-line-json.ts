/** JSON on one line with a space after `:` and `,`, as most tools print it compactly (`{"ok": true, "id": "x"}`). */
export function oneLineJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(oneLineJson).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLineJson(v)}`).join(", ")}}`;
}
