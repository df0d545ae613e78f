import JSON5 from "json5";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { oneLineJson } from "../exchange/one-line-json";
import { rememberPerText } from "./remember-per-text";

/** A tool result read once, shared by the outcome, state and alias readers. */
export interface ParsedResult {
  /** The result parsed as JSON, or undefined when it is not JSON (or too large to parse). */
  json: unknown;
  /** Structured views of the result: the JSON, a JSON stdout, and `key: value` blocks of the text. */
  documents: unknown[];
  /** For command results (`{stdout, stderr, exit_code}`): the parts. Null when absent. */
  stdout: string | null;
  stderr: string | null;
  exitCode: number | null;
  /** The text to scan for words: the stdout and stderr of a command result, else the result; at most ~80 KB. */
  text: string;
}

const MAX_JSON_CHARS = 512 * 1024;
/** A raw HTTP response: status line, headers and a blank line before the body. */
const HTTP_HEAD = /^HTTP\/\d(?:\.\d)? \d{3}\b[^]*?\r?\n\r?\n/;
/** `HTTP 200 OK` on its own line, then (maybe headers and) a JSON body with no blank line between. */
const STATUS_LINE = /^HTTP(?:\/\d(?:\.\d)?)? \d{3}\b[^\n]*\n/;

/** The JSON body after a status line and any `Header: value` lines. */
function bodyAfterStatus(result: string): unknown {
  const at = result.search(/\n[{[]/);
  return at === -1 ? undefined : tryJson(result.slice(at + 1));
}
const HEAD_CHARS = 64 * 1024;
const TAIL_CHARS = 16 * 1024;
const MAX_KV_LINES = 2000;

/**
 * Parses a tool result: JSON when it looks like JSON and is under 512 KB, command-result
 * fields, and `key: value` lines. Memoized for the last few results, since three readers
 * look at each result in one request.
 */
export const parseResult: (result: string) => ParsedResult = rememberPerText(parse, 64);

function parse(given: string): ParsedResult {
  // `exitcode: 1 (execution failed)\nCode output: …` (AutoGen's code executors): a command result in text.
  const run = CODE_RUN.exec(given);
  const result = run === null ? given : JSON.stringify({ exit_code: Number(run[1]), stdout: given.slice(run[0].length) });
  const asJson = tryJson(result) ?? tryPythonRepr(result);
  // A YAML record with structure is read as its JSON would be (not `ERROR: …` lines, nor a workflow file).
  const yamlRecord = asJson === undefined ? tryYamlDocument(result) ?? tryTomlDocument(result) : undefined;
  const json = asJson ?? (yamlRecord !== undefined && isNestedRecord(yamlRecord) ? yamlRecord : undefined);
  const documents: unknown[] = [];
  let stdout: string | null = null;
  let stderr: string | null = null;
  let exitCode: number | null = null;
  if (json !== undefined) documents.push(json);
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    stdout = firstString(o, ["stdout", "output", "out", "result", "text", "log", "logs"]);
    stderr = firstString(o, ["stderr", "err"]);
    const code = o.exit_code ?? o.exitCode ?? o.returncode ?? o.return_code ?? o.exit_status ?? o.rc;
    if (typeof code === "number") exitCode = code;
    else if (typeof code === "string" && /^-?\d+$/.test(code.trim())) exitCode = Number(code);
    if (stdout !== null) {
      const inner = tryJson(stdout) ?? tryJsonLines(stdout);
      if (inner !== undefined) documents.push(inner);
      else documents.push(...keyValueBlocks(stdout));
    }
    // `{"status": 200, "body": "{\"data\": […]}"}`, `{"topic": …, "payload": "{\"state\": \"stopped\"}"}`: a body or
    // message passed on as text is a document too.
    for (const key of TEXT_DOCUMENT_KEYS) {
      const value = o[key];
      if (typeof value !== "string" || !/^\s*[{[]/.test(value)) continue;
      const inner = tryJson(value);
      if (inner !== undefined) documents.push(inner);
    }
  }
  if (json === undefined) {
    // `HTTP/1.1 200 OK`, headers, a blank line, then a JSON body: the body is a document too.
    const body = HTTP_HEAD.test(result) ? tryJson(result.slice(result.search(/\r?\n\r?\n/) + 1)) : STATUS_LINE.test(result) ? bodyAfterStatus(result) : tryJsonLines(result);
    if (body !== undefined) documents.push(body);
    documents.push(...keyValueBlocks(result));
  }
  // An indented JSON answer reads as the same answer on one line: readers that go line by line see each record whole.
  const base = stdout !== null || stderr !== null ? `${stdout ?? ""}\n${stderr ?? ""}` : json !== undefined && result.includes("\n") ? oneLineJson(json) : result;
  const text = base.length > HEAD_CHARS + TAIL_CHARS ? `${base.slice(0, HEAD_CHARS)}\n${base.slice(-TAIL_CHARS)}` : base;
  return { json, documents, stdout, stderr, exitCode, text };
}


const CODE_RUN = /^exitcode: (-?\d+) \(execution (?:succeeded|failed)\)\r?\nCode output: ?/;

/**
 * `{'returncode': 1, 'stdout': '', 'stderr': 'Traceback …', 'ok': None}`: a Python dict or list printed with `repr` (a
 * LangChain or CrewAI tool that returns its value unconverted), read as JSON5 once `None`, `True` and `False` outside
 * its strings are spelled as JSON's.
 */
function tryPythonRepr(text: string): unknown {
  const t = text.trim();
  if (t.length > MAX_JSON_CHARS || !PYTHON_OPEN.test(t)) return undefined;
  try {
    return JSON5.parse(t.replace(PYTHON_TOKENS, (m) => PYTHON_CONSTANTS[m] ?? m)) as unknown;
  } catch {
    return undefined;
  }
}
/** A dict or list opening with a single-quoted key or item, or a list of tuples (`[(None, None)]`). */
const PYTHON_OPEN = /^(?:\{\s*'|\[\s*(?:'|\{\s*'|\())/;
/** Quoted strings (kept as they are) and the Python constants between them. */
const PYTHON_TOKENS = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\b(?:None|True|False)\b|\(|\)/g;
const PYTHON_CONSTANTS: Readonly<Record<string, string>> = { None: "null", True: "true", False: "false", "(": "[", ")": "]" };

/** Top-level keys whose string value is often a whole JSON document (HTTP bodies, queue and MQTT messages). */
const TEXT_DOCUMENT_KEYS = ["body", "payload", "message", "data", "content"];

function tryJson(text: string): unknown {
  const t = text.trimStart();
  if (t.length > MAX_JSON_CHARS || !(t.startsWith("{") || t.startsWith("["))) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A YAML answer (`kubectl get -o yaml`, a tool that prints its record as YAML): read as the same
 * record JSON would give. Only text that opens with a `key:` line (or a `- key:` item), spans lines
 * and parses to a mapping of two keys or more, or a list of mappings; at most 64 KB.
 */
function tryYamlDocument(text: string): unknown {
  if (text.length > MAX_YAML_CHARS || !YAML_START.test(text) || !text.includes("\n")) return undefined;
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 0, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v)) ? value : undefined;
  return value !== null && typeof value === "object" && Object.keys(value).length >= 2 ? value : undefined;
}
const MAX_YAML_CHARS = 64 * 1024;

/**
 * A TOML answer (`--format toml`): its tables read as the record JSON would give. Only text whose first line
 * is a `[table]` header, and that parses whole; at most 64 KB.
 */
function tryTomlDocument(text: string): unknown {
  if (text.length > MAX_YAML_CHARS || !TOML_START.test(text)) return undefined;
  try {
    return parseToml(text);
  } catch {
    return undefined;
  }
}
const TOML_START = /^\s*\[[A-Za-z_][\w.-]*\]\s*\n/;

/**
 * A record with structure (a list, or a mapping with a nested value), not a program's `ERROR: …` /
 * `x: Destroying...` lines, nor a workflow or a compose file shown by a read (read as the file it is).
 */
function isNestedRecord(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  const entries = Object.entries(value as object);
  return entries.some(([, v]) => v !== null && typeof v === "object") && !entries.some(([k]) => FILE_KEYS.has(k) || MESSAGE_KEY.test(k));
}
const MESSAGE_KEY = /^(?:error|errors|warning|warn|detail|hint|fatal|notice|info|debug|usage|exception|traceback|note)$/i;
/** Top-level keys of files people keep (CI workflows, compose files, Kubernetes manifests of a chart), not answers. */
const FILE_KEYS = new Set(["on", "jobs", "steps", "services", "version", "stages", "include", "variables", "x-common"]);
const YAML_START = /^(?:---\s*\n)?(?:- )?[A-Za-z_][\w.-]*:(?: |\n)/;

/** JSON Lines (`gh … --jq`, `jq -c`, log shippers): one object per line, read as an array; undefined unless every line is one. */
function tryJsonLines(text: string): unknown[] | undefined {
  const t = text.trim();
  if (t.length > MAX_JSON_CHARS || !t.startsWith("{") || !t.includes("\n")) return undefined;
  const rows: unknown[] = [];
  for (const line of t.split("\n")) {
    const row = line.trim();
    if (row === "") continue;
    if (!row.startsWith("{") || !row.endsWith("}")) return undefined;
    try {
      rows.push(JSON.parse(row));
    } catch {
      return undefined;
    }
  }
  return rows;
}

function firstString(o: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) if (typeof o[k] === "string") return o[k] as string;
  return null;
}

/**
 * `key: value` / `key=value` lines as objects, a blank line or a new top-level key after an
 * indented block starting a new object; keys are kept flat (`oversight:` then `  enabled: true`
 * gives `enabled`). Values keep their text.
 */
export function keyValueBlocks(text: string): Array<Record<string, string>> {
  const blocks: Array<Record<string, string>> = [];
  let current: Record<string, string> = {};
  let count = 0;
  const flush = () => { if (Object.keys(current).length > 0) blocks.push(current); current = {}; };
  let start = 0;
  const limit = Math.min(text.length, HEAD_CHARS);
  while (start < limit && count < MAX_KV_LINES) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > limit) end = limit;
    const line = text.slice(start, end);
    start = end + 1;
    count++;
    if (line.trim() === "") { flush(); continue; }
    if (line.length > 1000) continue; // keeps the line regex linear
    const m = /^\s*-?\s*([A-Za-z_][\w.-]{0,40})\s*[:=]\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!;
    const value = m[2]!.replace(/^["']|["']$/g, "");
    if (Object.hasOwn(current, key)) flush();
    if (value !== "") current[key] = value;
  }
  flush();
  return blocks;
}
