/**
 * PowerShell parameters read without a per-cmdlet grammar: `-Name x`, `-Name:x`, switches,
 * positional arguments, comma lists.
 */
export interface CmdletParams {
  /** Named parameters by lower-case name (without the dash), values as written. */
  named: Map<string, string>;
  positional: string[];
}

/** Parameters that never take a value: the word after them is positional. */
const SWITCHES = new Set(`force recurse confirm whatif passthru nowait wait asjob verbose debug append nonewline
  noclobber container file directory hidden readonly system noprofile noninteractive raw quiet async
  includeallsubfolders immediate restart tail literal simplematch all list stream`.split(/\s+/));

/** Reads `-Name value`, `-Name:value` and switches; everything else is positional. */
export function readCmdletParams(args: readonly string[]): CmdletParams {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-[A-Za-z]/.test(a)) { positional.push(a); continue; }
    const colon = a.indexOf(":");
    const name = (colon > 0 ? a.slice(1, colon) : a.slice(1)).toLowerCase();
    if (colon > 0) { named.set(name, a.slice(colon + 1)); continue; }
    const next = args[i + 1];
    if (!SWITCHES.has(name) && next !== undefined && (!next.startsWith("-") || /^-\d/.test(next))) {
      named.set(name, next);
      i++;
    } else {
      named.set(name, "$true");
    }
  }
  return { named, positional };
}

/** `a,b` and `'a','b'` (read as `a,b`) are lists; `@(…)` wrappers are dropped. */
export function listValues(value: string): string[] {
  const inner = /^@\((.*)\)$/s.exec(value)?.[1] ?? value;
  return inner.split(",").map((v) => v.trim().replace(/^["']|["']$/g, "")).filter((v) => v.length > 0);
}

/** Names of parameters that say what a cmdlet acts on: `-Name`, `-Path`, `-Id`, `-TaskName`, `-InputObject`… */
const TARGET_PARAM = /^(?:.*(?:name|id|path)|identity|inputobject|uri|key|filter|include|computer|session)$/;
/** Parameters naming where content goes. */
const DESTINATION_PARAM = /^(?:destination|destinationpath|target|targetpath|newname|outfile|to)$/;
/** Parameters whose value is not a thing: `-ErrorAction Stop`, `-StartupType Disabled`. */
const NOT_TARGET = /^(?:erroraction|warningaction|informationaction|outvariable|errorvariable|startuptype|status|encoding|value|itemtype|type|description|property|method|body|headers|contenttype|credential|timeout|delay)$/;

/** The values of target parameters, then positional arguments (one cmdlet's first positional is its target). */
export function cmdletTargets(params: CmdletParams, positionalCount = 1): string[] {
  const out: string[] = [];
  for (const [name, value] of params.named) {
    if (value === "$true" || NOT_TARGET.test(name) || DESTINATION_PARAM.test(name)) continue;
    if (TARGET_PARAM.test(name)) out.push(...listValues(value));
  }
  for (const p of params.positional.slice(0, positionalCount)) out.push(...listValues(p));
  return out.filter((t) => !/^[{(]/.test(t));
}

/** The destination: a destination parameter, else the positional after the source. */
export function cmdletDestination(params: CmdletParams, sourceGiven: boolean): string | null {
  for (const [name, value] of params.named) if (DESTINATION_PARAM.test(name)) return value;
  return params.positional[sourceGiven ? 0 : 1] ?? null;
}
