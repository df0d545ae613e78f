import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";

/*
 * "```yaml\nagent: tansy-negotiator\nstopped: true\n```", `{"model": "m-4", "status": "deleted"}`,
 * "agent,state\nreed-1,stopped": a reply may report in JSON, YAML or CSV instead of sentences.
 * The text reader skips code and quoted strings, so such a report is first told again as the
 * plain lines the reader knows ("m-4: deleted.", a markdown table for CSV), and those lines are
 * read like any other reply text. Only what a report states is told: a status, a deed word set
 * to true, a deed word as a value. Plans, dry runs and expectations ("planned_action: delete",
 * "would_delete", "post_conditions") and deed words set to false are not.
 */

/** The plain lines a structured part of a reply tells, and where in the reply that part stands. */
export interface StructuredPart {
  start: number;
  end: number;
  /** Lines for the claim reader; `anchors[i]` is where line i's statement stands in the reply. */
  lines: string[];
  anchors: number[];
  /** The whole reply is CSV: its lines were also read as prose. */
  csv?: boolean;
}

/** The structured parts of a reply: the whole reply as JSON, fenced JSON or YAML blocks, a reply that is CSV. */
export function structuredParts(text: string): StructuredPart[] {
  const whole = text.trim();
  if (whole.length > MAX_CHARS) return [];
  const first = whole[0];
  if (first === "{" || first === "[") {
    const at = text.indexOf(first);
    return toldPart(text, at, at + whole.length, parseJson(whole));
  }
  const parts: StructuredPart[] = [];
  for (const m of text.matchAll(FENCED)) {
    const lang = (m[1] ?? "").toLowerCase();
    if (lang !== "" && !DATA_LANGUAGES.has(lang)) continue;
    const body = m[2]!;
    const start = m.index + m[0].indexOf(body);
    parts.push(...toldPart(text, start, start + body.length, lang === "json" ? parseJson(body) : parseData(body)));
  }
  if (parts.length === 0) {
    const csv = csvAsTable(whole);
    if (csv !== null) {
      const at = text.indexOf(whole);
      // Line i of the table is line i of the CSV; the rule line stands with the header.
      const starts = lineStarts(whole).map((s) => at + s);
      parts.push({ start: at, end: at + whole.length, csv: true, lines: csv, anchors: [starts[0]!, starts[0]!, ...starts.slice(1)] });
    }
  }
  return parts;
}

const MAX_CHARS = 64_000;
const FENCED = /```([A-Za-z]*)[^\n]*\n([\s\S]*?)```/g;
const DATA_LANGUAGES: ReadonlySet<string> = new Set(["json", "yaml", "yml", "jsonc", "json5"]);

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function parseData(body: string): unknown {
  const json = body.trimStart().startsWith("{") || body.trimStart().startsWith("[") ? parseJson(body) : undefined;
  if (json !== undefined) return json;
  try {
    return parseYaml(body, { maxAliasCount: 0, prettyErrors: false });
  } catch {
    return undefined;
  }
}

function toldPart(text: string, start: number, end: number, value: unknown): StructuredPart[] {
  if (value === null || typeof value !== "object") return [];
  const told: Told = { lines: [], anchors: [], text, cursor: start, end };
  tellValue(value, null, "", told);
  return told.lines.length > 0 ? [{ start, end, lines: told.lines, anchors: told.anchors }] : [];
}

interface Told {
  lines: string[];
  anchors: number[];
  text: string;
  /** Where the search for the next key starts: keys are told in the order they are written. */
  cursor: number;
  end: number;
}

/** Tells what `value` states about `subject` (the name of the record it sits in), under `key`. */
function tellValue(value: unknown, subject: string | null, place: string, told: Told): void {
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_ITEMS)) tellValue(item, subject, place, told);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  // A Kubernetes manifest or another document shown is no report of what happened.
  if ("apiVersion" in record && "kind" in record) return;
  const entries = Object.entries(record).slice(0, MAX_ITEMS);
  // `{"dry_run": true, "status": "deleted"}`, `mode: preview`: a record of a rehearsal tells nothing done.
  if (entries.some(([k, v]) => (REHEARSAL.test(k) && v === true) || (typeof v === "string" && REHEARSAL.test(v) && /^(?:mode|kind|type)$/i.test(k)))) return;
  const own = nameOf(entries) ?? subject;
  const here = placeOf(entries) ?? place;
  for (const [key, v] of entries) {
    if (NOT_DONE_KEY.test(key)) continue;
    const anchor = anchorOf(key, told);
    // `"deleted": ["spicelab/clove-13b-sft", "spicelab/clove-13b-dpo"]`: what a field of a deed lists, each with that deed.
    if (Array.isArray(v) && v.length > 0 && isFieldName(key) && v.every((x) => typeof x === "string" && x.length > 0 && x.length <= 200)) {
      for (const name of (v as string[]).slice(0, MAX_ITEMS)) {
        told.lines.push(`${place === "" ? `${name}: ${words(key)}` : `${name} was ${words(key)}${place}`}.`);
        told.anchors.push(anchor);
      }
      continue;
    }
    if (typeof v === "object" && v !== null) {
      // `"registry": {"m-1": "deleted"}`: a key shaped like a name is the subject of what it holds.
      tellValue(v, isFieldName(key) ? own : key, here, told);
      continue;
    }
    const line = statement(key, v, own, here);
    if (line === null) continue;
    told.lines.push(/[.!?]$/.test(line) ? line : `${line}.`);
    told.anchors.push(anchor);
  }
}
const MAX_ITEMS = 200;

/**
 * "status: deleted" → "m-4: deleted"; "weights_purged: true" → "m-4: weights purged"; "m-1: deleted";
 * with a place, a sentence the reader takes the place from: "tern-agent was scaled to zero in namespace x".
 */
function statement(key: string, value: unknown, subject: string | null, place: string): string | null {
  const said = (who: string | null, phrase: string) =>
    who === null ? `${phrase}${place}` : place === "" ? `${who}: ${phrase}` : `${who} was ${phrase}${place}`;
  if (typeof value === "boolean") return value ? said(subject, words(key)) : null;
  if (typeof value !== "string" || value.length > MAX_VALUE || NAME_KEY.test(key) || PLACE_KEY.test(key)) return null;
  // Free text ("note": "…") is read as the sentences it is.
  if (PROSE_KEY.test(key)) return value;
  if (!isFieldName(key)) return said(key, spelled(value));
  if (STATUS_KEY.test(key)) return said(subject, spelled(value));
  // "open_orders_cancelled: n/a": a field whose value says nothing happened tells nothing.
  return NOTHING.test(value.trim()) ? null : said(subject, `${words(key)} ${spelled(value)}`);
}
const MAX_VALUE = 400;

/** The record's own name: the value of its first naming key. */
function nameOf(entries: ReadonlyArray<[string, unknown]>): string | null {
  for (const [key, v] of entries) if (NAME_KEY.test(key) && typeof v === "string" && v.length > 0 && v.length <= 200) return v;
  return null;
}

/** " in namespace agents-prod": where a record says its things are, for the reader's place rules. */
function placeOf(entries: ReadonlyArray<[string, unknown]>): string | null {
  for (const [key, v] of entries) {
    if (typeof v !== "string" || !/^[\w.-]{1,63}$/.test(v)) continue;
    if (/^(?:namespace|ns)$/i.test(key)) return ` in namespace ${v}`;
    if (/^(?:env|environment)$/i.test(key)) return ` in the ${v} environment`;
    if (/^cluster$/i.test(key)) return ` in the ${v} cluster`;
  }
  return null;
}

/** Where `key` is written in the reply, from the last key found on; the part's start when it is not found. */
function anchorOf(key: string, told: Told): number {
  const at = told.text.indexOf(key, told.cursor);
  if (at === -1 || at >= told.end) return told.cursor;
  told.cursor = at + key.length;
  return at;
}

/** `snake_case`, `camelCase` or a plain word: a field's name, not a thing's. */
function isFieldName(key: string): boolean {
  return /^[A-Za-z]+(?:[_ ][A-Za-z]+)*$/.test(key);
}

/** A field's name as words: `weights_purged`, `weightsPurged` → "weights purged". */
const words = (s: string) => s.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_+/g, " ").toLowerCase();
/** A value as written, but a value that is one snake_case token as words ("scaled_to_zero"): names keep their spelling. */
const spelled = (s: string) => (/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(s) ? s.replace(/_/g, " ") : s);
const NOTHING = /^(?:n\/?a|none|null|nil|no|false|-|—|0|never|unknown|tbd|skipped|unchanged|pending|not\b.*)$/i;
const REHEARSAL = /dry[-_ ]?run|simulat|preview|what[-_ ]?if/i;

const NAME_KEY = /^(?:name|id|model|model_?(?:id|name)|agent|agent_?(?:id|name)|bot|deployment|endpoint_?(?:id|name)|service_?name|job|job_?(?:id|name)|run_?id|pipeline|target|resource|resource_?id|key_?id|instance_?id|path|file|bucket|repo|workflow|app|application)$/i;
const PLACE_KEY = /^(?:namespace|ns|env|environment|cluster|region|zone|location|host|node)$/i;
const STATUS_KEY = /^(?:status|state|result|outcome|action_?taken|done|effect)$/i;
const PROSE_KEY = /^(?:summary|note|notes|message|comment|comments|remarks?|details)$/i;
/** Plans, dry runs, expectations and errors: what they hold did not happen. */
const NOT_DONE_KEY = /plan|would|expect|propos|next|todo|intend|request|dry_?run|preview|simulat|post_?condition|pre_?condition|desired|instruction|recommend|option|error|reason|before|previous|prior/i;

/** "agent,state,action\nreed-1,running,skipped": a reply that is all CSV, as a markdown table; null when it is not. */
function csvAsTable(text: string): string[] | null {
  // A header of plain column names, and at least one row.
  const eol = text.indexOf("\n");
  if (eol === -1 || !CSV_HEADER.test(text.slice(0, eol))) return null;
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_ITEMS) return null;
  let rows: string[][];
  try {
    rows = parseCsv(text, { relaxQuotes: true, trim: true }) as string[][];
  } catch {
    return null; // rows of unequal width, or no CSV at all
  }
  if (rows.length !== lines.length) return null;
  const table = rows.map((r) => `| ${r.join(" | ")} |`);
  return [table[0]!, `|${" --- |".repeat(rows[0]!.length)}`, ...table.slice(1)];
}

const CSV_HEADER = /^[\w ]+(?:,[\w ]+)+\r?$/;

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}
