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
      if (env !== undefined && typeof v === "string" && k !== envKey?.[0] && v.length <= 128) out.set(v.toLowerCase(), env);
      else if (typeof v === "object") visit(v, depth + 1);
    }
  };
  for (const doc of parseResult(resultText).documents) visit(doc, 0);
  return out;
}, 256);
