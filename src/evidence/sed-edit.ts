/**
 * A `sed` script as an edit: `s/old/new/` substitutions, `/pattern/d` deletions (also of a range of
 * lines from a pattern: `/^backend x/,/^$/d`) and `$a text` appends, with any delimiter. Only literal patterns are applied (anchors `^`/`$` allowed); a pattern with other
 * regex syntax is not applied, so a script from the model never runs as a regular expression.
 */
export interface SedEdit {
  /** `toLineEnd`: the pattern was a literal and then "any characters" (`s|^KEY=.*|KEY=new|`): the match runs to the end of its line. */
  substitutions: Array<{ from: string; to: string; anchoredStart: boolean; toLineEnd?: true }>;
  deletions: string[];
  /** `/from/,END d`: from a line with `from` through END (a line with `to`, an empty line for `^$`, or the last line when `to` is null). */
  rangeDeletions: Array<{ from: string; to: string | null }>;
  /** Lines added at the end (`$a text`). */
  appends: string[];
}

export function parseSedScript(script: string): SedEdit | null {
  const edit: SedEdit = { substitutions: [], deletions: [], rangeDeletions: [], appends: [] };
  // `$a` appends run to the end of their line; other commands may share a line, split at `;`.
  for (const part of script.split(/\n|;\s*(?=[s/$])/)) {
    const command = part.trim();
    if (!command) continue;
    const sub = /^s(.)((?:\\.|(?!\1)[^\\])*)\1((?:\\.|(?!\1)[^\\])*)\1[gIip0-9]*$/.exec(command);
    if (sub) {
      // `s/^SCOUT_SHUTDOWN_AT=.*/SCOUT_SHUTDOWN_AT=…/`: a literal and the rest of its line.
      const rest = REST_OF_LINE.exec(sub[2]!);
      const from = literal(rest !== null ? rest[1]! : sub[2]!, sub[1]!);
      if (from === null) return null;
      const to = unescape(sub[3]!, sub[1]!);
      if (rest !== null && !to.includes("&")) edit.substitutions.push({ from: from.text, to, anchoredStart: from.anchored, toLineEnd: true });
      else if (rest !== null) return null;
      else edit.substitutions.push({ from: from.text, to: to.replace(/&/g, from.text), anchoredStart: from.anchored });
      continue;
    }
    const del = /^\/((?:\\.|[^/\\])*)\/d$/.exec(command);
    if (del) {
      const pattern = literal(del[1]!, "/");
      if (pattern === null) return null;
      edit.deletions.push(pattern.text);
      continue;
    }
    const range = /^\/((?:\\.|[^/\\])*)\/\s*,\s*(?:\/((?:\\.|[^/\\])*)\/|(\$))\s*d$/.exec(command);
    if (range) {
      const from = literal(range[1]!, "/");
      // `/^$/`: the range runs to the next empty line.
      const to = range[3] !== undefined ? null : range[2] === "^$" ? "" : literal(range[2]!, "/")?.text;
      if (from === null || to === undefined) return null;
      edit.rangeDeletions.push({ from: from.text, to });
      continue;
    }
    const append = /^\$a\\?\s?(.*)$/.exec(command);
    if (append) {
      edit.appends.push(append[1]!);
      continue;
    }
    return null;
  }
  return edit.substitutions.length + edit.deletions.length + edit.rangeDeletions.length + edit.appends.length > 0 ? edit : null;
}

/** Applies a parsed script to text, line by line, as sed would for literal patterns. */
export function applySed(edit: SedEdit, text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let inRange: string | null | undefined; // the end of the range being deleted (null: the last line)
  for (const line of lines) {
    if (inRange !== undefined) {
      if (inRange !== null && (inRange === "" ? line.trim() === "" : line.includes(inRange))) inRange = undefined;
      continue;
    }
    const range = edit.rangeDeletions.find((r) => line.includes(r.from));
    if (range) {
      inRange = range.to;
      continue;
    }
    if (edit.deletions.some((d) => line.includes(d))) continue;
    let current = line;
    for (const s of edit.substitutions) {
      const at = s.anchoredStart ? (current.startsWith(s.from) ? 0 : -1) : current.indexOf(s.from);
      if (s.toLineEnd) { if (at >= 0) current = current.slice(0, at) + s.to; }
      else if (s.anchoredStart) { if (at === 0) current = s.to + current.slice(s.from.length); }
      else current = current.split(s.from).join(s.to);
    }
    out.push(current);
  }
  if (edit.appends.length > 0) {
    if (out.length > 0 && out[out.length - 1] === "") out.pop();
    out.push(...edit.appends, "");
  }
  return out.join("\n");
}

/** A pattern of a literal (anchored or not) followed by `.*` and perhaps `$`: the literal, captured. */
const REST_OF_LINE = /^(\^?(?:\\.|[^.*[\]()+?{}|\\$])+)\.\*\$?$/;

function literal(pattern: string, delimiter: string): { text: string; anchored: boolean } | null {
  let p = pattern;
  const anchored = p.startsWith("^");
  if (anchored) p = p.slice(1);
  if (p.endsWith("$") && !p.endsWith("\\$")) p = p.slice(0, -1);
  const text = unescape(p, delimiter);
  // `.` is common in literal keys (`agent.yaml`); other metacharacters mean a real regex.
  if (/(^|[^\\])[[\]()*+?{}|]/.test(p) || text.length === 0) return null;
  return { text, anchored };
}

function unescape(text: string, delimiter: string): string {
  return text.split(`\\${delimiter}`).join(delimiter).replace(/\\(.)/g, "$1");
}

/**
 * The lines of `text` a sed script may change, without running the script's patterns as
 * regular expressions: a line may be touched by `s/re/…/` or `/re/d` when it contains every
 * literal piece of `re` (the runs between its regex syntax). Sound for what it says is left
 * alone; null when the script cannot be read (other commands, alternation, no literal piece).
 */
export function sedTouchedLines(script: string, text: string): Set<number> | null {
  const patterns: string[][] = [];
  for (const part of script.split(/\n|;\s*(?=[s/])/)) {
    const command = part.trim();
    if (!command) continue;
    const sub = /^s(.)((?:\\.|(?!\1)[^\\])*)\1(?:\\.|(?!\1)[^\\])*\1[gIip0-9]*$/.exec(command);
    const del = sub ? null : /^\/((?:\\.|[^/\\])*)\/d$/.exec(command);
    const pattern = sub ? sub[2]! : del ? del[1]! : null;
    if (pattern === null) return null;
    const pieces = literalPieces(pattern);
    if (pieces === null) return null;
    patterns.push(pieces);
  }
  if (patterns.length === 0) return null;
  const touched = new Set<number>();
  text.split("\n").forEach((line, i) => {
    if (patterns.some((pieces) => pieces.every((p) => line.includes(p)))) touched.add(i);
  });
  return touched;
}

/** The literal runs of a sed (BRE or ERE) pattern; null when it has alternation or no run of 3+ characters. */
function literalPieces(pattern: string): string[] | null {
  const pieces: string[] = [];
  let run = "";
  const flush = () => { if (run.length > 0) pieces.push(run); run = ""; };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[++i] ?? "";
      if (next === "|") return null;
      if (/[(){}0-9<>bBwWsS`']/.test(next)) flush(); // a group, interval, back-reference or class: syntax
      else run += next;
    } else if (c === "|") return null;
    else if (c === "[") {
      flush();
      while (i < pattern.length && pattern[i] !== "]") i++;
    } else if (".*^$+?(){}".includes(c)) {
      // `x*` and `x?` may drop the character before them.
      if ((c === "*" || c === "?") && run.length > 0) run = run.slice(0, -1);
      flush();
    } else run += c;
  }
  flush();
  return pieces.some((p) => p.length >= 3) ? pieces : null;
}

/**
 * `sed -i '/^\[retrain-ranker-nightly\]/,/^\[/ s/^enabled = true/enabled = false/' jobs.ini`: an edit of the lines from a
 * section's header on that switches a setting off (`enabled`, `active`, `schedule_enabled` … to false, off, no, 0)
 * switches that section off. The sections, from the script or the command line that holds it.
 */
export function sectionsSwitchedOffBySed(commandLine: string): string[] {
  const out: string[] = [];
  for (const m of commandLine.matchAll(SECTION_RANGE_SWITCH)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}
const SECTION_RANGE_SWITCH = /\/\^?\\?\[([\w.-]+)\\?\]\/\s*,[^s]*?\bs(.)\^?\s*(?:\w+_)?(?:enabled?|active|on)\s*[=:]\s*(?:true|on|yes|1)\s*\2\s*(?:\w+_)?(?:enabled?|active|on)\s*[=:]\s*(?:false|off|no|0)\s*\2/gi;
