import type { Outcome } from "./outcome";
import { ACCEPTED_TEXT, FAILURE_TEXT, SUCCESS_TEXT, UNKNOWN_TEXT } from "./outcome-text-signals";

/** What a page state printed after an interaction says (Playwright's snapshot, a computer-use description). */
export interface PageState {
  /** Status, toast and notification lines: "Model ft:x deleted", "Scheduled for deletion". */
  status: string[];
  /** Alert lines: "Couldn't update setting. Please try again." */
  alerts: string[];
  /** An open dialog's title and text, when one is open. */
  dialog: string | null;
  /** The tool's own error (a timeout, an element not found). */
  error: string | null;
}

const STATUS_LINE = /^\s*-\s*(?:status|log|toast|notification|banner)\b[^:\n]*:\s*(.+)$/gim;
const ALERT_LINE = /^\s*-\s*alert\b[^:\n]*:\s*(.+)$/gim;
/** `- dialog "Delete model?" [ref=e94]:` and the lines indented under it. */
const DIALOG = /^(\s*)-\s*(?:alertdialog|dialog)\s+"([^"\n]*)"[^\n]*\n((?:\1\s+[^\n]*\n?)*)/im;
/** Prose results of computer-use tools: "Toast: Model deleted", "Notification: …". */
const PROSE_STATUS = /^\s*(?:toast|notification|banner|status message|snackbar)\s*[:\-–]\s*(.+)$/gim;
const DIALOG_PROSE = /^\s*-\s*(?:paragraph|text|heading|strong|emphasis|note)\b[^:\n]*:\s*(.+)$/gim;
const TOOL_ERROR = /^###\s*Error\b[^\n]*\n+([^\n]+)|^\s*(?:Error|TimeoutError)\s*:\s*(.+)$/im;
const MAX_CHARS = 64 * 1024;

export function readPageState(resultText: string, dialogAsked = false): PageState {
  const text = resultText.slice(0, MAX_CHARS);
  const json = jsonObjectOf(text);
  if (json !== null) return jsonPageState(json, dialogAsked);
  const status = [...text.matchAll(STATUS_LINE), ...text.matchAll(PROSE_STATUS)].map((m) => unquote(m[1]!));
  const alerts = [...text.matchAll(ALERT_LINE)].map((m) => unquote(m[1]!));
  // Playwright's modal state: `- ["confirm" dialog with message "Revoke API key 'x'? …"]`.
  const native = NATIVE_DIALOG.exec(text);
  const d = native === null ? DIALOG.exec(text) : null;
  // The dialog's title and its prose (paragraphs, text), not the names of its buttons and fields.
  const prose = d ? [...d[3]!.matchAll(DIALOG_PROSE)].map((m) => unquote(m[1]!)) : [];
  const dialog = native !== null ? native[1]! : d ? [d[2]!, ...prose].join(" ").trim() : null;
  const e = TOOL_ERROR.exec(text);
  return { status, alerts, dialog, error: e ? (e[1] ?? e[2] ?? "").trim() : null };
}

const NATIVE_DIALOG = /\["(?:confirm|alert|prompt|beforeunload)" dialog with message "([^"\n]*)"\]/i;

/** `{"clicked": true, "toast": "Key x revoked"}`, `{"banner": {"level": "error", "text": "…"}}`, `{"text": "Revoke x?…"}` read from a dialog. */
function jsonPageState(o: Record<string, unknown>, dialogAsked: boolean): PageState {
  const status: string[] = [];
  const alerts: string[] = [];
  let dialog: string | null = null;
  for (const [key, value] of Object.entries(o)) {
    const k = key.toLowerCase();
    const text = typeof value === "string" ? value : value !== null && typeof value === "object" ? textOf(value as Record<string, unknown>) : null;
    if (text === null) continue;
    const level = value !== null && typeof value === "object" ? String((value as Record<string, unknown>).level ?? (value as Record<string, unknown>).type ?? "") : "";
    if (/^(?:dialog|modal|confirm|confirmation)$/.test(k) || (dialogAsked && k === "text")) dialog = text;
    else if (/^(?:alert|error)$/.test(k) || /error|danger|fail/i.test(level)) alerts.push(text);
    else if (/^(?:toast|notification|banner|status|snackbar|flash|message)$/.test(k)) status.push(text);
  }
  return { status, alerts, dialog, error: null };
}

function textOf(o: Record<string, unknown>): string | null {
  const t = o.text ?? o.message ?? o.title;
  return typeof t === "string" ? t : null;
}

function jsonObjectOf(text: string): Record<string, unknown> | null {
  if (!text.trimStart().startsWith("{")) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function unquote(s: string): string {
  return s.replace(/\[ref=[^\]]*\]/g, "").trim().replace(/^"(.*)"$/, "$1");
}

/**
 * How a page interaction went, by what the page said after it: an error or an alert failed it, a
 * status that says queued or scheduled accepted it, a status of success did it, an open dialog
 * means nothing was confirmed yet, and a page that says none of these does not say.
 */
export function pageOutcome(page: PageState): Outcome {
  if (page.error !== null) return UNKNOWN_TEXT.test(page.error) ? { status: "unknown", reason: `the tool said: ${cut(page.error)}` } : { status: "failure", reason: `the tool said: ${cut(page.error)}` };
  const alert = page.alerts[0];
  if (alert !== undefined) return { status: "failure", reason: `the page alerted: "${cut(alert)}"` };
  for (const s of page.status) {
    if (FAILURE_TEXT.test(s)) return { status: "failure", reason: `the page said: "${cut(s)}"` };
    if (ACCEPTED_TEXT.test(s) || /\bscheduled\b/i.test(s)) return { status: "accepted", reason: `the page said: "${cut(s)}"` };
    if (SUCCESS_TEXT.test(s) || DONE.test(s)) return { status: "success", reason: `the page said: "${cut(s)}"` };
  }
  if (page.dialog !== null) return { status: "unknown", reason: `a dialog is open, nothing confirmed yet: "${cut(page.dialog)}"` };
  return { status: "unknown", reason: "the page does not say how it went" };
}

/** A status that reports a deed done: "Kestrel Assist turned off for Wiki", "Key revoked", "Model x deleted". */
const DONE = /\b(?:deleted|removed|revoked|disabled|turned off|switched off|stopped|uninstalled|deactivated|paused|suspended|terminated|shut down|saved|updated)\b/i;

function cut(s: string): string {
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
