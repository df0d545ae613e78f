import type { StateEvidence } from "./state-words";
import { LEAVING, stateOfWord } from "./state-words";
import { UNDERLINE, underlinedCells, underlinedColumns } from "./underlined-table";

const MAX_ROWS = 500;

/**
 * States shown by tabular command output: a `kubectl get` table (STATUS or READY column), a
 * `ps` listing for a pid, an `ls` listing of a directory, or any other CLI's table with a
 * name or id column and a status column (`qm list`, `docker ps -a`, `nomad job status`…).
 * Returns null when the text is none of these.
 */
export function tableStates(stdout: string, program: string, targets: readonly string[]): StateEvidence[] | null {
  const lines = stdout.split("\n", MAX_ROWS + 1).filter((l) => l.trim() !== "");
  if (program === "kubectl" || program === "oc") return kubectlTable(lines, targets);
  if (program === "ps") return psTable(lines, targets);
  if (program === "ls") return lsListing(lines, targets);
  return statusColumnTable(lines);
}

/**
 * `aws … --output text`, `mysql -B`: header-less rows of tab-separated cells, each row an id first
 * (`i-0e93b7a61fd2c58e1\tlabel-export-3\tstopped`) and one cell a state word. Null unless every
 * row is so.
 */
function tabRows(lines: readonly string[]): StateEvidence[] | null {
  if (lines.length === 0 || !lines.every((l) => l.includes("\t"))) return null;
  const out: StateEvidence[] = [];
  for (const line of lines) {
    const cells = line.split("\t").map((c) => c.trim());
    const id = cells[0]!;
    if (!/^[\w.:/-]+$/.test(id) || !/[\d_-]/.test(id)) return null;
    const state = cells.slice(1).map((c) => stateOfWord(c.toLowerCase())).find((x) => x !== null);
    if (state) out.push({ target: id, state });
  }
  return out.length > 0 ? out : null;
}

/** Column headers that name a row: NAME, ID, VMID, JOBID, CONTAINER_ID, "NAMES" (docker), TITLE (deploy keys), ALIAS. */
export const NAME_HEADER = /^(?:names?|titles?|alias|label|[a-z]*[_ ]?id|[a-z]+[_ ]?name|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]*\s?id|名前|名称|이름)$/i;
const STATUS_HEADER = /^(?:status|state)$/i;

/**
 * A whitespace-aligned table whose header has a name or id column and a status column. Only
 * rows with as many cells as the header are read (a cell with spaces would shift the columns),
 * and only status words with a known meaning count; null when the header is not such a table.
 */
function statusColumnTable(lines: string[]): StateEvidence[] | null {
  const first = tableAt(lines);
  if (first !== null) return first;
  const tabbed = tabRows(lines);
  if (tabbed !== null) return tabbed;
  // "3 machines have been retrieved from app x." above the table: a few lines of preamble, then the header.
  for (let at = 1; at < Math.min(lines.length - 1, MAX_PREAMBLE + 1); at++) {
    const rows = tableAt(lines.slice(at));
    if (rows !== null && rows.length > 0) return rows;
  }
  return null;
}
const MAX_PREAMBLE = 6;

/** The table whose header is `lines[0]`, or null when that line is no such header. */
function tableAt(lines: string[]): StateEvidence[] | null {
  if (lines.length < 2) return null;
  const tabbed = lines[0]!.includes("\t");
  const columns = UNDERLINE.test(lines[1]!) ? underlinedColumns(lines[0]!, lines[1]!) : null;
  // psql and markdown: `name | enabled` over a `-----+-----` rule.
  const piped = columns === null && lines[0]!.includes("|") && PIPE_RULE.test(lines[1]!);
  const split = (line: string) => (columns ? underlinedCells(line, columns) : piped ? pipeCells(line)
    : tabbed ? line.split("\t").map((c) => c.trim()) : line.trim().split(/\s+/));
  const header = columns ? columns.map((c) => c.name) : split(lines[0]!);
  let statusCol = header.findIndex((h) => STATUS_HEADER.test(h));
  // PowerShell's `Get-ADUser … | Select Name, Enabled`: an Enabled column of True/False says the state.
  const enabledCol = statusCol === -1 ? header.findIndex((h) => /^enabled$/i.test(h)) : -1;
  if (enabledCol !== -1) statusCol = enabledCol;
  // Flux and friends: READY True/False. A row there is present, whatever its readiness.
  const readyCol = statusCol === -1 ? header.findIndex((h) => /^ready$/i.test(h)) : -1;
  if (readyCol !== -1) statusCol = readyCol;
  const nameCols = header.flatMap((h, i) => (NAME_HEADER.test(h) ? [i] : []));
  if (statusCol === -1 || nameCols.length === 0) return null;
  // A free-text last column (MESSAGE) may hold spaces: columns before it still line up.
  const freeText = !tabbed && FREE_TEXT_HEADER.test(header[header.length - 1]!);
  const out: StateEvidence[] = [];
  for (const line of lines.slice(columns || piped ? 2 : 1, MAX_ROWS)) {
    const cells = split(line);
    if (freeText ? cells.length < header.length : cells.length !== header.length) continue;
    const cell = cells[statusCol]!;
    const state = readyCol !== -1 ? (/^(?:true|false)$/i.test(cell) ? "present" : null)
      : enabledCol !== -1 ? (/^(?:true|t)$/i.test(cell) ? "active" : /^(?:false|f)$/i.test(cell) ? "disabled" : null)
      : stateOfWord(cell);
    if (state) for (const c of nameCols) out.push({ target: cells[c]!, state });
  }
  return out;
}

const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:[+|]\s*:?-{2,}:?\s*)+\|?\s*$/;

/** The cells of a `|`-separated row, outer bars dropped. */
function pipeCells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
}

const FREE_TEXT_HEADER = /^(?:message|description|command|reason|notes?)$/i;

/** The NAME, STATUS and READY columns of a `kubectl get` header (`-A` puts NAMESPACE before NAME); -1 when absent. */
function kubectlColumns(headerLine: string): { nameCol: number; statusCol: number; readyCol: number } {
  const header = headerLine.trim().split(/\s{2,}|\t/);
  return {
    nameCol: header.findIndex((h, i) => i < 2 && h.toUpperCase() === "NAME"),
    statusCol: header.findIndex((h) => h.toUpperCase() === "STATUS"),
    readyCol: header.findIndex((h) => h.toUpperCase() === "READY"),
  };
}

function kubectlTable(lines: string[], targets: readonly string[]): StateEvidence[] {
  if (lines.length === 0 || /^no resources found/i.test(lines[0]!)) return targets.map((t) => ({ target: t, state: "absent" as const }));
  let { nameCol, statusCol, readyCol } = kubectlColumns(lines[0]!);
  if (nameCol === -1) return [];
  const out: StateEvidence[] = [];
  for (const line of lines.slice(1, MAX_ROWS)) {
    // `kubectl get deploy,pods` prints one table per kind, each under its own header.
    if (/^\s*(?:NAMESPACE\s+)?NAME\s/.test(line)) {
      ({ nameCol, statusCol, readyCol } = kubectlColumns(line));
      continue;
    }
    const cells = line.trim().split(/\s+/);
    const name = cells[nameCol];
    if (!name) continue;
    // `Terminating`: on its way out; neither still running nor gone yet.
    if (statusCol >= 0 && LEAVING.test(cells[statusCol] ?? "")) continue;
    const status = statusCol >= 0 ? stateOfWord(cells[statusCol] ?? "") : null;
    const ready = readyCol >= 0 ? /^(\d+)\/(\d+)$/.exec(cells[readyCol] ?? "") : null;
    if (status) out.push({ target: name, state: status });
    else if (ready) out.push({ target: name, state: ready[2] === "0" ? "stopped" : Number(ready[1]) > 0 ? "running" : "present" });
    else out.push({ target: name, state: "present" });
  }
  return out;
}

function psTable(lines: string[], targets: readonly string[]): StateEvidence[] {
  const rows = lines.filter((l) => !/^\s*(PID|USER|UID)\b/.test(l));
  const pids = targets.filter((t) => /^\d+$/.test(t));
  if (rows.length === 0) return pids.map((p) => ({ target: p, state: "absent" as const }));
  return pids.filter((p) => rows.some((r) => new RegExp(`(^|\\s)${p}(\\s|$)`).test(r))).map((p) => ({ target: p, state: "running" as const }));
}

/** The name in an `ls -l` line: after the eight columns before it, or its last word when a listing leaves the date out. */
function longListingName(line: string): string {
  const fields = line.trim().split(/\s+/);
  const name = fields.length >= 9 ? fields.slice(8).join(" ") : fields[fields.length - 1]!;
  return name.replace(/ -> .*$/, "");
}

function lsListing(lines: string[], targets: readonly string[]): StateEvidence[] {
  if (targets.length !== 1) return [];
  const dir = targets[0]!.replace(/\/+$/, "");
  const names = lines
    .filter((l) => !/^(?:total|insgesamt|totale|totaal|razem|итого) \d+/.test(l)) // `ls -l`'s first line, in the locale's words
    .map((l) => (/^[-dlcbps][rwxsStT-]{9}/.test(l) ? longListingName(l) : l.trim()))
    .flatMap((n) => (n.includes("  ") || n.includes("\t") ? n.split(/\s+/) : [n]))
    .filter((n) => n && n !== "." && n !== "..");
  if (names.length === 0) return [{ target: dir, state: "empty" }];
  return [{ target: dir, state: "present" }, ...names.slice(0, MAX_ROWS).map((n) => ({ target: n.startsWith("/") ? n : `${dir}/${n}`, state: "present" as const }))];
}
