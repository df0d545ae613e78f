import { acceptsDialog, deedOf, isTyping, isUiInteraction, KEEPS_COPY, namesIn, uiLabel } from "../classify/ui-actions";
import { DESTRUCTIVE_ACTIONS, type Effect } from "../classify/effect";
import { makeEffect } from "../classify/effect-builder";
import type { AnalyzedPastCall, AnalyzedReplyCall } from "../guard/evidence-ledger";
import { pageOutcome, readPageState, type PageState } from "./ui-page";

/**
 * Settles the page interactions of a session with the page states they printed. A press whose
 * label names no deed ("Confirm", "Turn off" in a dialog, a dialog accepted) does the deed of the
 * dialog the page showed before it ("Delete model? This permanently deletes ft:x"), on what that
 * dialog names; a deed whose label names nothing acts on what the page's status then names, else
 * on what the dialog named. Its outcome is what the page said next (`pageOutcome`): a click that
 * only opened a confirmation dialog did nothing yet. Calls of other tools pass through untouched.
 */
export function settleUiSession(past: AnalyzedPastCall[]): AnalyzedPastCall[] {
  if (!past.some((p) => isUiInteraction(p.call.name))) return past;
  let before: PageState | null = null;
  return past.map((p) => {
    const page = p.call.resultText === null ? null : readPageState(p.call.resultText, asksForDialog(p.call.argumentsText));
    const settled = isUiInteraction(p.call.name) && p.call.arguments !== null && page !== null ? settle(p, page, before) : p;
    if (page !== null) before = page;
    return settled;
  });
}

/**
 * The reply's page interactions, read against the last page state of the session: "Confirm" in
 * the open "Delete model?" dialog is the deletion of what the dialog names (not run yet).
 */
export function settleReplyUi(reply: AnalyzedReplyCall[], past: readonly AnalyzedPastCall[]): AnalyzedReplyCall[] {
  if (!reply.some((r) => isUiInteraction(r.call.name))) return reply;
  const last = [...past].reverse().find((p) => p.call.resultText !== null);
  const before = last ? readPageState(last.call.resultText!, asksForDialog(last.call.argumentsText)) : null;
  return reply.map((r) => {
    if (!isUiInteraction(r.call.name) || r.call.arguments === null) return r;
    const effects = deedEffects(r.call.name, r.call.arguments, r.analysis.effects[0], null, before);
    return effects === null ? r : { ...r, analysis: { ...r.analysis, effects, destructive: effects.some((e) => DESTRUCTIVE_ACTIONS.has(e.action)), readOnly: false } };
  });
}

function settle(p: AnalyzedPastCall, page: PageState, before: PageState | null): AnalyzedPastCall {
  const effects = deedEffects(p.call.name, p.call.arguments!, p.analysis.effects[0], page, before);
  if (effects === null) return p; // a link, a switch that opened a dialog, a text typed: no deed yet
  return { ...p, analysis: { ...p.analysis, effects, destructive: effects.some((e) => DESTRUCTIVE_ACTIONS.has(e.action)), readOnly: false }, outcome: pageOutcome(page) };
}

/** The deed a page interaction does, on what, given the page before it and (when it ran) the page after; null for none. */
function deedEffects(name: string, args: Record<string, unknown>, own: Effect | undefined, page: PageState | null, before: PageState | null): Effect[] | null {
  if (isTyping(name)) return null;
  const dialog = before?.dialog ?? null;
  const label = uiLabel(args);
  // "Turn off button in Wiki dialog", "Confirm", a dialog accepted: the dialog's deed, or the label's.
  const inDialog = dialog !== null && (acceptsDialog(name, args) || own === undefined || own.action === "other" || own.action === "copy" || DESTRUCTIVE_ACTIONS.has(own.action));
  const labelled = own !== undefined && (DESTRUCTIVE_ACTIONS.has(own.action) || own.action === "copy") ? own.action : null;
  const deed = labelled !== null && labelled !== "copy" ? labelled : inDialog && (labelled === null || deedOf(label) !== null) ? deedOf(dialog!) : null;
  const actions = [...(KEEPS_COPY.test(label) ? ["copy" as const] : []), ...(deed !== null ? [deed] : [])];
  if (actions.length === 0) return null;
  const named = own !== undefined && own.targets.length > 0 ? own.targets : [];
  const targets = [...new Set(named.length > 0 ? named : [...(page?.status.flatMap(namesIn) ?? []), ...(inDialog ? dialogSubjects(dialog!) : [])])];
  return actions.map((a) => makeEffect(a, targets, own?.summary ?? `${name}(${label})`));
}

/** `read_page(selector: "[role=dialog]")`: the call read a dialog's text. */
function asksForDialog(argumentsText: string): boolean {
  return /dialog|modal/i.test(argumentsText);
}

/**
 * What a confirmation dialog is about: the identifiers its text names, and its title without the
 * deed ("Turn off Kestrel Assist for Wiki?" → "Kestrel Assist for Wiki"), unless that is a bare kind ("Delete model?").
 */
function dialogSubjects(dialog: string): string[] {
  const title = /^([^?\n]*)\?/.exec(dialog)?.[1] ?? "";
  const subject = title.replace(LEADING_DEED, "").trim();
  const names = namesIn(dialog);
  return subject.split(/\s+/).length >= 2 || (subject !== "" && names.length === 0) ? [subject, ...names] : names;
}
const LEADING_DEED = /^(?:permanently\s+)?(?:delete|remove|revoke|disable|turn off|switch off|stop|uninstall|deactivate|shut down|terminate|destroy|purge|cancel|pause|suspend)\s+(?:the\s+)?/i;
