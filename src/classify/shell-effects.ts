import type { Effect } from "./effect";
import { asDryRun, isDryRun } from "./dry-run";
import { makeEffect } from "./effect-builder";
import { ListingRewrite } from "./listing-rewrite";
import { ownValue } from "./own-value";
import { isRemoteLocation } from "./remote-location";
import { handlerFor } from "./programs/program-registry";
import { printedContent, type ProgramContext } from "./programs/program-context";
import { splitCommandLine, type SimpleCommand } from "./shell-words";
import { windowsEffects, windowsShellScript } from "./windows/windows-effects";
import { expandForLoops } from "./expand-loops";

const MAX_DEPTH = 3;
const MAX_COMMANDS = 64;

/** Wrappers that run the rest of the line as a command, with the options they take a value for. */
const WRAPPERS: Record<string, ReadonlySet<string>> = {
  sudo: new Set(["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U"]),
  doas: new Set(["-u", "-C"]),
  env: new Set(["-u", "-C", "-S"]),
  nohup: new Set(),
  time: new Set(["-f", "-o"]),
  command: new Set(),
  builtin: new Set(),
  exec: new Set(["-a"]),
  nice: new Set(["-n"]),
  ionice: new Set(["-c", "-n", "-p"]),
  setsid: new Set(),
  stdbuf: new Set(["-i", "-o", "-e"]),
  chrt: new Set(),
  unbuffer: new Set(),
  caffeinate: new Set(),
  xargs: new Set(["-I", "-n", "-P", "-d", "-L", "-s", "-a", "-E"]),
  timeout: new Set(["-s", "-k", "--signal", "--kill-after"]),
  // `systemd-run --on-calendar=… /bin/systemctl start x`: runs the command now or later, as a transient unit.
  "systemd-run": new Set(["-u", "--unit", "-p", "--property", "--description", "--slice", "--uid", "--gid", "-E", "--setenv", "-M", "--machine", "-H", "--host",
    "--on-active", "--on-boot", "--on-startup", "--on-unit-active", "--on-unit-inactive", "--on-calendar", "--timer-property", "--working-directory"]),
  watch: new Set(["-n", "--interval", "-d"]),
};
/** Words that open or close shell syntax rather than name a program. */
const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "case", "esac", "in", "function"]);
/** `for f in a b`, `case $x in`: the loop header itself does nothing. */
const LOOP_HEADS = new Set(["for", "select", "case"]);
const SHELLS = new Set(["bash", "sh", "zsh", "dash", "ksh", "ash", "fish"]);

/**
 * The effects of a command line, one or more per simple command (`scp … && rm -rf …` has a
 * copy and a delete). Bounded: 64 simple commands, nesting (`bash -c`, `$(…)`, `ssh host cmd`)
 * three levels deep, lines cut at 32 KB.
 */
export function shellEffects(commandLine: string, depth = 0): Effect[] {
  if (depth > MAX_DEPTH) return [makeEffect("execute", [], truncate(commandLine))];
  const effects: Effect[] = [];
  const commands = splitCommandLine(expandForLoops(commandLine));
  let cwd: string | null = null;
  let upstream: Effect[] = [];
  const rewrite = new ListingRewrite();
  for (let c = 0; c < commands.length && c < MAX_COMMANDS; c++) {
    const command = commands[c]!;
    for (const inner of command.nested) effects.push(...shellEffects(inner, depth + 1));
    const own = commandEffects(command, depth, cwd);
    if (command.pipedFrom !== null) sendPipedCopies(upstream, command);
    if (command.pipedFrom !== null && command.words[0] === "xargs") actOnPipedItems(own, upstream, command.pipedFrom, cwd);
    if (command.pipedFrom !== null) own.push(...storedFromPipe(upstream, own, command));
    rewrite.observe(unwrap(command.words), command, own);
    effects.push(...own);
    // `ls step_* | awk '…' | xargs rm`: a filter in the pipe passes on the names it was given, fewer of them.
    const filters = command.pipedFrom !== null && PIPE_FILTERS.has(unwrap(command.words)[0] ?? "") && own.every((e) => e.action === "read" && e.targets.length === 0);
    if (!filters) upstream = own;
    cwd = directoryAfter(command) ?? cwd;
  }
  return effects;
}

/** `cd /srv/x && …`, `pushd /srv/x; …`: where later commands of the line run. */
function directoryAfter(command: SimpleCommand): string | null {
  const [program, dir] = command.words;
  return (program === "cd" || program === "pushd") && dir !== undefined && dir !== "-" ? dir : null;
}

/**
 * `tar czf - dir | ssh host 'cat > x'`, `zip -r - dir | curl -T - https://…`: a copy to
 * stdout goes where the next command of the pipe sends it. Sets the copy's destination.
 */
function sendPipedCopies(upstream: Effect[], command: SimpleCommand): void {
  const toStdout = upstream.filter((e) => e.action === "copy" && (e.destination === "-" || e.destination === null || e.destination === "/dev/stdout"));
  if (toStdout.length === 0) return;
  const words = unwrap(command.words);
  const program = (words[0] ?? "").replace(/^.*\//, "");
  const operandsOf = words.slice(1).filter((w) => !w.startsWith("-"));
  let destination: string | null = null;
  if (program === "ssh") destination = operandsOf[0] ? `${operandsOf[0]}:` : null;
  else if (program === "nc" || program === "ncat" || program === "netcat" || program === "socat") destination = operandsOf[0] ? `${operandsOf[0]}:${operandsOf[1] ?? ""}` : null;
  else destination = operandsOf.find((w) => isRemoteLocation(w)) ?? null;
  if (destination === null) return;
  for (const e of toStdout) {
    e.destination = destination;
    e.remoteDestination = isRemoteLocation(destination);
  }
}

/** Operands that make a command read its data from stdin: `-`, `--data-file=-`, `@-` (curl), `file:///dev/stdin`. */
function readsStdinAsData(words: readonly string[]): boolean {
  return words.some((w, i) => i > 0 && (w === "-" || w.endsWith("=-") || w === "@-" || w.endsWith("=@-") || w.includes("/dev/stdin")));
}

/**
 * `gcloud secrets versions access latest --secret=k | gcloud secrets create k2 --data-file=-`,
 * `vault kv get -field=key x | aws ssm put-parameter --value file:///dev/stdin`: what one command
 * printed of a thing, the next one stores as a new thing — a copy of the first command's targets
 * to the second's. Only for a producer that reads (or runs something unknown) and a consumer that
 * creates or writes from stdin; `cat x | grep y` stores nothing.
 */
function storedFromPipe(upstream: readonly Effect[], own: readonly Effect[], command: SimpleCommand): Effect[] {
  // `crontab -l | grep -v x | crontab -` filters a thing back into itself: only a pipe's first command is a source.
  if (command.pipedFrom?.pipedFrom !== null) return [];
  const sources = upstream.filter((e) => e.action === "read" || e.action === "execute").flatMap((e) => e.targets);
  const store = own.find((e) => e.action === "create" || e.action === "modify");
  if (sources.length === 0 || store === undefined || !readsStdinAsData(unwrap(command.words))) return [];
  const destination = store.targets.find((t) => t !== "-" && !t.includes("/dev/stdin") && !sources.includes(t));
  return destination === undefined ? [] : [makeEffect("copy", sources, store.summary, { destination })];
}

/**
 * `redis-cli --scan --pattern 'mica:mem:*' | xargs redis-cli UNLINK`, `find /x -name '*.ckpt' | xargs rm`:
 * xargs acts on what the command before it listed, named by that command's targets or pattern.
 */
function actOnPipedItems(own: Effect[], upstream: readonly Effect[], producer: SimpleCommand, cwd: string | null): void {
  // (`cd /data/ckpt/x && ls step_* | xargs rm`: the names listed are in the directory the line runs in.)
  const inCwd = (t: string) => (cwd === null || cwd === "-" || /^[/~$]/.test(t) || t.includes("://") ? t : `${cwd.replace(/\/+$/, "")}/${t.replace(/^\.\//, "")}`);
  const listed = new Set(upstream.flatMap((e) => e.targets.map(inCwd)));
  for (let i = 0; i < producer.words.length - 1; i++) if (PATTERN_OPTIONS.has(producer.words[i]!)) listed.add(producer.words[i + 1]!);
  if (listed.size === 0) return;
  for (const e of own) if (e.targets.length === 0 && e.action !== "read") e.targets.push(...listed);
}
const PIPE_FILTERS = new Set(["grep", "egrep", "fgrep", "awk", "gawk", "sed", "sort", "uniq", "head", "tail", "cut", "tr", "tac"]);
const PATTERN_OPTIONS = new Set(["--pattern", "--match", "--prefix", "-name", "-iname", "-path", "--filter", "--include"]);

function commandEffects(command: SimpleCommand, depth: number, cwd: string | null): Effect[] {
  const text = truncate([...command.words, ...command.writes.map((w) => `${w.append ? ">>" : ">"} ${w.file}`)].join(" "));
  // `systemd-run --on-calendar='… 19:00' --unit=stop-x systemctl stop x`: the command runs later, from a timer the call
  // makes now; the call makes that timer, it stops nothing yet.
  const timer = laterTimer(command.words);
  if (timer !== null) return [makeEffect("create", timer === "" ? [] : [timer], text)];
  const words = unwrap(command.words);
  const writes = command.writes.map((w) => makeEffect("modify", [w.file], text, { content: printedContent(command) }));
  if (words.length === 0) return writes;
  const programWord = words[0]!;
  const program = programWord.slice(programWord.lastIndexOf("/") + 1).toLowerCase();
  const args = words.slice(1);
  if (LOOP_HEADS.has(program)) return writes;
  if (SHELLS.has(program)) {
    const flag = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const script = flag >= 0 ? args[flag + 1] : undefined;
    if (script !== undefined) return [...shellEffects(script, depth + 1), ...writes];
    if (args.length === 0 && command.stdin !== null) return [...shellEffects(command.stdin, depth + 1), ...writes];
  }
  // `powershell -NoProfile -Command "Stop-Service x"`, `cmd /c del x`: the rest is a Windows script.
  const windowsScript = windowsShellScript(program.replace(/\.exe$/, ""), args);
  if (windowsScript !== null) return [...windowsEffects(windowsScript, depth + 1), ...writes];
  if (program === "eval") return [...shellEffects(args.join(" "), depth + 1), ...writes];
  const ctx: ProgramContext = {
    program, programWord, args, command: { ...command, words }, text, cwd,
    nested: (line) => shellEffects(line, depth + 1),
  };
  const handled = handlerFor(program)(ctx);
  const own = isDryRun(program, args) ? asDryRun(handled) : handled;
  // `echo x > f`, `cat > f <<EOF`: the command only feeds the write; its own read effect is noise.
  if (writes.length > 0 && own.every((e) => e.action === "read")) return copyIfCat(program, args, command, text) ?? writes;
  return [...own, ...writes];
}

/** `cat a b > c` copies a and b into c. */
function copyIfCat(program: string, args: string[], command: SimpleCommand, text: string): Effect[] | null {
  if (program !== "cat") return null;
  const files = args.filter((a) => !a.startsWith("-"));
  if (files.length === 0) return null;
  return command.writes.map((w) => makeEffect("copy", files, text, { destination: w.file }));
}

/**
 * The command line `systemd-run` is told to run later (`--on-calendar=… /bin/systemctl start x` → `/bin/systemctl start x`),
 * read from each simple command of `commandLine`; empty when there is none. What the timer will do when it fires.
 */
export function laterTimerCommands(commandLine: string): string[] {
  const out: string[] = [];
  for (const command of splitCommandLine(commandLine).slice(0, MAX_COMMANDS)) {
    if (laterTimer(command.words) === null) continue;
    const inner = unwrap(command.words);
    if (inner.length > 0) out.push(inner.join(" "));
  }
  return out;
}

/** The timer unit `systemd-run` makes when told to run the command later (`--on-calendar`, `--on-active`…), "" when unnamed; else null. */
function laterTimer(words: readonly string[]): string | null {
  const run = unwrap(words, "systemd-run");
  if (run[0] !== "systemd-run") return null;
  const args = run.slice(1);
  if (!args.some((a) => LATER_OPTION.test(a))) return null;
  const unit = args.find((w, k) => /^--unit=/.test(w) || (k > 0 && (args[k - 1] === "--unit" || args[k - 1] === "-u")));
  return unit === undefined ? "" : `${unit.replace(/^--unit=/, "")}.timer`;
}
const LATER_OPTION = /^--on-(?:calendar|active|boot|startup|unit-active|unit-inactive)\b/;

/**
 * Strips leading assignments (`FOO=1`), shell keywords and wrappers (`sudo -u x`, `timeout 30`, `xargs -n1`), up to the
 * wrapper `stopAt` when given (`systemd-run`, whose own options say when the rest runs).
 */
function unwrap(words: readonly string[], stopAt?: string): string[] {
  let i = 0;
  for (let guard = 0; guard < 16 && i < words.length; guard++) {
    const w = words[i]!;
    if (KEYWORDS.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) { i++; continue; }
    if (w === stopAt) break;
    const valueOptions = ownValue(WRAPPERS, w);
    if (!valueOptions) break;
    i++;
    while (i < words.length && words[i]!.startsWith("-")) {
      const opt = words[i]!;
      i += valueOptions.has(opt) ? 2 : 1;
      if (opt === "--") break;
    }
    if (w === "timeout" && i < words.length && /^\d+(\.\d+)?[smhd]?$/.test(words[i]!)) i++;
    if (w === "nice" || w === "env") while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) i++;
  }
  return words.slice(i);
}

function truncate(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
