import { parse as parseYaml } from "yaml";
import { rememberPerText } from "./remember-per-text";

const MAX_CHARS = 64 * 1024;
const MAX_KEYS = 2000;
const MAX_DEPTH = 16;

/**
 * The settings a config text holds, flattened to dotted keys (`oversight.enabled` → "true").
 * Reads JSON, then YAML, then `key=value` / `key: value` lines with INI `[section]` headers;
 * anything that is not settings (a shell script) gives few or no keys. Values are strings.
 * Memoized for the last few texts: one write is read by the safety diff, the copy reading and
 * the switch-on reading in the same request.
 */
export const settingsOf: (text: string) => ReadonlyMap<string, string> = rememberPerText(readSettings, 16);

/** Removes the indentation every non-empty line shares (none when some line starts at the margin). */
function dedent(text: string): string {
  let common = Infinity;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) return text;
    common = Math.min(common, indent);
  }
  return Number.isFinite(common) ? text.split("\n").map((l) => l.slice(Math.min(common, l.length - l.trimStart().length))).join("\n") : text;
}

/**
 * A diff hunk cut from inside a block ("  model: x\n  version: v9\naction: purge"): its first lines
 * belong to a parent the hunk left out. Gives them one (`_:`), so the rest reads at the right depth.
 */
function underParent(text: string): string {
  const first = /^[ \t]+\S/.exec(text);
  if (first === null || !/\n\S/.test(text)) return text;
  return `_:\n${text}`;
}

function readSettings(text: string): Map<string, string> {
  // An edit's new text is often a fragment cut from inside a file ("  - path: x\n    keep: 0"): read it dedented.
  const source = underParent(dedent(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text));
  const out = new Map<string, string>();
  const structured = parseStructured(source);
  if (structured !== null && typeof structured === "object") {
    flatten(structured, "", out);
    if (out.size > 0) return out;
  }
  let section = "";
  // `endpoints = {` … `}` (HCL, tfvars): keys inside a block are under its name.
  const blocks: string[] = [];
  for (const raw of source.split("\n")) {
    if (out.size >= MAX_KEYS || raw.length > 1000) continue;
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[([^\]]{1,80})\]$/.exec(line);
    if (header) { section = `${header[1]!.trim()}.`; continue; }
    // (`resource "aws_x" "y" {` opens a block too: its words, unquoted, name it.)
    if (line.endsWith("{") && !line.includes("=>") && blocks.length < MAX_DEPTH && (BLOCK_OPEN.test(line) || LABELLED_BLOCK.test(line))) {
      blocks.push(`${line.slice(0, -1).replace(/[="']/g, " ").trim().split(/\s+/).join(".")}.`);
      continue;
    }
    if (BLOCK_CLOSE.test(line)) { blocks.pop(); continue; }
    const prefix = section + blocks.join("");
    // `JobId=884300 TimeLimit=UNLIMITED` (scontrol, `env A=1 B=2`): a line of only `key=value` words sets each.
    if (PAIRS_LINE.test(line)) {
      for (const pair of line.split(/\s+/)) out.set(`${prefix}${pair.slice(0, pair.indexOf("="))}`, unquote(pair.slice(pair.indexOf("=") + 1)));
      continue;
    }
    const kv = /^(?:export\s+)?([A-Za-z_][\w.-]{0,80})\s*(?:=|:\s)\s*(.*)$/.exec(line) ?? /^([A-Za-z_][\w.-]{0,80}):$/.exec(line);
    if (kv) out.set(`${prefix}${kv[1]}`, unquote(kv[2] ?? ""));
  }
  return out;
}

const BLOCK_OPEN = /^([A-Za-z_][\w.-]{0,80})\s*=?\s*\{$/;
const BLOCK_CLOSE = /^\},?$/;
const LABELLED_BLOCK = /^[A-Za-z_][\w-]*(?:\s+"[^"]{1,80}"){1,2}\s*\{$/;
const PAIRS_LINE = /^[A-Za-z_][\w.-]{0,80}=\S*(?:\s+[A-Za-z_][\w.-]{0,80}=\S*)+$/;

function parseStructured(text: string): unknown {
  const t = text.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    try { return JSON.parse(t) as unknown; } catch { /* fall through to YAML */ }
  }
  // Shell scripts and prose are not YAML worth reading; a YAML config has `key:` lines.
  if (!/^\s*[\w.-]+:(\s|$)/m.test(t) || /^#!/.test(t)) return null;
  try {
    return parseYaml(t, { maxAliasCount: 50, uniqueKeys: false, strict: false, logLevel: "silent" }) as unknown;
  } catch {
    return null;
  }
}

function flatten(node: unknown, prefix: string, out: Map<string, string>, depth = 0): void {
  if (out.size >= MAX_KEYS || depth > MAX_DEPTH) return;
  if (node === null || typeof node !== "object") {
    if (prefix) out.set(prefix, node === null ? "null" : String(node));
    return;
  }
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
}

function unquote(value: string): string {
  return value.replace(/\s+#.*$/, "").trim().replace(/^["']|["']$/g, "");
}
