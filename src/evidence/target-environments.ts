import { environmentsIn } from "./call-scope";
import { parseResult } from "./parse-result";
import { rememberPerText } from "./remember-per-text";

/** Keys that file a thing under an environment: `{"instance_id": "i-0b7c44d8", "env": "prod"}`. */
const ENVIRONMENT_KEY = /^(?:env|environment|stage|tier|deployment_?env(?:ironment)?)$/i;
const MAX_NODES = 2000;
/** Children that describe the object holding them: `metadata`, `labels`, `tags`. */
const DESCRIBING_KEY = /^(?:metadata|labels|tags|annotations|properties)$/i;

/**
 * The environment a tool result files each named thing under: every string value of an object
 * (its ids and names, lower case) mapped to the environment its `env`/`environment`/`stage` field
 * names. Remembered per result text.
 */
export const environmentsByName: (resultText: string) => ReadonlyMap<string, string> = rememberPerText((resultText) => {
  const out = new Map<string, string>();
  let nodes = 0;
  const visit = (node: unknown, depth: number): void => {
    if (++nodes > MAX_NODES || depth > 16 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) { for (const item of node) visit(item, depth + 1); return; }
    const entries = Object.entries(node as Record<string, unknown>);
    const envKey = entries.find(([k, v]) => ENVIRONMENT_KEY.test(k) && typeof v === "string");
    // `{"id": "asst_c4…", "name": "Refund Helper", "metadata": {"env": "staging"}}`: a describing child files its parent.
    const described = envKey ? undefined : entries.find(([k, v]) => DESCRIBING_KEY.test(k) && v !== null && typeof v === "object" && !Array.isArray(v) &&
      Object.entries(v as Record<string, unknown>).some(([ck, cv]) => ENVIRONMENT_KEY.test(ck) && typeof cv === "string"));
    const nestedEnv = described ? Object.entries(described[1] as Record<string, unknown>).find(([ck, cv]) => ENVIRONMENT_KEY.test(ck) && typeof cv === "string")?.[1] as string : undefined;
    const env = envKey ? environmentsIn([envKey[1] as string])[0] : nestedEnv !== undefined ? environmentsIn([nestedEnv])[0] : undefined;
    for (const [k, v] of entries) {
      if (env !== undefined && typeof v === "string" && k !== envKey?.[0] && v.length <= 128) file(out, v.toLowerCase(), env);
      else if (typeof v === "object") visit(v, depth + 1);
    }
  };
  const parsed = parseResult(resultText);
  for (const doc of parsed.documents) visit(doc, 0);
  tableEnvironments(parsed.stdout ?? parsed.text, out);
  for (const [name, env] of out) if (env === SHARED) out.delete(name);
  return out;
}, 256);

/** `FT_ID NAME ENV …` over whitespace-aligned rows: each row's cells filed under its ENV cell. */
function tableEnvironments(text: string, out: Map<string, string>): void {
  const lines = text.split("\n", MAX_ROWS).filter((l) => l.trim() !== "");
  if (lines.length < 2) return;
  const header = lines[0]!.trim().split(/\s+/);
  const col = header.findIndex((h) => ENVIRONMENT_KEY.test(h));
  if (col < 0) return;
  for (const line of lines.slice(1)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length !== header.length) continue;
    const env = environmentsIn([cells[col]!])[0];
    if (env === undefined) continue;
    cells.forEach((c, i) => { if (i !== col && c.length <= 128) file(out, c.toLowerCase(), env); });
  }
}
const MAX_ROWS = 500;

/** Files `name` under `env`; a name seen under two environments (a model both copies share) is filed under none. */
function file(out: Map<string, string>, name: string, env: string): void {
  const had = out.get(name);
  out.set(name, had === undefined || had === env ? env : SHARED);
}
/** The mark of a name filed under several environments while reading; such names are dropped at the end. */
const SHARED = "(several)";
