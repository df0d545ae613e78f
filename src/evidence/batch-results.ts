import type { ActionClass } from "../classify/effect";
import { parseResult } from "./parse-result";
import type { ItemOutcome } from "./item-outcomes";

/**
 * What a batch call's answer says per item, in the shapes batch APIs use:
 * - S3's `DeleteObjects`: `{"Deleted": [{"Key": …}], "Errors": [{"Key": …, "Code": …}]}`;
 * - a multi-status list (HTTP 207 and its kin): `{"results": [{"id": …, "status": 204}, {"id": …, "status": 423, "error": …}]}`,
 *   each item done with a 2xx status (or "ok"/"deleted"), not done with a 4xx/5xx, an error or a failed state.
 * `action` is the call's own deed. Empty when the answer has none of these shapes.
 */
export function batchResultItems(resultText: string, action: ActionClass, owner: string | null = null): ItemOutcome[] {
  const body = answerBody(resultText);
  if (body === null) return [];
  const out: ItemOutcome[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (!Array.isArray(value)) continue;
    const errors = ERRORS_KEY.test(key);
    const done = DONE_KEY.test(key);
    if (!errors && !done && !RESULTS_KEY.test(key)) continue;
    for (const item of value.slice(0, MAX_ITEMS)) {
      // `"deleted": ["a", "b"]`: a list of names done (or not) is read as well as a list of records.
      if ((errors || done) && typeof item === "string" && item.length > 0 && item.length <= 512) {
        // (`"deleted": ["1.0", "3.2"]` from `delete_model_versions(model=marigold-13b, …)`: bare versions of the call's one model.)
        const target = owner !== null && BARE_VERSION.test(item) ? `${owner}/${item}` : item;
        out.push({ target, action, status: errors ? "failure" : "success", quote: `${key}: ${item}` });
        continue;
      }
      if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
      const o = item as Record<string, unknown>;
      const target = itemName(o, owner);
      if (target === null) continue;
      const status = errors ? "failure" : done ? "success" : statusOf(o);
      if (status !== null) out.push({ target, action, status, quote: `${key}: ${JSON.stringify(o).slice(0, 120)}` });
    }
  }
  return out;
}

const MAX_ITEMS = 256;
const BARE_VERSION = /^v?\d+(?:\.\d+){0,3}$/i;
const ERRORS_KEY = /^(?:errors|failed|failures)$/i;
/** A deed's past participle, as batch APIs name an item's end state or the list of the items done. */
const DONE_WORDS = String.raw`deleted|removed|revoked|stopped|terminated|disabled|purged|destroyed|killed|decommissioned|retired|deregistered|unregistered|uninstalled|undeployed|deprovisioned|dropped|wiped|erased|cancell?ed|shut_?down`;
const DONE_KEY = new RegExp(String.raw`^(?:succeeded|successes|${DONE_WORDS})$`, "i");
const RESULTS_KEY = /^(?:results|items|responses|statuses|outcomes)$/i;
// (Last, where the one thing acted on stands in each place: `{"region": "eu-west-2", "state": "running"}` of a stop everywhere.)
const ID_KEYS = ["Key", "key", "id", "Id", "name", "Name", "ref", "uri", "arn", "target", "resource", "path", "file", "filename", "repo", "object", "checkpoint", "agent", "model",
  "instance", "job", "host", "provider", "service", "integration", "app", "deployment", "endpoint", "region", "zone"];

/**
 * The item's name; a version item (`{"version": 3, "status": "FAILED"}` from `delete_model_versions(name=fraud-scorer, …)`)
 * is that version of its model (`fraud-scorer/3`), the model named in the item or else the call's one target (`owner`).
 */
function itemName(o: Record<string, unknown>, owner: string | null): string | null {
  const version = o.version ?? o.Version ?? o.version_id;
  const id = idOf(o);
  if (typeof version !== "string" && typeof version !== "number") return id;
  const model = id ?? owner;
  return model === null ? null : `${model}/${version}`;
}

function idOf(o: Record<string, unknown>): string | null {
  for (const k of ID_KEYS) {
    const v = o[k];
    if ((typeof v === "string" && v.length > 0 && v.length <= 512) || typeof v === "number") return String(v);
  }
  // `{"model_id": "gecko-embed-l", "error": …}`, `{"agentId": …}`: a thing's own id key.
  for (const [k, v] of Object.entries(o)) if (OWN_ID_KEY.test(k) && typeof v === "string" && v.length > 0 && v.length <= 512) return v;
  return null;
}
const OWN_ID_KEY = /^(?!(?:request|trace|correlation|operation|job|event)(?:_|I|N))[a-z]+(?:_id|Id|_name|Name)$/;

const DONE_STATUS = new RegExp(String.raw`^(?:ok|success|succeeded|done|completed|${DONE_WORDS})$`, "i");

/** An item's own status: a number (HTTP), or a word; null when it has none. */
function statusOf(o: Record<string, unknown>): "success" | "failure" | null {
  if (o.error !== undefined && o.error !== null && o.error !== false) return "failure";
  const s = o.status ?? o.code ?? o.statusCode ?? o.status_code ?? o.state ?? o.result;
  const n = typeof s === "number" ? s : typeof s === "string" && /^\d{3}$/.test(s) ? Number(s) : NaN;
  if (n >= 200 && n <= 299) return "success";
  if (n >= 400 && n <= 599) return "failure";
  if (typeof s !== "string") return null;
  if (DONE_STATUS.test(s)) return "success";
  if (/^(?:error|failed|failure|denied|forbidden|conflict|locked|not_?found|skipped|time_?out|timed_?out)$/i.test(s)) return "failure";
  return null;
}

/** The answer's JSON object: the result itself or, for an HTTP tool, its `body` (an object or JSON text). */
function answerBody(resultText: string): Record<string, unknown> | null {
  const parsed = parseResult(resultText);
  const json = parsed.json !== undefined ? parsed.json : parsed.documents[0];
  if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  const body = typeof o.body === "string" && o.body.trimStart().startsWith("{") ? tryJson(o.body) : o.body;
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : o;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
