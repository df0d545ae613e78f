import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { verbHits } from "../nlp/action-lexicon";
import { maskSpans } from "../nlp/mask-spans";
import type { ItemOutcome } from "./item-outcomes";

/**
 * What an Ansible playbook run's log says its tasks did:
 *
 *     TASK [Stop and disable wren-summarizer.service] ******
 *     changed: [batch-02]
 *     changed: [batch-01]
 *
 * A task whose name orders a destructive deed on a named thing ("Stop and disable x.service",
 * "Remove /srv/models/x") did it when a host reports it `changed` and none reports `failed` or
 * `fatal`; it failed when every host did. The task names come from the playbook, so the log
 * speaks for them in its own words. Linear in the log.
 */
export function ansibleTaskItems(log: string): ItemOutcome[] {
  if (!log.includes("TASK [")) return [];
  const out: ItemOutcome[] = [];
  let task: { name: string; line: string } | null = null;
  let changed = 0;
  let failed = 0;
  const finish = () => {
    if (task === null || (changed === 0 && failed === 0)) return;
    const status = failed === 0 ? "success" : changed === 0 ? "failure" : null;
    if (status === null) return; // some hosts did it, some did not: the log names no one outcome for the task
    for (const [action, target] of deedsOf(task.name)) if (out.length < MAX_ITEMS) out.push({ target, action, status, quote: task.line });
  };
  for (const line of log.split("\n", MAX_LINES)) {
    const opened = TASK_LINE.exec(line);
    if (opened) {
      finish();
      task = { name: opened[1]!, line: line.replace(/\s*\*+\s*$/, "") };
      changed = failed = 0;
    } else if (task !== null && HOST_CHANGED.test(line)) changed++;
    else if (task !== null && HOST_FAILED.test(line)) failed++;
    else if (line.startsWith("PLAY RECAP")) break;
  }
  finish();
  return out;
}

/** The destructive deeds a task name orders, each on every name it holds. */
function deedsOf(name: string): Array<[ActionClass, string]> {
  const names = maskSpans(name).spans.filter((s) => s.kind === "identifier").map((s) => s.value);
  if (names.length === 0) return [];
  const actions = new Set<ActionClass>();
  for (const word of name.toLowerCase().split(/[^a-z]+/)) {
    for (const hit of verbHits(word)) if (hit.forms.has("base") && hit.sense.particles === null && DESTRUCTIVE_ACTIONS.has(hit.sense.action)) actions.add(hit.sense.action);
  }
  return [...actions].flatMap((action) => names.map((n): [ActionClass, string] => [action, n]));
}

const TASK_LINE = /^TASK \[(.+)\]/;
const HOST_CHANGED = /^changed: \[/;
const HOST_FAILED = /^(?:failed|fatal): \[/;
const MAX_LINES = 5000;
const MAX_ITEMS = 64;
