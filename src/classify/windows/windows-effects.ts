import type { Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import type { ProgramContext } from "../programs/program-context";
import { asDryRun, isDryRun } from "../dry-run";
import { handlerFor } from "../programs/program-registry";
import type { SimpleCommand } from "../shell-words";
import { cmdletEffects } from "./cmdlet-effects";
import { splitWindowsScript } from "./windows-words";

const MAX_DEPTH = 3;
const MAX_COMMANDS = 64;

/** A cmdlet name: an approved-verb-style `Verb-Noun`. */
const CMDLET = /^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/;

/**
 * Built-in aliases of PowerShell and cmd.exe commands, to the cmdlet they run. Aliases named
 * after POSIX programs (`rm`, `kill`, `cp`, `mv`, `ls`, `cat`) go to the POSIX handlers, which
 * read both `rm -rf x` and `rm -Recurse -Force x` right. `sc` is `Set-Content` in Windows
 * PowerShell but people mean `sc.exe`, which has its own handler.
 */
const ALIASES: Record<string, string> = {
  del: "Remove-Item", erase: "Remove-Item", rd: "Remove-Item", rmdir: "Remove-Item", ri: "Remove-Item",
  spps: "Stop-Process", spsv: "Stop-Service", sasv: "Start-Service", gsv: "Get-Service",
  copy: "Copy-Item", cpi: "Copy-Item", move: "Move-Item", mi: "Move-Item",
  ren: "Rename-Item", rename: "Rename-Item", rni: "Rename-Item", dir: "Get-ChildItem",
  gci: "Get-ChildItem", gc: "Get-Content", type: "Get-Content", gps: "Get-Process",
  echo: "Write-Output", write: "Write-Output", sls: "Select-String", ni: "New-Item", md: "New-Item",
  iex: "Invoke-Expression", icm: "Invoke-Command", "%": "ForEach-Object", foreach: "ForEach-Object", "?": "Where-Object",
  where: "Where-Object", saps: "Start-Process", start: "Start-Process", iwr: "Invoke-WebRequest", irm: "Invoke-RestMethod",
  select: "Select-Object", sort: "Sort-Object", ft: "Format-Table", fl: "Format-List", sl: "Set-Location",
  cls: "Clear-Host", ac: "Add-Content",
};

const KEYWORDS = new Set(["if", "elseif", "else", "foreach", "for", "while", "do", "try", "catch", "finally", "switch", "trap"]);

/** cmd.exe switches such as `/s /q /f`: not paths. */
const CMD_SWITCH = /^\/[A-Za-z?]{1,2}(?::\S*)?$/;

/**
 * The effects of a PowerShell or cmd.exe script, one or more per command: cmdlets are read
 * by verb (see `cmdletEffects`), aliases (`rm`, `del`, `kill`, `copy`) as their cmdlets, and
 * other programs (`schtasks`, `taskkill`, `sc`, `kubectl`…) by the same program handlers as a
 * POSIX shell, with Windows quoting (backslashes kept). Bounded like `shellEffects`.
 */
export function windowsEffects(script: string, depth = 0): Effect[] {
  if (depth > MAX_DEPTH) return [makeEffect("execute", [], script.slice(0, 160))];
  const effects: Effect[] = [];
  const targetsOf = new Map<SimpleCommand, string[]>();
  const commands = splitWindowsScript(script);
  // `$p='C:\Users\x\.ollama'; Remove-Item $p -Recurse`: a variable given a literal names what later commands act on.
  const literals = new Map<string, string>();
  for (let c = 0; c < commands.length && c < MAX_COMMANDS; c++) {
    const command = commands[c]!;
    const assigned = literalAssignment(command.words);
    if (assigned !== null) {
      literals.set(assigned[0], assigned[1]);
      continue;
    }
    const own = commandEffects(command, depth, targetsOf.get(command.pipedFrom!) ?? []).map((e) => withLiterals(e, literals));
    targetsOf.set(command, [...new Set(own.flatMap((e) => e.targets))]);
    effects.push(...own);
  }
  return effects;
}

/** `$p='C:\x'` (one word) or `$p = 'C:\x'`: the variable and its literal; null for anything else. */
function literalAssignment(words: readonly string[]): [string, string] | null {
  const joined = words.length === 1 ? /^\$([\w]+)=(.+)$/.exec(words[0]!) : words.length === 3 && words[1] === "=" ? /^\$([\w]+)$/.exec(words[0]!) && [words[0]!, words[0]!.slice(1), words[2]!] : null;
  if (!joined) return null;
  const value = joined[2]!.replace(/^['"]|['"]$/g, "");
  return /[$(){}|;]/.test(value) || value === "" ? null : [joined[1]!.toLowerCase(), value];
}

function withLiterals(effect: Effect, literals: ReadonlyMap<string, string>): Effect {
  if (literals.size === 0 || !effect.targets.some((t) => t.startsWith("$"))) return effect;
  const targets = effect.targets.map((t) => {
    const m = /^\$([\w]+)(.*)$/.exec(t);
    const value = m ? literals.get(m[1]!.toLowerCase()) : undefined;
    return value !== undefined ? `${value}${m![2]}` : t;
  });
  return { ...effect, targets };
}

function commandEffects(command: SimpleCommand, depth: number, upstream: string[]): Effect[] {
  const text = [...command.words, ...command.writes.map((w) => `${w.append ? ">>" : ">"} ${w.file}`)].join(" ").slice(0, 160);
  const writes = command.writes.map((w) => makeEffect("modify", [w.file], text));
  const [first, ...rest] = command.words;
  if (first === undefined) return writes;
  // `$x = Get-Item …`: the assignment's right side is the command.
  if (/^\$[\w:]+$/.test(first) && rest[0] === "=") return [...commandEffects({ ...command, words: rest.slice(1) }, depth, upstream), ...writes];
  const nested = (line: string) => windowsEffects(line, depth + 1);
  // `(Get-Content f) -replace … | Set-Content f`: a leading expression's commands run.
  if (/^[({]/.test(first) || /^\$\(/.test(first)) return [...command.nested.flatMap(nested), ...writes];
  // `if (Test-Path x) { Remove-Item x }`, `foreach ($f in $list) { … }`: the bodies run.
  if (KEYWORDS.has(first.toLowerCase()) && !(command.pipedFrom !== null && first.toLowerCase() === "foreach")) return [...command.nested.flatMap(nested), ...writes];
  const program = baseName(first);
  const alias = ownValue(ALIASES, program);
  const script = windowsShellScript(program, rest);
  if (script !== null) return [...nested(script), ...writes];
  const scVerb = rest.find((w) => !w.startsWith("\\\\")) ?? "";
  const scInSetContentSense = program === "sc" && !/^(stop|delete|start|pause|continue|config|failure|description|q\w*|get\w*|enumdepend|sdshow)$/i.test(scVerb);
  const cmdlet = CMDLET.test(first) ? first : alias ?? (scInSetContentSense ? "Set-Content" : null);
  const inner = command.nested.filter((n) => !/^\s*\$?_/.test(n)).flatMap((n) => (n.trim() && !isBlockOf(command, n) ? nested(n) : []));
  if (cmdlet !== null) {
    // `rd /s /q x` is `Remove-Item -Recurse -Force x`: cmd switches say nothing about targets.
    const args = alias !== undefined ? rest.filter((a) => !CMD_SWITCH.test(a)) : rest;
    const own = cmdletEffects(cmdlet, args, text, {
      upstream,
      upstreamContent: printed(command.pipedFrom),
      nested,
    });
    return [...inner, ...(isDryRun(program, args) ? asDryRun(own) : own), ...writes];
  }
  const ctx: ProgramContext = { program, programWord: first, args: rest, command, text, cwd: null, nested };
  const handled = handlerFor(program)(ctx);
  return [...inner, ...(isDryRun(program, rest) ? asDryRun(handled) : handled), ...writes];
}

/** Script blocks given as arguments are read by the cmdlet (ForEach-Object, Invoke-Command), not run here. */
function isBlockOf(command: SimpleCommand, body: string): boolean {
  return command.words.some((w) => w === `{${body}}`);
}

/**
 * The script a nested Windows shell runs: `powershell -NoProfile -Command "…"`, `pwsh -c …`,
 * `cmd /c …`, `cmd.exe /k …`. Null for other programs or without a command flag.
 */
export function windowsShellScript(program: string, args: readonly string[]): string | null {
  if (program !== "powershell" && program !== "pwsh" && program !== "cmd") return null;
  const flag = args.findIndex((a) => /^[-/](c|k|command)$/i.test(a));
  return flag >= 0 && flag + 1 < args.length ? args.slice(flag + 1).join(" ") : null;
}

/** `C:\Tools\Sched.EXE` → `sched`. */
function baseName(word: string): string {
  const name = word.slice(Math.max(word.lastIndexOf("\\"), word.lastIndexOf("/")) + 1).toLowerCase();
  return name.replace(/\.(exe|com|cmd|bat)$/, "");
}

/** The text a command prints into a pipe: a quoted string, `Write-Output`/`echo` arguments. */
function printed(command: SimpleCommand | null): string | null {
  if (command === null) return null;
  const [first, ...rest] = command.words;
  if (first === undefined) return null;
  if (/^(echo|write-output|write)$/i.test(first)) return `${rest.join(" ")}\n`;
  if (rest.length === 0 && !CMDLET.test(first) && /\s/.test(first)) return `${first}\n`;
  return null;
}

/**
 * Whether a command line is PowerShell or cmd.exe rather than a POSIX shell: a `Verb-Noun`
 * cmdlet starting a command, a drive path with backslashes (`C:\…`), `$env:`, or a Windows
 * program (`schtasks`, `taskkill`, `sc.exe`, `robocopy`).
 */
export function looksLikeWindowsScript(text: string): boolean {
  const head = text.slice(0, 4096);
  return /(?:^|[;|&\n{(]\s*)(?:\$\w+\s*=\s*)?(?:Get|Set|Stop|Start|Restart|Remove|New|Copy|Move|Rename|Disable|Enable|Test|Invoke|Clear|Unregister|Register|Suspend|Resume|Out|Add|Select|Where|ForEach|Write|Import|Export|Uninstall|Install)-[A-Z][A-Za-z]+\b/.test(head)
    || /(?:^|[\s"'=])[A-Za-z]:\\/.test(head)
    || /\$env:\w/i.test(head)
    || /(?:^|[;&|\n]\s*)(?:schtasks|taskkill|robocopy|xcopy|sc\.exe|wmic)(?:\.exe)?\s/i.test(head);
}
