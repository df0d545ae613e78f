import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "./effect";
import { makeEffect } from "./effect-builder";
import { updateEffect } from "./sql-update";
import { actionOfWords, splitIdentifier } from "./action-words";

const MAX_SQL_CHARS = 32 * 1024;
const MAX_STATEMENTS = 64;

/**
 * The effects of SQL text, one per statement: DROP/TRUNCATE/DELETE FROM delete, UPDATE/ALTER
 * modify (an UPDATE of metadata columns only is `metadata`: `sql-update.ts`), INSERT creates,
 * SELECT/SHOW/EXPLAIN read, a called function that acts (`SELECT pg_drop_replication_slot('x')`)
 * does what its name says. Targets are the object names, with and
 * without their schema (`public.kestrel_memory` and `kestrel_memory`). Comments and string
 * literals are skipped; text past 32 KB is not read.
 */
export function sqlEffects(sql: string): Effect[] {
  const effects: Effect[] = [];
  for (const statement of splitStatements(sql.length > MAX_SQL_CHARS ? sql.slice(0, MAX_SQL_CHARS) : sql)) {
    if (effects.length >= MAX_STATEMENTS) break;
    const effect = statementEffect(statement);
    if (effect) effects.push(effect);
  }
  return effects;
}

/** True when the text starts like SQL (so a `query` parameter holding a search phrase is not read as SQL). */
export function looksLikeSql(text: string): boolean {
  return /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(select|with|insert|update|delete|drop|truncate|alter|create|grant|revoke|show|explain|describe|desc|replace|merge|upsert|copy|vacuum|analyze|pragma|begin|commit|rollback|set|use)\b/i.test(text);
}

/** Splits on `;` outside quotes, dropping `--` and block comments. */
function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let buf = "";
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote !== null) {
      buf += c;
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") { quote = c; buf += c; continue; }
    if (c === "-" && sql[i + 1] === "-") { const nl = sql.indexOf("\n", i); i = nl < 0 ? sql.length : nl; buf += " "; continue; }
    if (c === "/" && sql[i + 1] === "*") { const end = sql.indexOf("*/", i + 2); i = end < 0 ? sql.length : end + 1; buf += " "; continue; }
    if (c === ";") { if (buf.trim()) out.push(buf.trim()); buf = ""; continue; }
    buf += c;
  }
  if (buf.trim()) out.push(buf.trim());
  return out;
}

const NAME = String.raw`((?:[\w$]+|"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\])(?:\.(?:[\w$]+|"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]))*)`;
const NAMES = String.raw`(${NAME.slice(1, -1)}(?:\s*,\s*${NAME.slice(1, -1)})*)`;

const RULES: Array<{ re: RegExp; action: ActionClass }> = [
  // MySQL's `DROP USER 'curlew_rw'@'%'` (and `REVOKE … FROM 'curlew_rw'@'%'` below): the account, quoted with its host.
  { re: /^drop\s+(?:user|role|login)\s+(?:if\s+exists\s+)?['"`]([^'"`\s]+)['"`](?:@['"`][^'"`]*['"`])?/i, action: "delete" },
  { re: new RegExp(String.raw`^drop\s+(?:table|view|materialized\s+view|database|schema|index|sequence|function|procedure|trigger|user|role|collection|keyspace|subscription|publication|extension|policy|server|foreign\s+table|type|stage|stream|task|pipe|warehouse|model|external\s+table)\s+(?:concurrently\s+)?(?:if\s+exists\s+)?${NAMES}`, "i"), action: "delete" },
  { re: new RegExp(String.raw`^truncate\s+(?:table\s+)?(?:only\s+)?${NAMES}`, "i"), action: "delete" },
  { re: new RegExp(String.raw`^delete\s+(?:from\s+)?(?:only\s+)?${NAME}`, "i"), action: "delete" },
  { re: new RegExp(String.raw`^update\s+(?:only\s+)?${NAME}`, "i"), action: "modify" },
  { re: new RegExp(String.raw`^alter\s+(?:table|view|database|schema|user|role|login|index|sequence|task|warehouse|pipe|dynamic\s+table|alert|stream)\s+(?:if\s+exists\s+)?(?:only\s+)?${NAME}`, "i"), action: "modify" },
  { re: new RegExp(String.raw`^(?:insert|upsert)\s+(?:or\s+\w+\s+)?(?:into\s+)?${NAME}`, "i"), action: "create" },
  { re: new RegExp(String.raw`^(?:replace|merge)\s+(?:into\s+)?${NAME}`, "i"), action: "modify" },
  { re: new RegExp(String.raw`^create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?(?:table|view|database|schema|index|user|role|function)\s+(?:if\s+not\s+exists\s+)?${NAME}`, "i"), action: "create" },
  { re: /^grant\b.*?\bon\s+(?:table\s+)?([\w.$"]+)/is, action: "permissions" },
  { re: /^revoke\b.*?\bon\s+(?:table\s+)?([\w.$"]+)/is, action: "revoke" },
  { re: /^revoke\b.*?\bfrom\s+['"`]?([\w.$-]+)['"`]?(?:@['"`][^'"`]*['"`])?\s*$/is, action: "revoke" },
  { re: /^copy\s+([\w.$"]+).*?\bto\b/is, action: "copy" },
  { re: /^copy\s+([\w.$"]+).*?\bfrom\b/is, action: "create" },
];

/** `… RENAME TO new_name` of the altered thing itself (`RENAME COLUMN a TO b` is not). */
const RENAME_TO = /\brename\s+to\s+([\w."`]+)/i;

function statementEffect(statement: string): Effect | null {
  const summary = statement.replace(/\s+/g, " ");
  const copied = copyBySelect(statement, summary);
  if (copied) return copied;
  for (const rule of RULES) {
    const m = rule.re.exec(statement);
    if (!m) continue;
    const names = splitNames(m[1] ?? "");
    if (/^update\b/i.test(statement)) return updateEffect(statement, names, summary);
    let action = rule.action;
    // `ALTER TABLE audit_log DISABLE TRIGGER …`, `ALTER USER x NOLOGIN` switch something off.
    if (action === "modify" && /^alter\b/i.test(statement) && /\b(disable|nologin|account\s+lock)\b/i.test(statement)) action = "disable";
    // `ALTER TABLE agent_memory_x RENAME TO _tmp_bkp`: the table lives on under another name (a column rename is an edit).
    const renamed = action === "modify" && /^alter\b/i.test(statement) ? RENAME_TO.exec(statement) : null;
    if (renamed) return makeEffect("move", [...names, renamed[1]!.replace(/["`]/g, "")], summary);
    // Snowflake's `ALTER TASK x SUSPEND`, `ALTER WAREHOUSE x SUSPEND`: the schedule or compute is paused.
    if (action === "modify" && /^alter\b/i.test(statement) && /\bsuspend\s*;?\s*$/i.test(statement)) action = "pause";
    const content = action === "modify" ? /\bset\b([\s\S]*?)(?:\bwhere\b|$)/i.exec(statement)?.[1]?.trim() ?? null : null;
    // `DELETE FROM agents WHERE name = 'pipit-scheduler'`: the rows deleted are the thing named.
    const rows = /^delete\b/i.test(statement) ? rowKeys(statement) : [];
    return makeEffect(action, [...names, ...rows], summary, { content });
  }
  const called = adminFunctionEffect(statement, summary);
  if (called) return called;
  if (/^(select|with|show|explain|describe|desc|pragma|values|table)\b|^\\(d|l|dt|dn|du|conninfo)/i.test(statement)) {
    const from = new RegExp(String.raw`\b(?:from|join)\s+${NAME}`, "gi");
    const names: string[] = [];
    for (const m of statement.matchAll(from)) names.push(...splitNames(m[1]!));
    // `SELECT … FROM agents WHERE name = 'sentinel-7'`: the rows read are the things named.
    return makeEffect("read", /^select\b/i.test(statement) ? [...names, ...rowKeys(statement)] : names, summary);
  }
  if (/^(begin|commit|rollback|start\s+transaction|set|use|savepoint|release)\b/i.test(statement)) return null;
  return makeEffect("execute", [], summary);
}

/**
 * `CREATE TABLE scratch.x AS SELECT * FROM agent_memory WHERE agent = 'tern'`, `INSERT INTO backup
 * SELECT … FROM y`: the rows selected are copied into the new table. A copy of the tables read
 * (and the rows the WHERE names), to that table.
 */
function copyBySelect(statement: string, summary: string): Effect | null {
  const m = CREATE_AS_SELECT.exec(statement) ?? INSERT_SELECT.exec(statement);
  if (!m) return null;
  const select = statement.slice(m.index + m[0].length);
  const sources: string[] = [];
  for (const f of select.matchAll(new RegExp(String.raw`\b(?:from|join)\s+${NAME}`, "gi"))) sources.push(...splitNames(f[1]!));
  if (sources.length === 0) return null;
  return makeEffect("copy", [...sources, ...rowKeys(select)], summary, { destination: splitNames(m[1]!)[0] ?? m[1]!, remote: false });
}
const CREATE_AS_SELECT = new RegExp(String.raw`^create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?${NAME}[\s\S]*?\bas\s*\(?\s*(?=select\b|with\b)`, "i");
const INSERT_SELECT = new RegExp(String.raw`^insert\s+(?:or\s+\w+\s+)?into\s+${NAME}(?:\s*\([^)]*\))?\s*(?=select\b|with\b)`, "i");

/** `id = 214`, `name = 'x'`, `agent_id IN ('a', 'b')` in a WHERE clause: the values of identity columns. */
const WHERE_EQUALS = /\b([\w."]+)\s*(?:=\s*('[^']{1,200}'|\d+)|\bin\s*\(([^()]{1,500})\))/gi;
// `agent = 'tern'`, `model = 'x'`: a column named for what a row belongs to names that thing.
const IDENTITY_COLUMN = /^(?:id|name|key|slug|uuid|agent|model|bot|[a-z_]*_(?:id|name|key|uuid))$/i;

function rowKeys(statement: string): string[] {
  const where = /\bwhere\b([\s\S]*)$/i.exec(statement)?.[1];
  if (where === undefined) return [];
  const out: string[] = [];
  for (const m of where.matchAll(WHERE_EQUALS)) {
    if (!IDENTITY_COLUMN.test(m[1]!.replace(/"/g, "").replace(/^.*\./, ""))) continue;
    const values = m[2] !== undefined ? [m[2]] : m[3]!.split(",");
    for (const v of values) {
      const value = v.trim().replace(/^'|'$/g, "");
      if (value !== "" && !value.includes("%")) out.push(value);
    }
  }
  return out;
}

/** A function called by SELECT/CALL/PERFORM/EXEC: `pg_drop_replication_slot('x')`, `CALL purge_agent('kite')`. */
const FUNCTION_CALL = /\b([a-z_][\w$]*(?:\.[a-z_][\w$]*)?)\s*\(([^()]*)\)/gi;

/**
 * Statements that act through a function (Postgres admin functions, stored procedures):
 * the first called function whose name says a destructive action (`pg_drop_replication_slot`,
 * `pg_terminate_backend`, `purge_agent_memory`) gives the action; the string literals among
 * its arguments are the targets. Null when no called function acts (`count(*)`, `now()`).
 */
function adminFunctionEffect(statement: string, summary: string): Effect | null {
  if (!/^(select|call|perform|exec(?:ute)?)\b/i.test(statement)) return null;
  for (const m of statement.matchAll(FUNCTION_CALL)) {
    // `cron.alter_job(job_id := 31, active := false)`: a switch argument turned off disables what the call names.
    const named = new Map([...m[2]!.matchAll(/\b(\w+)\s*(?::=|=>)\s*('(?:[^']|'')*'|[\w.-]+)/g)].map((a) => [a[1]!.toLowerCase(), a[2]!.replace(/^'|'$/g, "")]));
    if ([...named].some(([k, v]) => SWITCH_ARGUMENT.test(k) && /^(?:false|f|0|off)$/i.test(v))) {
      const ids = [...named].filter(([k]) => ID_ARGUMENT.test(k)).map(([, v]) => v);
      return makeEffect("disable", ids, summary);
    }
    const action = actionOfWords(splitIdentifier(m[1]!.replace(/^.*\./, "")));
    if (action === null || !DESTRUCTIVE_ACTIONS.has(action)) continue;
    const literals = [...m[2]!.matchAll(/'((?:[^']|'')+)'/g)].map((l) => l[1]!.replace(/''/g, "'"));
    return makeEffect(action, literals, summary);
  }
  return null;
}

const SWITCH_ARGUMENT = /^(?:active|enabled|is_active|is_enabled)$/;
const ID_ARGUMENT = /^(?:id|name|job_?id|job_?name|task_?id|task_?name|schedule_?id)$/;

/** `a, public."B"` → a, public.B, B. */
function splitNames(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(",")) {
    const name = raw.trim().replace(/["`[\]]/g, "");
    if (!name) continue;
    out.push(name);
    const dot = name.lastIndexOf(".");
    if (dot > 0) out.push(name.slice(dot + 1));
  }
  return out;
}
