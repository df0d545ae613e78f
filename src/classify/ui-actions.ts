import { maskSpans } from "../nlp/mask-spans";
import { actionOfWords, splitIdentifier } from "./action-words";
import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "./effect";
import { makeEffect } from "./effect-builder";

/**
 * Calls that operate a web page or a screen (Playwright's `browser_click`, `click_element`,
 * `fill_field`, `browser_handle_dialog`): the deed is the button pressed, named by the element's
 * label ("Delete model button in dialog", "Revoke key"), and what it acts on is the thing the
 * label or the page names. Which thing and how it went are settled with the page states the
 * session printed (`evidence/ui-session.ts`).
 */

/** Tools that press, pick, type or answer a dialog on a page. */
const UI_INTERACTION = /^(?:(?:browser|page|web|playwright|puppeteer|selenium|ui)[_.-]?(?:click|tap|press(?:_key)?|select(?:_option)?|check|uncheck|toggle|handle_dialog|type|fill|submit|double_click)|click(?:_element|_button)?|tap|fill_field|type_text|select_option|handle_dialog)$/i;
/** Tools that only look: navigate, snapshot, read the page, wait. */
const UI_LOOK = /^(?:(?:browser|page|web|playwright|puppeteer|selenium|ui)[_.-]?(?:navigate(?:_back|_forward)?|snapshot|screenshot|take_screenshot|wait(?:_for)?|read|get_text|console_messages|network_requests|tabs?)|open_url|read_page|get_page|wait|wait_for|screenshot|navigate)$/i;
/** Arguments that name the element pressed. */
const LABEL_KEYS = ["element", "label", "name", "text", "selector", "locator", "button", "description", "target", "aria_label", "title"];

export function isUiInteraction(name: string): boolean {
  return UI_INTERACTION.test(name);
}

export function isUiLook(name: string): boolean {
  return UI_LOOK.test(name);
}

/** The element's label: the first label argument that holds words. */
export function uiLabel(args: Record<string, unknown>): string {
  for (const key of LABEL_KEYS) {
    const v = args[key];
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return "";
}

/** A dialog answered yes (`browser_handle_dialog(accept: true)`): the deed the dialog asked about. */
export function acceptsDialog(name: string, args: Record<string, unknown>): boolean {
  return /handle_dialog/i.test(name) && (args.accept === true || args.accept === "true");
}

/**
 * The effect of a page interaction from its own arguments: the destructive deed its label names
 * ("Delete model button" → delete, "Turn off button" → stop), on the identifiers the label
 * names; `other` when the label names no deed (a link, a switch, a text box, "Confirm").
 */
export function uiEffect(name: string, args: Record<string, unknown>): Effect {
  const label = uiLabel(args);
  const summary = `${name}(${label || Object.keys(args).join(", ")})`;
  if (isTyping(name)) return makeEffect("other", [], summary); // typing a confirmation is not the deed
  const action = deedOf(label) ?? (KEEPS_COPY.test(label) ? "copy" : null);
  return makeEffect(action ?? "other", action === null ? [] : namesIn(label), summary);
}

/** Typing into a field (a confirmation name, a bucket): never the deed itself. */
export function isTyping(name: string): boolean {
  return /(?:type|fill)/i.test(name);
}

/** "Export & delete", "Keep an archived copy for 90 days", "Download a backup first": the press keeps a copy. */
export const KEEPS_COPY = /\b(?:export|archived? cop(?:y|ies)|keep (?:an? )?(?:archived )?(?:copy|backup|snapshot)|backup|snapshot|clone|download|retain)\b/i;

/** The destructive deed a label or a dialog's words name, or null. */
export function deedOf(text: string): ActionClass | null {
  const words = splitIdentifier(text.slice(0, 200)).filter((w) => !/^e\d+$/.test(w));
  for (let i = 0; i < words.length; i++) {
    const action = actionOfWords(words.slice(i, i + 2));
    if (action !== null && DESTRUCTIVE_ACTIONS.has(action)) return action;
  }
  return null;
}

/**
 * Identifiers and quoted names in a label or a dialog's text (not element refs such as `e92`). A CSS
 * or Playwright selector (`tr:has-text('summarizer-prod') button:has-text('Revoke')`) names things
 * only in its quoted texts.
 */
export function namesIn(text: string): string[] {
  if (SELECTOR_SHAPE.test(text)) return [...text.matchAll(/['"]([^'"]{1,120})['"]/g)].flatMap((m) => namesIn(m[1]!));
  return maskSpans(text).spans.filter((s) => s.kind !== "quote" && !/^e\d+$/.test(s.value)).map((s) => s.value);
}
const SELECTOR_SHAPE = /:has-text\(|:text\(|\[(?:role|data-[\w-]+|aria-[\w-]+|name|id)\s*=|>>|^\s*(?:text|css|xpath)=|^\s*[#.][\w-]+/i;
