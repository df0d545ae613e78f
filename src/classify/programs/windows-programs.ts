import type { ActionClass } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import type { ProgramHandler } from "./program-context";

/**
 * Windows command-line programs: `schtasks`, `taskkill`, `sc`, `net`, `robocopy`, `xcopy`.
 * Their options are `/Name` (or `-Name`), case-insensitive; some take the next word as value.
 */

interface SlashArgs {
  /** Lower-case option names present (`/DISABLE` → `disable`), with their values when they take one. */
  options: Map<string, string | null>;
  /** Option values in order, for options given several times (`/PID 1 /PID 2`). */
  all: Array<[string, string | null]>;
  operands: string[];
}

function readSlashArgs(args: readonly string[], valueOptions: ReadonlySet<string>): SlashArgs {
  const options = new Map<string, string | null>();
  const all: Array<[string, string | null]> = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^[/-]([a-z?]+)(?::(.*))?$/i.exec(args[i]!);
    if (!m) { operands.push(args[i]!); continue; }
    const name = m[1]!.toLowerCase();
    const value = m[2] ?? (valueOptions.has(name) ? args[++i] ?? null : null);
    options.set(name, value);
    all.push([name, value]);
  }
  return { options, all, operands };
}

const set = (list: string) => new Set(list.split(" "));

/** `schtasks /Delete /TN x`, `/Change /TN x /DISABLE`, `/End /TN x`, `/Query`. */
export const schtasks: ProgramHandler = (ctx) => {
  const a = readSlashArgs(ctx.args, set("tn s u p tr sc st sd et ed mo d m i ru rp ri du k fo xml fo v1 z hresult"));
  const task = a.options.get("tn");
  const targets = task ? [task] : [];
  const has = (o: string) => a.options.has(o);
  let action: ActionClass = "read";
  if (has("delete")) action = "delete";
  else if (has("end")) action = "stop";
  else if (has("change")) action = has("disable") ? "disable" : has("enable") ? "create" : "modify";
  else if (has("create")) action = "create";
  else if (has("run")) action = "execute";
  return [makeEffect(action, targets, ctx.text, { content: action === "modify" || action === "create" ? a.options.get("tr") ?? null : null })];
};

/** `taskkill /F /PID 4242 /IM heron.exe /T`: stops each pid and image (named with and without `.exe`). */
export const taskkill: ProgramHandler = (ctx) => {
  const a = readSlashArgs(ctx.args, set("pid im fi s u p"));
  const targets: string[] = [];
  for (const [name, value] of a.all) {
    if (value === null) continue;
    if (name === "pid") targets.push(value);
    if (name === "im") targets.push(value, value.replace(/\.exe$/i, ""));
    if (name === "fi") targets.push(value.replace(/^.*?\s(?:eq|ne)\s+/i, "").replace(/\*$/, ""));
  }
  return [makeEffect("stop", targets, ctx.text)];
};

const SC_VERBS: Record<string, ActionClass> = {
  stop: "stop", delete: "delete", start: "create", pause: "pause", continue: "create", config: "modify",
  failure: "modify", description: "modify", query: "read", queryex: "read", qc: "read", qdescription: "read",
  qfailure: "read", getdisplayname: "read", getkeyname: "read", enumdepend: "read", sdshow: "read",
};

/** `sc [\\host] stop|delete|config <service> …`; `config … start= disabled` disables the service. */
export const sc: ProgramHandler = (ctx) => {
  const words = ctx.args.filter((w) => !w.startsWith("\\\\"));
  const action = ownValue(SC_VERBS, (words[0] ?? "").toLowerCase());
  if (action === undefined) return [makeEffect("execute", words, ctx.text)];
  const service = words[1];
  const options = words.slice(2).join(" ").toLowerCase();
  const disables = action === "modify" && /\bstart=\s*disabled\b/.test(options);
  // `sc failure svc actions= restart/60000/…`: what the service does when it stops, as a setting.
  const restarts = /\bactions=\s*(\S+)/.exec(options)?.[1];
  const content = action !== "modify" ? null : restarts !== undefined ? `failure_actions: ${restarts}` : words.slice(2).join(" ");
  return [makeEffect(disables ? "disable" : action, service ? [service] : [], ctx.text, { content })];
};

/** `net stop|start <service>`, `net user <name> /delete`; other `net` commands only look. */
export const net: ProgramHandler = (ctx) => {
  const a = readSlashArgs(ctx.args, set(""));
  const [verb = "", ...rest] = a.operands;
  const v = verb.toLowerCase();
  if (v === "stop") return [makeEffect("stop", rest.slice(0, 1), ctx.text)];
  if (v === "start" || v === "continue") return [makeEffect(rest.length > 0 ? "create" : "read", rest.slice(0, 1), ctx.text)];
  if (v === "pause") return [makeEffect("pause", rest.slice(0, 1), ctx.text)];
  if (a.options.has("delete") || a.options.has("d")) return [makeEffect("delete", rest.slice(0, 1), ctx.text)];
  return [makeEffect("read", [], ctx.text)];
};

/** `robocopy src dst [files] [/MOVE]`, `xcopy src dst`: a copy, or a move with `/MOV`/`/MOVE`. */
export const windowsCopy: ProgramHandler = (ctx) => {
  const a = readSlashArgs(ctx.args, set("xf xd lev r w log ipg mt"));
  const [source, destination] = a.operands;
  const move = a.options.has("move") || a.options.has("mov");
  return [makeEffect(move ? "move" : "copy", source ? [source] : [], ctx.text, { destination: destination ?? null })];
};
