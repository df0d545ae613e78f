import { NAME_HEADER } from "./listing-states";
import { stateOfWord } from "./state-words";
import { UNDERLINE, underlinedCells, underlinedColumns } from "./underlined-table";

/**
 * Rows of text output whose cells name one thing: process lines (pid and program), tab-separated
 * rows, aligned CLI tables, `|` tables and terraform progress lines. Each row is a group of names
 * for `collectAliases`. Linear in the text; 500 lines at most per reader.
 */
export function listedRows(text: string): string[][] {
  return [
    ...processLines(text).map(([pid, names]) => [pid, ...names]),
    ...tabSeparatedIds(text), ...columnTableIds(text), ...pipeTableIds(text), ...terraformResourceIds(text),
  ];
}

/** Directories that hold scripts of many things: they name none of them. */
const GENERIC_DIRS = new Set(["opt", "srv", "usr", "bin", "sbin", "local", "lib", "app", "apps", "home", "root", "src", "scripts", "tmp", "var", "etc", "code", "workspace", "work", "services"]);
/** Interpreters and launchers: the program they run names the process, not they. */
const LAUNCHERS = /^(?:python[\d.]*|node|nodejs|deno|bun|java|ruby|perl|php|bash|sh|zsh|dash|env|sudo|nohup|uv|uvicorn|gunicorn|npm|npx)$/;
const MAX_PROCESS_LINES = 500;

/**
 * `pgrep -lf` / `ps -o pid,args` lines ("41877 python3.11 -m hermes.agent --config …"): the pid
 * and the names the command gives its process — the program (`/usr/bin/lark-serve` → lark-serve),
 * else the module after `-m` (hermes.agent, hermes) or the script (`serve.py` → serve).
 */
function processLines(text: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const lines = text.split("\n", MAX_PROCESS_LINES);
  for (const line of lines) {
    const m = /^\s*(\d{2,7})\s+(\S.*)$/.exec(line);
    if (!m) continue;
    let words = m[2]!.trim().split(/\s+/);
    // `ps -eo pid,user,cmd`: a user column before the command (`3141 qa python3 -m qa_watchdog …`).
    if (words.length > 2 && /^[a-z_][\w-]{0,31}$/.test(words[0]!) && !LAUNCHERS.test(words[0]!) && (LAUNCHERS.test(words[1]!) || words[1]!.startsWith("/"))) words = words.slice(1);
    const program = words[0]!.replace(/^.*\//, "");
    if (/^[\d:.%]+$/.test(program)) continue; // a table of numbers, not a command
    const names: string[] = [];
    if (!LAUNCHERS.test(program)) names.push(program);
    else {
      const module = words.indexOf("-m");
      const runs = module !== -1 ? words[module + 1] : words.slice(1).find((w) => !w.startsWith("-"));
      if (runs) {
        const base = runs.replace(/^.*\//, "").replace(/\.(?:py|js|mjs|ts|rb|pl|sh|jar)$/, "");
        names.push(base);
        if (base.includes(".")) names.push(base.split(".")[0]!);
        // `/opt/dormouse/agent.py`: the directory names whose agent (or monitor) the script is: `dormouse-agent`.
        const dir = /([a-z][\w-]*)\/[^/]+$/i.exec(runs)?.[1];
        if (dir !== undefined && !GENERIC_DIRS.has(dir.toLowerCase()) && !base.toLowerCase().includes(dir.toLowerCase())) names.push(`${dir}-${base}`);
      }
    }
    if (names.length) out.push([m[1]!, names.filter((n) => n.length > 1)]);
  }
  return out;
}

/**
 * Rows of tab-separated output whose cells include an opaque id and another identifier
 * (`docker ps --format '{{.ID}}\t{{.Names}}'` → "3f9a1c2e7b44	bento-negotiator	Up 6 days"):
 * the identifiers of one row name one thing.
 */
function tabSeparatedIds(text: string): string[][] {
  const out: string[][] = [];
  if (!text.includes("\t")) return out;
  for (const line of text.split("\n", MAX_PROCESS_LINES)) {
    if (!line.includes("\t")) continue;
    // A state column (`running`, `stopped`) is no name of the row's thing.
    const cells = line.split("\t").map((c) => c.trim()).filter((c) => TAB_ID_CELL.test(c) && stateOfWord(c.toLowerCase()) === null && !TIMESTAMP.test(c));
    // Beside a kind-prefixed id (`snap-0a1f…`, `i-0e93…`), a bare number is a size or a count, not a name.
    const prefixed = cells.some((c) => PREFIXED_ID.test(c));
    const ids = prefixed ? cells.filter((c) => !/^\d+$/.test(c)) : cells;
    if (ids.length >= 2 && ids.some((c) => OPAQUE_CELL.test(c))) out.push(ids);
  }
  return out;
}

const TAB_ID_CELL = /^[A-Za-z0-9][\w.:/@-]{2,}$/;
/** A hex id of eight or more characters (maybe after a kind prefix: `i-0e93b7a6…`), or a number of several digits. */
const OPAQUE_CELL = /^(?:[a-z]{1,4}-)?(?:[0-9a-f]{8,}|\d{3,})$/i;
const PREFIXED_ID = /^[a-z]{1,4}-[0-9a-f]{8,}$/i;
const TIMESTAMP = /^\d{4}-\d\d-\d\d[T ]\d\d:/;

/**
 * Rows of a whitespace-aligned CLI table whose header has two or more id or name columns
 * (`MODEL_ID  DISPLAY_NAME  DEPLOYMENTS`, `ID  NAME  STATE`): the row's ids and names name one
 * thing. Cells go to the column whose header starts at or before them, so an empty trailing
 * cell shifts nothing.
 */
function columnTableIds(text: string): string[][] {
  const out: string[][] = [];
  const lines = text.split("\n", MAX_PROCESS_LINES);
  const at = lines.findIndex((l) => HEADER_LINE.test(l));
  if (at === -1) return out;
  // `tasklist`, `Get-Process | Format-Table`: a rule of `=` or `-` under the header marks each column exactly.
  if (UNDERLINE.test(lines[at + 1] ?? "")) return underlinedTableIds(lines, at);
  // Aligned with two or more spaces, a header may have words joined by one (`DISPLAY NAME`, `CREATED AT`),
  // and so may a cell (`Summarizer v1`): one space then stays inside a cell.
  const cell = /\S {2,}\S/.test(lines[at]!) ? /\S+(?: \S+)*/g : /\S+/g;
  const header = [...lines[at]!.matchAll(cell)].map((m) => ({ name: m[0], start: m.index }));
  const nameCols = new Set(header.flatMap((h, i) => (NAME_HEADER.test(h.name) ? [i] : [])));
  if (nameCols.size < 2) return out;
  for (const line of lines.slice(at + 1)) {
    const ids: string[] = [];
    for (const m of line.matchAll(cell)) {
      const col = columnOf(header, m.index, m[0].length);
      if (nameCols.has(col) && TAB_ID_CELL.test(m[0])) ids.push(m[0]);
    }
    if (ids.length >= 2) out.push(ids);
  }
  return out;
}

/** Rows of a table whose header is underlined column by column: the cells under the id and name columns. */
function underlinedTableIds(lines: readonly string[], at: number): string[][] {
  const columns = underlinedColumns(lines[at]!, lines[at + 1]!);
  const nameCols = columns.flatMap((c, i) => (NAME_HEADER.test(c.name) ? [i] : []));
  const out: string[][] = [];
  if (nameCols.length < 2) return out;
  for (const line of lines.slice(at + 2)) {
    const cells = underlinedCells(line, columns);
    const ids = nameCols.map((i) => cells[i]!).filter((c) => TAB_ID_CELL.test(c));
    if (ids.length >= 2) out.push(ids);
  }
  return out;
}

/**
 * The column a cell at [start, start + length) stands in: the header it overlaps most (a number
 * right-aligned under `PID` starts before it), else the last header starting at or before it.
 */
function columnOf(header: ReadonlyArray<{ name: string; start: number }>, start: number, length: number): number {
  let best = -1;
  let most = 0;
  for (let i = 0; i < header.length; i++) {
    const h = header[i]!;
    const overlap = Math.min(start + length, h.start + h.name.length) - Math.max(start, h.start);
    if (overlap > most) { most = overlap; best = i; }
  }
  if (best !== -1) return best;
  let col = header.length - 1;
  while (col > 0 && header[col]!.start > start) col--;
  return col;
}

/**
 * Rows of a `|`-separated table (psql, MySQL, markdown) whose header has two or more id or name
 * columns (`id | name | status`): the row's ids and names name one thing.
 */
function pipeTableIds(text: string): string[][] {
  const out: string[][] = [];
  if (!text.includes("|")) return out;
  const lines = text.split("\n", MAX_PROCESS_LINES);
  const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const at = lines.findIndex((l) => l.includes("|") && cellsOf(l).filter((c) => NAME_HEADER.test(c)).length >= 2);
  if (at === -1) return out;
  const nameCols = cellsOf(lines[at]!).flatMap((c, i) => (NAME_HEADER.test(c) ? [i] : []));
  for (const line of lines.slice(at + 1)) {
    if (!line.includes("|") || /^[\s|+:-]+$/.test(line)) continue;
    const cells = cellsOf(line);
    // Under an id or name header a short number is an id too (`| 42 | sentiment-agent |`).
    const ids = nameCols.map((i) => cells[i] ?? "").filter((c) => TAB_ID_CELL.test(c) || /^\d+$/.test(c));
    if (ids.length >= 2 && ids.some((c) => !/^\d+$/.test(c))) out.push(ids);
  }
  return out;
}

/**
 * Terraform's progress lines name a resource by its address and its provider id:
 * `module.x.kubernetes_deployment.vllm: Destroying... [id=serving/vllm-vision]`. The address,
 * the id and the id's last segment (`projects/…/nodePools/gpu-a100-vision`) name one thing.
 */
function terraformResourceIds(text: string): string[][] {
  const out: string[][] = [];
  if (!text.includes("[id=")) return out;
  for (const line of text.split("\n", MAX_PROCESS_LINES)) {
    const m = TERRAFORM_PROGRESS.exec(line);
    if (!m) continue;
    const id = m[2]!;
    const last = id.slice(id.lastIndexOf("/") + 1);
    out.push(last !== id && last.length > 2 ? [m[1]!, id, last] : [m[1]!, id]);
  }
  return out;
}
const TERRAFORM_PROGRESS = /^\s*([\w.\[\]"-]+): (?:Refreshing state|Destroying|Destruction complete|Still destroying|Creating|Creation complete|Modifying|Modifications complete|Reading)\b[^[]*\[id=([^\]\s]{1,300})\]/;

/** A header of two or more column names that start upper-case (`NAME  STATUS`, sacct's `JobID  JobName  State`). */
/** Words that each open with a capital, or with a Japanese, Chinese or Korean character (`ジョブID   名前   状態`). */
const HEADER_LINE = /^\s*[A-Z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][\w().\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af-]*(?:\s+[A-Z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][\w().\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af-]*)+\s*$/;

