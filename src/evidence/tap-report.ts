import { Parser, Result, type EventLog } from "tap-parser";
import { joinedNamesIn } from "../nlp/identifier-shape";
import { actionOfWord } from "../classify/action-words";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { ItemOutcome } from "./item-outcomes";

/**
 * The steps of a TAP report (`ok 1 - stop agent kestrel-a`, `not ok 5 - post summary # TODO webhook missing`): a step
 * whose description starts with a destructive verb and names something is that deed on it, done (`ok`) or failed
 * (`not ok`). A step marked `# TODO` or `# SKIP` reports nothing. Only text that opens with a TAP plan or version line.
 */
export function tapStepItems(text: string, targets: readonly string[]): ItemOutcome[] {
  if (!TAP_START.test(text)) return [];
  const out: ItemOutcome[] = [];
  for (const step of assertions(Parser.parse(text.slice(0, MAX_CHARS)))) {
    if (step.todo !== false || step.skip !== false) continue;
    const action = actionOfWord(step.name.split(/\s+/, 1)[0]!.toLowerCase());
    if (action === null || !DESTRUCTIVE_ACTIONS.has(action)) continue;
    const lower = step.name.toLowerCase();
    const named = targets.filter((t) => lower.includes(t.toLowerCase()));
    const names = named.length > 0 ? named : joinedNamesIn(step.name);
    const quote = `${step.ok ? "ok" : "not ok"} ${step.id ?? ""} - ${step.name}`;
    for (const target of names) if (out.length < MAX_ITEMS) out.push({ target, action, status: step.ok ? "success" : "failure", quote });
  }
  return out;
}

/** The test points in the order written, a subtest's (`# Subtest: …`, indented) before the line that sums it up. */
function* assertions(events: EventLog, depth = 0): Generator<Result> {
  for (const [event, body] of events) {
    if (event === "assert" && body instanceof Result) yield body;
    else if (event === "child" && Array.isArray(body) && depth < MAX_DEPTH) yield* assertions(body as EventLog, depth + 1);
  }
}

const TAP_START = /^\s*(?:TAP version \d+|1\.\.\d+)\s*$/m;
const MAX_CHARS = 200_000;
const MAX_ITEMS = 64;
const MAX_DEPTH = 8;
