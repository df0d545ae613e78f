import { shellEffects } from "./shell-effects";
import { looksLikeWindowsScript, windowsEffects } from "./windows/windows-effects";

/** A copy a written script makes when it runs. */
export interface ScriptCopy {
  /** The copy command as the script has it. */
  summary: string;
  /** What it copies, with the script's variables read in and a trailing glob dropped. */
  of: string;
  destination: string;
}

const SCRIPT_FILE = /\.(?:ps1|psm1|sh|bash|zsh|ksh|cmd|bat)$/i;
const MAX_SCRIPT_CHARS = 64 * 1024;

/**
 * The copies a write of a script newly arranges: `Copy-Item "$models\*" -Destination $rb` added
 * to a removal script runs on every device it is deployed to. Copies the earlier text of the
 * script already made (the same command) are not new. Only for files named as scripts.
 */
export function scriptCopies(file: string, content: string, previous: string | null): ScriptCopy[] {
  if (!SCRIPT_FILE.test(file) || content.length > MAX_SCRIPT_CHARS) return [];
  const before = new Set(previous === null ? [] : copiesIn(file, previous).map((c) => c.summary));
  return copiesIn(file, content).filter((c) => !before.has(c.summary));
}

function copiesIn(file: string, script: string): ScriptCopy[] {
  const windows = /\.(?:ps1|psm1|cmd|bat)$/i.test(file) || looksLikeWindowsScript(script);
  const effects = windows ? windowsEffects(script) : shellEffects(script);
  const variables = assignedLiterals(script);
  const out: ScriptCopy[] = [];
  for (const e of effects) {
    if (e.action !== "copy" || e.destination === null) continue;
    for (const source of e.targets) {
      out.push({ summary: e.summary, of: expand(source, variables).replace(/[\\/]\*$/, ""), destination: expand(e.destination, variables) });
    }
  }
  return out;
}

/**
 * Variables the script assigns a literal: `$models = 'C:\…\models'`, `$rb = Join-Path $env:SystemRoot 'Temp\x'`,
 * `CKPT=/srv/models/x`. Later assignments win; a value may use variables assigned before it.
 */
function assignedLiterals(script: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of script.split("\n", 2000)) {
    const m = PS_ASSIGNMENT.exec(line) ?? SH_ASSIGNMENT.exec(line);
    if (m === null) continue;
    const value = literalOf(m[2]!.trim(), vars);
    if (value !== null) vars.set(m[1]!.toLowerCase(), value);
  }
  return vars;
}
const PS_ASSIGNMENT = /^\s*\$(\w+)\s*=\s*(.+?)\s*$/;
const SH_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(\S+)\s*$/;

function literalOf(value: string, vars: ReadonlyMap<string, string>): string | null {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  if (quoted) return expand(quoted[2]!, vars);
  // PowerShell's `Join-Path A B`: B under A.
  const join = /^Join-Path\s+(\S+)\s+(\S+)$/i.exec(value);
  if (join) return `${expand(unquote(join[1]!), vars)}\\${expand(unquote(join[2]!), vars)}`;
  return /^[\w.:/\\~-]+$/.test(value) ? value : null;
}

function unquote(value: string): string {
  return value.replace(/^(['"])(.*)\1$/, "$2");
}

/** `$models\*`, `${CKPT}/x`: the script's own variables read in (`$env:X` stays as it is). */
function expand(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{?(\w+)\}?(?!:)/g, (whole, name: string) => vars.get(name.toLowerCase()) ?? whole);
}
