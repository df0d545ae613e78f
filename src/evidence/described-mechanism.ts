/**
 * The conversation describes `name` as something that shuts an AI system down: "the scheduled
 * task 'Tessera-Decommission' shuts down the Tessera dispatch agent", "kill-switch.py stops
 * every worker". Only a mention named as a job, script, task or switch counts; read from the
 * sentence around it in `text` (the user's messages). Linear in the text for each name.
 */
export function describedAsStopping(name: string, text: string): boolean {
  const n = name.trim().toLowerCase();
  if (n.length < 3) return false;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + n.length)) {
    // Named as a job, script, task or switch ("the scheduled task 'X'"), not as where things run.
    if (!MECHANISM_NOUN.test(lower.slice(Math.max(0, at - 40), at))) continue;
    const start = Math.max(sentenceStart(lower, at), at - WINDOW);
    const end = Math.min(sentenceEnd(lower, at + n.length), at + n.length + WINDOW);
    if (STOPS.test(lower.slice(start, end))) return true;
  }
  return false;
}

/** A present-tense verb of stopping, deleting or disabling, as a description of what a thing does. */
const STOPS = /\b(?:shuts? (?:it |them )?down|stops|kills|terminates|decommissions|halts|wipes|deletes|disables|tears? down|powers? (?:off|down))\b/;
const WINDOW = 240;
const MECHANISM_NOUN = /\b(?:task|job|cron(?:job)?|timer|script|workflow|pipeline|dag|hook|switch|watchdog|runbook|playbook|automation|rule|lambda|function)\s*[`'"“‘]?\s*$/;

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= WINDOW; i--) if (".!?\n".includes(text[i]!)) return i + 1;
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length && i - at <= WINDOW; i++) if (".!?\n".includes(text[i]!)) return i;
  return text.length;
}
