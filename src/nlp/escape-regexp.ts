/** `text` as a regular expression that matches it literally (`RegExp.escape` comes with Node 24; we support 22). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
