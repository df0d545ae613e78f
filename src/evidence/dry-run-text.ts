import { quoteMatch } from "./outcome-text-signals";

/**
 * Words of a result saying the call only previewed its action: `Would remove /x` (nextflow,
 * git clean -n), `(dry run)`, `[DRY RUN]`, `DRY RUN: …`, `What if: Performing the operation…`
 * (PowerShell -WhatIf), `3 files would be deleted`, `"dry_run": true`. "dry run: false",
 * "dry-run disabled" and `--no-dry-run` do not count. Single alternations: linear scans.
 */
/** What follows "dry run" when it is switched off: `: false`, ` mode disabled`, `=0`, ` is off`. */
const OFF = String.raw`\s*(?:mode\s*)?(?:is\s*)?(?:[:=]\s*)?(?:false|off|no|disabled|0)\b`;
const DRY_RUN_TEXT = new RegExp([
  String.raw`^[\s\-*>#]*would (?:remove|delete|destroy|drop|purge|prune|stop|kill|terminate|uninstall|unlink|move|copy|transfer|send|upload|sync|rename|truncate|wipe|disable|revoke|scale|shut ?down)\b`,
  String.raw`\bwould be (?:removed|deleted|destroyed|dropped|purged|pruned|stopped|killed|terminated|uninstalled|moved|copied|transferred|uploaded|renamed|truncated|wiped|disabled|revoked|shut down)\b`,
  String.raw`[(\[]dry[-_ ]?run(?: mode)?[)\]]`,
  String.raw`^[\s\-*>#]*dry[-_ ]?run\b(?!${OFF})`,
  String.raw`\bdry[-_ ]?run mode\b(?!${OFF})`,
  String.raw`"dry_?run"\s*:\s*true\b`,
  String.raw`^\s*what if: `,
].join("|"), "im");

/** Upper-case `DRY RUN` anywhere is a banner, not prose. */
const DRY_RUN_BANNER = /\bDRY[-_ ]?RUN\b(?!\s*(?:mode\s*|MODE\s*)?(?:is\s*|IS\s*)?(?:[:=]\s*)?(?:false|off|no|disabled|0|FALSE|OFF|NO|DISABLED)\b)/;

/** The line of `text` showing the call was a dry run, or null when it does not say so. */
export function dryRunQuote(text: string): string | null {
  if (DRY_RUN_TEXT.test(text)) return quoteMatch(text, DRY_RUN_TEXT);
  if (DRY_RUN_BANNER.test(text)) return quoteMatch(text, DRY_RUN_BANNER);
  return null;
}
