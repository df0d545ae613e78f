import { actionOfWord, actionOfWords, splitIdentifier } from "./action-words";
import type { ActionClass, Effect } from "./effect";
import { makeEffect } from "./effect-builder";
import { onlyMetadataKeys } from "./metadata-keys";
import { marksProtected } from "../evidence/protective-marks";

/** Columns whose literal value in a WHERE clause names the rows' subject: `name = 'kite'`, `model_id IN (7, 8)`. */
const ID_COLUMN = /^(?:id|name|uuid|guid|key|slug|agent|model|host|hostname|service|job|instance|principal|username|account)$|_(?:id|name|uuid|guid|key|slug)$/i;
/** Columns that name whose rows they are (`owner_team = 'growth-experiments'`): the rows' subject only for a deed on them. */
const OWNER_COLUMN = /^(?:owner|team|tenant)$|_(?:owner|team)$/i;
const MAX_WHERE_TARGETS = 16;

/**
 * The effect of an `UPDATE <table> SET … [WHERE …]`: a `metadata` effect when the SET list
 * writes only metadata columns (`last_heartbeat = now()`, `last_used`, `retention_until`,
 * `pinned`; `metadata-keys.ts` decides), whose targets are the table and the literal ids the
 * WHERE clause selects (`WHERE name = 'kite-agent'`); any other column keeps it a `modify` of
 * the table. The SET clause is the content either way.
 */
export function updateEffect(statement: string, tables: string[], summary: string): Effect {
  const setList = /\bset\b([\s\S]*?)(?:\b(?:where|from|returning)\b|$)/i.exec(statement)?.[1]?.trim() ?? null;
  // One assignment per line, as a settings file has them: `shutdown_enabled = false` reads on its own.
  const set = setList === null ? null : splitTopLevel(setList).map((a) => a.trim()).filter(Boolean).join("\n");
  const where = /\bwhere\b([\s\S]*?)(?:\breturning\b|$)/i.exec(statement)?.[1] ?? "";
  // `SET revoked_at = now()`, `SET is_deleted = true`: a column that records the deed is the deed (a soft revoke or delete).
  // A write that also sets a hold (`legal_hold = true`) protects more than it marks: it stays a write.
  const marked = setList === null || marksProtected([setList]) ? null : markedAction(setList);
  // The deed is on the rows the WHERE clause names (the table stays when it names none).
  const rows = whereIds(where);
  // "Disable every agent owned by growth-experiments": `WHERE owner_team = 'growth-experiments'` names whose rows the deed is on.
  const owners = rows.length === 0 && marked !== null ? whereIds(where, OWNER_COLUMN) : [];
  if (marked !== null) return makeEffect(marked, rows.length > 0 ? rows : owners.length > 0 ? owners : tables, summary, { content: set });
  // `UPDATE models SET name = 'pr1-archive-0612' … WHERE id = 512`: a new name for the rows is a rename, a move of them.
  const renamed = setList === null || rows.length === 0 ? null : newName(setList);
  if (renamed !== null && !rows.includes(renamed)) return makeEffect("move", rows, summary, { content: set, destination: renamed });
  // The rows the WHERE clause names are what the write changes (`WHERE id = 311`), beside the table.
  if (set === null || !onlyMetadataKeys(assignedColumns(set))) return makeEffect("modify", [...tables, ...rows], summary, { content: set });
  return makeEffect("metadata", [...tables, ...rows], summary, { content: set });
}

/** The literal a SET list gives a name column (`name = 'x'`, `model_name = 'x'`), or null. */
function newName(setList: string): string | null {
  for (const part of splitTopLevel(setList)) {
    const m = /^\s*(?:[\w"`]+\.)?["`]?(name|[a-z]+_name|slug)["`]?\s*=\s*'((?:[^']|''){1,200})'\s*$/i.exec(part);
    if (m && !/^(?:display|full|first|last|given|family)_name$/i.test(m[1]!)) return m[2]!.replace(/''/g, "'");
  }
  return null;
}

const LIFECYCLE_DEEDS: ReadonlySet<ActionClass> = new Set(["delete", "decommission", "revoke"]);

/**
 * The action a SET list records by a column named for it (`revoked_at = now()`, `is_disabled =
 * true`) or by a lifecycle value that names it (`status = 'pending_deletion'`), or null.
 */
function markedAction(setList: string): ActionClass | null {
  for (const part of splitTopLevel(setList)) {
    // `status = 'pending_deletion'`, `stage = 'retired'`: a lifecycle value that names the deed.
    const state = /^\s*(?:[\w"`]+\.)?["`]?(?:status|state|stage|lifecycle(?:_state)?)["`]?\s*=\s*'([^']{1,64})'\s*$/i.exec(part);
    // Only the lifecycle a purge or a registry acts on: a row saying 'stopped' stops no process.
    const named = state ? actionOfWords(splitIdentifier(state[1]!)) : null;
    if (named !== null && LIFECYCLE_DEEDS.has(named)) return named;
    const m = /^\s*(?:[\w"`]+\.)?["`]?(?:is_)?(revoked|deleted|disabled|deactivated|decommissioned|retired)(?:_at|_on)?["`]?\s*=\s*(.+?)\s*$/i.exec(part);
    if (!m || /^(?:null|false|0|'f'|'false')$/i.test(m[2]!)) continue;
    return actionOfWord(m[1]!.toLowerCase());
  }
  return null;
}

/** `a = 1, t.b = now(), (c, d) = (…)` → a, b, c, d: the left sides of the top-level assignments. */
export function assignedColumns(setList: string): string[] {
  const columns: string[] = [];
  for (const part of splitTopLevel(setList)) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    for (const raw of part.slice(0, eq).replace(/[()]/g, "").split(",")) {
      const name = raw.trim().replace(/["`[\]]/g, "");
      const column = name.slice(name.lastIndexOf(".") + 1);
      if (column) columns.push(column);
    }
  }
  return columns;
}

/** Literal values the WHERE clause matches id-like columns against (`=` and `IN (…)`). */
export function whereIds(where: string, columns: RegExp = ID_COLUMN): string[] {
  const ids: string[] = [];
  const comparison = /([\w."`]+)\s*(?:=\s*('(?:[^']|'')*'|-?\d+)|\bin\s*\(([^)]*)\))/gi;
  for (const m of where.matchAll(comparison)) {
    const column = m[1]!.replace(/["`]/g, "");
    if (!columns.test(column.slice(column.lastIndexOf(".") + 1))) continue;
    const values = m[2] !== undefined ? [m[2]] : splitTopLevel(m[3] ?? "");
    for (const value of values) {
      const literal = /^\s*(?:'((?:[^']|'')*)'|(-?\d+))\s*$/.exec(value);
      if (literal) ids.push(literal[1] !== undefined ? literal[1].replace(/''/g, "'") : literal[2]!);
    }
    if (ids.length >= MAX_WHERE_TARGETS) break;
  }
  return ids.slice(0, MAX_WHERE_TARGETS);
}

/** Splits on commas outside parentheses and quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== null) { if (c === quote) quote = null; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim() !== "");
}
