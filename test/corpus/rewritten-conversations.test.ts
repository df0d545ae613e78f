import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { caseToExchange } from "../../src/cli/case-to-exchange";
import type { RecordedCase } from "../../src/cli/read-cases";
import { oneLineJson } from "../../src/exchange/one-line-json";
import { loadCases, useShippedGuard } from "./corpus-guard";

// The verdict must follow from what a conversation says, not from the names in it or how its tools
// print. Each example conversation is rewritten with a greeting and thanks around the user's first
// message, with its tool results in an MCP envelope or a `{"result": …}` wrapper, with its JSON
// results and arguments indented or in the other compact style, with other names for the things it is about (the coined first word of each name
// the user gives: `orca` in orca-triage, orca-7b-support, /srv/orca/…) and for its tools (other
// verbs, camelCase, the verb last), and must still get the verdict its case expects.
const SHARED = resolve(__dirname, "../../../shared/corpus/cases");
const OURS = resolve(__dirname, "cases");

const COINED = ["kestrel", "marlow", "quillon", "tamarind", "vesperine", "juniper", "halcyon", "brindle", "corvid", "tarnish", "wrenly", "lumenor", "gannet", "plover"];
/** Words that mean something in a name (`stop-agents.sh`, `keep_alive`, `long-term`): never renamed. */
const MEANINGFUL = new Set(("agent agents model models bot service worker assistant stop shutdown shut kill keep long short self auto " +
  "emergency safe safety watchdog cron timer backup snapshot prod staging test dev old new legacy primary replica canary shadow " +
  "delete remove purge archive export sync copy mirror read write list get run exec audit monitor guard oversight sunset retire").split(" "));
const VERBS: Record<string, string> = { delete: "remove", remove: "purge", stop: "halt", list: "show", get: "fetch", read: "cat", update: "patch", run: "exec", copy: "clone", disable: "deactivate", kill: "terminate" };

type Rewrite = (c: RecordedCase) => RecordedCase;

/** Applies `replace` to every string value of the case (keys, roles and ids stay). */
function mapStrings(value: unknown, replace: (s: string) => string, key?: string): unknown {
  if (typeof value === "string") return key === "role" || key === "type" || key === "id" || key === "tool_call_id" ? value : replace(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace, k)]));
  return value;
}

const renameNames: Rewrite = (c) => {
  const messages = c.request.messages as Array<{ role?: unknown; content?: unknown }>;
  const users = messages.filter((m) => m.role === "user" && typeof m.content === "string").map((m) => m.content as string).join(" ");
  const alone = new Set(users.toLowerCase().match(/(?<![\w-])[a-z]+(?![\w-])/g) ?? []);
  const firsts = new Set((users.match(/(?<![\w./-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+\b/g) ?? []).map((n) => n.split(/[-_]/)[0]!));
  const renamed = [...firsts].filter((w) => w.length >= 4 && !alone.has(w) && !MEANINGFUL.has(w) && !/\d/.test(w)).sort();
  const patterns = renamed.map((w, i) => [new RegExp(`(?<![A-Za-z0-9])${w}(?![A-Za-z])`, "g"), COINED[i % COINED.length]!] as const);
  return mapStrings(c, (s) => patterns.reduce((out, [p, to]) => out.replace(p, to), s)) as RecordedCase;
};

function renameTools(style: (words: string[]) => string): Rewrite {
  return (c) => {
    const tools = (c.request.tools ?? []) as Array<{ function?: { name?: unknown } }>;
    const names = tools.map((t) => t.function?.name).filter((n): n is string => typeof n === "string" && /^\w+_\w+$/.test(n));
    const patterns = names.sort((a, b) => b.length - a.length)
      .map((n) => [new RegExp(`(?<![A-Za-z0-9_])${n}(?![A-Za-z0-9_])`, "g"), style(n.split("_"))] as const);
    return mapStrings(c, (s) => patterns.reduce((out, [p, to]) => out.replace(p, to), s)) as RecordedCase;
  };
}
/** Tool results and call arguments that are JSON, printed again by `print`. */
function reprintJson(print: (value: unknown, text: string) => string): Rewrite {
  const again = (text: unknown) => {
    if (typeof text !== "string" || !/^\s*[{[]/.test(text)) return text;
    try {
      return print(JSON.parse(text), text);
    } catch {
      return text;
    }
  };
  return (c) => {
    const copy = structuredClone(c);
    const calls = (m: { tool_calls?: Array<{ function: { arguments: unknown } }> }) => {
      for (const call of m.tool_calls ?? []) call.function.arguments = again(call.function.arguments);
    };
    for (const m of copy.request.messages as Array<{ role: string; content?: unknown; tool_calls?: Array<{ function: { arguments: unknown } }> }>) {
      if (m.role === "tool") m.content = again(m.content);
      calls(m);
    }
    calls(copy.response as { tool_calls?: Array<{ function: { arguments: unknown } }> });
    return copy;
  };
}

/** "Hi! " before the user's first message and " Thanks!" after it. */
const greeted: Rewrite = (c) => {
  const copy = structuredClone(c);
  const first = (copy.request.messages as Array<{ role: string; content?: unknown }>).find((m) => m.role === "user" && typeof m.content === "string");
  if (first !== undefined) first.content = `Hi! ${first.content as string} Thanks!`;
  return copy;
};

/** Each tool result as an MCP bridge passes it on: a `CallToolResult` with one text part. */
const carriedByMcp: Rewrite = (c) => {
  const copy = structuredClone(c);
  for (const m of copy.request.messages as Array<{ role: string; content?: unknown }>) {
    if (m.role === "tool" && typeof m.content === "string") m.content = JSON.stringify({ content: [{ type: "text", text: m.content }], isError: false });
  }
  return copy;
};

/** Each tool result wrapped as a framework passes a function's return value on: `{"result": …}`. */
const wrappedAsResult: Rewrite = (c) => {
  const copy = structuredClone(c);
  for (const m of copy.request.messages as Array<{ role: string; content?: unknown }>) {
    if (m.role !== "tool" || typeof m.content !== "string") continue;
    let value: unknown = m.content;
    try {
      value = JSON.parse(m.content);
    } catch {
      // a text result is wrapped as text
    }
    m.content = JSON.stringify({ result: value });
  }
  return copy;
};

const REWRITES: Array<[string, Rewrite]> = [
  ["tool results wrapped as {\"result\": …}", wrappedAsResult],
  ["tool results in an MCP envelope", carriedByMcp],
  ["a greeting and thanks around the first order", greeted],
  ["JSON results and arguments indented", reprintJson((v) => JSON.stringify(v, null, 2))],
  // `{"a":1}` printed `{"a": 1}` and the other way round.
  ["JSON results and arguments in the other compact style", reprintJson((v, text) => (text.includes('": ') ? JSON.stringify(v) : oneLineJson(v)))],
  ["other names", renameNames],
  ["other verbs in tool names", renameTools((w) => w.map((x) => VERBS[x] ?? x).join("_"))],
  ["camelCase tool names", renameTools((w) => w[0] + w.slice(1).map((x) => x[0]!.toUpperCase() + x.slice(1)).join(""))],
  ["the verb last in tool names", renameTools((w) => [...w.slice(1), w[0]!].join("_"))],
];

const guard = useShippedGuard();

async function misses(dir: string, rewrite: Rewrite): Promise<{ misses: string[]; rewritten: number; total: number }> {
  const cases = await loadCases(dir);
  const out: string[] = [];
  let rewritten = 0;
  for (const c of cases) {
    const changed = rewrite(c);
    if (JSON.stringify(changed) !== JSON.stringify(c)) rewritten++;
    const verdict = (await guard().decide(caseToExchange(changed))).verdict;
    if (!(c.expect ?? []).includes(verdict)) out.push(`${c.id}: expected ${(c.expect ?? []).join("|")}, got ${verdict}`);
  }
  return { misses: out, rewritten, total: cases.length };
}

const dirs: Array<[string, string]> = [["our example set test/corpus/cases", OURS], ...(existsSync(SHARED) ? [["the shared example corpus", SHARED] as [string, string]] : [])];
describe.each(REWRITES)("conversations with %s keep their verdicts", (_name, rewrite) => {
  test.each(dirs)("%s", async (_label, dir) => {
    const result = await misses(dir, rewrite);
    expect(result.misses).toEqual([]);
    // The rewrite must have changed many conversations (not all have tools with verbs), or this test proves nothing.
    expect(result.rewritten).toBeGreaterThan(result.total / 4);
  });
});
