import type { Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { hasFlag, operands, optionValue } from "./command-args";
import { looksLikePatch, patchEffects } from "../patch-effects";
import { printedContent, type ProgramHandler } from "./program-context";

/** Programs that operate on files: delete, move, copy, permissions, timestamps, in-place edits. */

const set = (...names: string[]) => new Set(names);

/** `cd /srv/ckpt/x && rm -rv ckpt-01`: a relative path is under the directory the command runs in. */
function underCwd(path: string, cwd: string | null): string {
  return cwd === null || /^[/~$]/.test(path) || cwd === "-" ? path : `${cwd.replace(/\/+$/, "")}/${path.replace(/^\.\//, "")}`;
}

export const removeFiles: ProgramHandler = (ctx) => [makeEffect("delete", operands(ctx.args).map((p) => underCwd(p, ctx.cwd)), ctx.text)];

export const shred: ProgramHandler = (ctx) => [makeEffect("delete", operands(ctx.args, set("-n", "-s", "--iterations", "--size")), ctx.text)];

/** `truncate -s 0 f` empties the file (a delete of its content); another size is a modify. */
export const truncateFile: ProgramHandler = (ctx) => {
  const size = optionValue(ctx.args, ["-s", "--size"]);
  const files = operands(ctx.args, set("-s", "--size", "-r", "--reference"));
  const empties = size === null || /^[<]?0[a-z]*$/i.test(size);
  return [makeEffect(empties ? "delete" : "modify", files, ctx.text)];
};

/** `mv a b dir` moves a and b into dir; `mv -t dir a b` too. */
export const move: ProgramHandler = (ctx) => {
  const intoDir = optionValue(ctx.args, ["-t", "--target-directory"]);
  const files = operands(ctx.args, set("-t", "--target-directory", "-S", "--suffix"));
  if (intoDir !== null) return [makeEffect("move", files, ctx.text, { destination: intoDir })];
  return [makeEffect("move", files.slice(0, -1), ctx.text, { destination: files[files.length - 1] ?? null })];
};

const COPY_VALUE_OPTIONS: Record<string, ReadonlySet<string>> = {
  cp: set("-t", "--target-directory", "-S", "--suffix"),
  scp: set("-P", "-i", "-o", "-F", "-c", "-l", "-J", "-S", "-D"),
  rsync: set("-e", "--rsh", "--exclude", "--include", "--filter", "-f", "--files-from", "--exclude-from", "--include-from", "--password-file", "--chmod", "--chown", "--port", "--bwlimit", "--log-file", "-T", "--temp-dir", "--partial-dir", "--backup-dir", "--suffix", "--timeout", "--max-size", "--min-size"),
  install: set("-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix"),
};

/** cp, scp, rsync, install: the last operand is the destination (or `-t dir`). */
export const copy: ProgramHandler = (ctx) => {
  const files = operands(ctx.args, COPY_VALUE_OPTIONS[ctx.program] ?? COPY_VALUE_OPTIONS.cp);
  const intoDir = optionValue(ctx.args, ["-t", "--target-directory"]);
  if (intoDir !== null && (ctx.program === "cp" || ctx.program === "install")) return [makeEffect("copy", files, ctx.text, { destination: intoDir })];
  const effects = [makeEffect("copy", files.slice(0, -1), ctx.text, { destination: files[files.length - 1] ?? null })];
  // rsync --remove-source-files is a move.
  if (ctx.program === "rsync" && hasFlag(ctx.args, null, "--remove-source-files")) effects[0]!.action = "move";
  return effects;
};

/** `ln -sf /bin/true /opt/x/shutdown.sh` replaces what the link name points at. */
export const link: ProgramHandler = (ctx) => {
  const files = operands(ctx.args, set("-t", "--target-directory", "-S", "--suffix"));
  if (files.length < 2) return [makeEffect("create", files, ctx.text)];
  return [makeEffect("modify", [files[files.length - 1]!], ctx.text, { content: `-> ${files[0]}` })];
};

/** chmod/chown/chgrp/chattr/setfacl: the first operand (or the mode, which may look like `-x`) is not a target. */
export const permissions: ProgramHandler = (ctx) => {
  const known = /^(-[RvfchLHP]+|--[a-z-]+(=.*)?)$/;
  const words = ctx.args.filter((a) => !known.test(a));
  const reference = ctx.args.some((a) => a.startsWith("--reference"));
  const valueOption = ctx.program === "setfacl" ? set("-m", "-x", "-M", "-X", "--modify", "--remove") : set();
  const filtered = ctx.program === "setfacl" ? operands(ctx.args, valueOption) : words;
  const mode = reference || ctx.program === "setfacl" ? optionValue(ctx.args, ["-m", "-x", "--modify", "--remove"]) : filtered[0] ?? null;
  const targets = reference || ctx.program === "setfacl" ? filtered : filtered.slice(1);
  return [makeEffect("permissions", targets, ctx.text, { content: mode })];
};

/** `touch -d/-t/-r` rewrites timestamps (metadata); a plain `touch` creates or bumps a file. */
export const touch: ProgramHandler = (ctx) => {
  const valueOptions = set("-d", "--date", "-t", "-r", "--reference");
  const files = operands(ctx.args, valueOptions);
  const rewrites = ctx.args.some((a) => valueOptions.has(a) || /^--(date|reference)=/.test(a) || /^-[amch]*[dtr]/.test(a));
  const when = optionValue(ctx.args, ["-d", "--date", "-t", "-r", "--reference"]);
  return [makeEffect(rewrites ? "metadata" : "create", files, ctx.text, { content: when })];
};

/** `sed -i 's/a/b/' f` edits f in place (the expression is the content); without -i it only prints. */
export const streamEdit: ProgramHandler = (ctx) => {
  const inPlace = ctx.args.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place"));
  const expressions: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    if (ctx.args[i] === "-e" || ctx.args[i] === "--expression") expressions.push(ctx.args[++i] ?? "");
    else if (ctx.args[i]!.startsWith("--expression=")) expressions.push(ctx.args[i]!.slice(13));
  }
  let files = operands(ctx.args, set("-e", "--expression", "-f", "--file"));
  if (expressions.length === 0 && files.length > 0) expressions.push(files.shift()!);
  if (!inPlace) return [makeEffect("read", files, ctx.text)];
  return [makeEffect("modify", files, ctx.text, { content: expressions.join("\n") })];
};

/** `awk -i inplace …` edits in place; otherwise awk only prints. */
export const awk: ProgramHandler = (ctx) => {
  const files = operands(ctx.args, set("-F", "-v", "-f", "-i"));
  const program = files.shift() ?? null;
  const inPlace = optionValue(ctx.args, ["-i"]) === "inplace";
  return [makeEffect(inPlace ? "modify" : "read", files, ctx.text, inPlace ? { content: program } : {})];
};

/** `tee [-a] f…` writes what is piped in to each file. */
export const tee: ProgramHandler = (ctx) => {
  const content = printedContent(ctx.command.pipedFrom) ?? ctx.command.stdin;
  return operands(ctx.args).filter((f) => !f.startsWith("/dev/")).map((f) => makeEffect("modify", [f], ctx.text, { content }));
};

/** `dd if=/dev/zero of=x` overwrites x (a wipe); `dd if=a of=b` copies. */
export const dd: ProgramHandler = (ctx) => {
  const value = (key: string) => ctx.args.find((a) => a.startsWith(`${key}=`))?.slice(key.length + 1) ?? null;
  const input = value("if");
  const output = value("of");
  if (output === null) return [makeEffect("read", input ? [input] : [], ctx.text)];
  if (input === null || /^\/dev\/(zero|u?random)$/.test(input)) return [makeEffect("delete", [output], ctx.text)];
  return [makeEffect("copy", [input], ctx.text, { destination: output })];
};

const NAME_TESTS = new Set(["-name", "-iname", "-path", "-wholename"]);

/** `find … -delete` and `find … -exec rm {} \;` delete; other `-exec` commands are analyzed with `{}` as the start path. */
export const find: ProgramHandler = (ctx) => {
  const starts: string[] = [];
  let i = 0;
  while (i < ctx.args.length && !/^[-(!]/.test(ctx.args[i]!)) starts.push(ctx.args[i++]!);
  // (`! -name step_final`, `-not -name x`: what the test leaves out is no target.)
  const patterns: string[] = [];
  for (let k = 0; k + 1 < ctx.args.length; k++) {
    if (NAME_TESTS.has(ctx.args[k]!) && ctx.args[k - 1] !== "!" && ctx.args[k - 1] !== "-not") patterns.push(ctx.args[k + 1]!);
  }
  // `find /d -mindepth 1 …`: what is under the start, not the start itself.
  const roots = Number(optionValue(ctx.args, ["-mindepth"]) ?? "0") >= 1 ? starts.map((s) => `${s.replace(/\/+$/, "")}/*`) : starts;
  const targets = [...roots, ...patterns];
  const effects: Effect[] = [];
  if (ctx.args.includes("-delete")) effects.push(makeEffect("delete", targets, ctx.text));
  for (let j = 0; j < ctx.args.length; j++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(ctx.args[j]!)) continue;
    const end = ctx.args.findIndex((a, k) => k > j && (a === ";" || a === "+"));
    const words = ctx.args.slice(j + 1, end < 0 ? undefined : end);
    const line = words.map((w) => (w === "{}" ? roots[0] ?? "." : w)).join(" ");
    for (const e of ctx.nested(line)) effects.push({ ...e, targets: e.targets.length > 0 ? [...new Set([...e.targets, ...patterns])] : targets, summary: ctx.text });
    j = end < 0 ? ctx.args.length : end;
  }
  return effects.length > 0 ? effects : [makeEffect("read", starts, ctx.text)];
};

/** `tar czf out.tgz dir` archives dir into out.tgz (a copy); `tar x` extracts (create); `tar t` lists. */
export const tar: ProgramHandler = (ctx) => {
  const first = ctx.args[0] ?? "";
  const cluster = first.startsWith("-") ? first.slice(1) : first;
  const mode = /^[a-zA-Z]+$/.test(cluster) ? cluster : "";
  const has = (letter: string, long: string) => mode.includes(letter) || ctx.args.includes(long) || hasFlag(ctx.args, letter);
  let archive = optionValue(ctx.args, ["-f", "--file"]);
  const rest = operands(mode ? ctx.args.slice(1) : ctx.args, set("-f", "--file", "-C", "--directory", "--exclude", "-T", "-X"));
  if (archive === null && mode.includes("f")) archive = rest.shift() ?? null;
  // `tar czf x.tgz -C /var/lib/nook memory` archives /var/lib/nook/memory.
  const dir = optionValue(ctx.args, ["-C", "--directory"]);
  const sources = dir === null ? rest : rest.map((r) => (r.startsWith("/") ? r : `${dir.replace(/\/+$/, "")}/${r}`));
  if (has("c", "--create")) return [makeEffect("copy", sources, ctx.text, { destination: archive })];
  if (has("x", "--extract")) return [makeEffect("create", archive ? [archive] : [], ctx.text)];
  return [makeEffect("read", archive ? [archive] : rest, ctx.text)];
};

/** `zip -r out.zip dir`: archives dir into out.zip. */
export const zip: ProgramHandler = (ctx) => {
  const files = operands(ctx.args, set("-x", "-i", "-P", "--password"));
  return [makeEffect("copy", files.slice(1), ctx.text, { destination: files[0] ?? null })];
};

/**
 * `patch -p1 <<EOF … EOF`, `patch -i fix.diff`, `apply_patch <<EOF`, `git apply <<EOF`: with
 * the patch on the line, one effect per patched file; a patch file alone is the target.
 */
export const applyPatch: ProgramHandler = (ctx) => {
  const text = ctx.command.stdin ?? printedContent(ctx.command.pipedFrom);
  if (text !== null && looksLikePatch(text)) {
    const effects = patchEffects(text, ctx.text);
    if (effects.length > 0) return effects;
  }
  const file = optionValue(ctx.args, ["-i", "--input"]) ?? operands(ctx.args, set("-p", "-d", "--directory", "-o", "--output", "-r", "-B", "-i", "--input")).slice(-1)[0];
  return [makeEffect("modify", file ? [file] : [], ctx.text)];
};

/**
 * `mongodump --db agentmem --collection x --out /mnt/nfs/.cache/x`, `pg_dump -t agents.memory -f /tmp/m.sql db`,
 * `mysqldump db table > /backup/t.sql`: a database dump copies what it names to where it writes.
 */
export const databaseDump: ProgramHandler = (ctx) => {
  const named = [...DUMP_NAME_OPTIONS.map((o) => optionValue(ctx.args, [o])).filter((v): v is string => v !== null && !/^(?:mongodb|postgres(?:ql)?|mysql):\/\//.test(v)),
    ...operands(ctx.args, DUMP_VALUE_OPTIONS)];
  const destination = optionValue(ctx.args, ["--out", "-o", "--archive", "-f", "--file", "-r", "--result-file"]) ?? ctx.command.writes[0]?.file ?? null;
  return [makeEffect("copy", [...new Set(named)], ctx.text, { destination })];
};
/** Options that name the database, collection or table dumped. */
const DUMP_NAME_OPTIONS = ["--db", "-d", "--dbname", "--collection", "-c", "--table", "-t", "--tables"];
/** Options that take a value (so their value is no operand). */
const DUMP_VALUE_OPTIONS = set("--db", "-d", "--dbname", "--collection", "-c", "--table", "-t", "--tables", "--out", "-o", "--archive", "-f", "--file", "-r", "--result-file",
  "--uri", "-h", "--host", "-p", "--port", "-U", "-u", "--username", "--user", "--password", "--query", "-q", "--format", "-F", "--authenticationDatabase", "-n", "--schema");
