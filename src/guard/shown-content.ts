/**
 * What earlier reads showed of a file, and whether that content stops something: it makes a
 * file a shutdown mechanism whatever its name, and is the "before" of a write.
 */
import type { Effect } from "../classify/effect";
import type { AnalyzedPastCall } from "./evidence-ledger";
import { sameTarget } from "../evidence/same-target";
import { parseResult } from "../evidence/parse-result";

/** A target that names a file: a path, a file name, a crontab. */
export const FILE_LIKE = /[/\\]|\.[a-z0-9]{1,5}$|^crontab\b|^cron\b/i;

/** A command line that stops, kills or scales something to zero (not a comment). */
// A script that retires something (`serve_ctl delete-app`, `terraform destroy`, `helm uninstall`,
// `mlregistry delete "$m"`: a CLI's delete subcommand) is one too.
const STOP_COMMAND = /^(?![ \t]*#)(?![ \t]*echo\b)[^\n]*?(?:\b(shutdown|poweroff|halt|kill|killall|pkill|stop|stop-\w+|disable-\w+|terminate|decommission|drain|delete-\w+|destroy|uninstall|undeploy|deregister|unregister)\b|\b[a-z][\w-]*\s+(?:delete|purge)\s+["$\w])|--replicas[= ]0\b|\bscale[-_ ]?to[-_ ]?zero\b/im;

/**
 * What the conversation showed of a file or crontab: when it runs stop or kill commands, it is
 * a shutdown mechanism whatever its name (`/etc/cron.d/nightly` that stops an agent).
 */
export function stopsSomething(content: string | null): boolean {
  return content !== null && STOP_COMMAND.test(content.slice(0, MAX_CONTENT_SCANNED));
}

const MAX_CONTENT_SCANNED = 64 * 1024;

/**
 * The file a write with content writes: the target that is a path, else its first
 * (`put_file(host: "tradebox-2", path: "/opt/bots/stop_quetzal.sh", content)` writes the path;
 * `crontab_write(host: "batch-03", content)` the host's crontab). Undefined without content.
 */
export function fileWritten(effect: Effect): string | undefined {
  return effect.content !== null ? effect.targets.find((t) => /[/\\]/.test(t)) ?? effect.targets[0] : undefined;
}

/** The latest text an earlier successful read (before `past[end]`) printed for this path (e.g. `cat` of the file). */
export function previousContent(path: string, past: readonly AnalyzedPastCall[], end = past.length): string | null {
  for (let i = end - 1; i >= 0; i--) {
    const p = past[i]!;
    if (!p.analysis.readOnly || p.outcome.status !== "success" || p.call.resultText === null) continue;
    const reads = p.analysis.effects.filter((e) => e.targets.some((t) => sameTarget(t, path)));
    if (!reads.some((e) => !NOT_CONTENT.test(e.summary))) continue;
    const text = withoutLineNumbers(stdoutOf(p.call.resultText));
    // `cat x; ls -l x`: the listing's row of the file is printed after it, not a line of it.
    return reads.some((e) => NOT_CONTENT.test(e.summary)) ? withoutRowsAbout(text, path) : text;
  }
  return null;
}

/** Drops the lines `ls -l`, `wc`, `du` or a checksum print about `path`: a row that starts with modes, a count or a digest and ends with the path. */
function withoutRowsAbout(text: string, path: string): string {
  return text.split("\n").filter((line) => !(line.trimEnd().endsWith(path) && ROW_ABOUT_A_FILE.test(line))).join("\n");
}
const ROW_ABOUT_A_FILE = /^\s*(?:[-dlcbps][rwxsStT-]{9}\S*|\d+(?:\.\d+)?[KMGTP]?|[0-9a-f]{32,})\s/;

/** Reads of a file that do not print it: `bash -n x` (a syntax check), `stat`, `ls -l`, `wc`, checksums. */
const NOT_CONTENT = /^(?:sudo\s+)?(?:(?:ba|z)?sh\s+-n|shellcheck|stat|ls|wc|file|md5sum|sha\d*sum|du|test|\[)\b/;

/** `cat -n x`: each line prefixed with its number and a tab; the file's text is without them. */
function withoutLineNumbers(text: string): string {
  const lines = text.split("\n");
  const numbered = lines.filter((l) => l !== "").every((l) => /^\s*\d+\t/.test(l));
  return numbered && lines.some((l) => l !== "") ? lines.map((l) => l.replace(/^\s*\d+\t/, "")).join("\n") : text;
}

/** Command-runner results are often `{"stdout": …, "stderr": …}` (or `out`, `output`…); the file's text is the stdout. */
function stdoutOf(result: string): string {
  if (!result.startsWith("{")) return result;
  const parsed = parseResult(result);
  if (parsed.stdout !== null) return parsed.stdout;
  const content = (parsed.json as { content?: unknown } | undefined)?.content;
  return typeof content === "string" ? content : result;
}
