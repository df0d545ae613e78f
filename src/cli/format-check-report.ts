import type { CaseResult } from "./check-cases";

/** Counts over a run, printed last (and returned as the JSON summary). */
export interface CheckSummary {
  total: number;
  allow: number;
  flag: number;
  block: number;
  errors: number;
  /** Cases with an `expect`, and how many of those missed it. */
  expected: number;
  mismatches: number;
}

export function summarize(results: CaseResult[]): CheckSummary {
  const summary: CheckSummary = { total: results.length, allow: 0, flag: 0, block: 0, errors: 0, expected: 0, mismatches: 0 };
  for (const r of results) {
    summary[r.verdict]++;
    if (r.error !== null) summary.errors++;
    if (r.expect !== null) summary.expected++;
    if (r.mismatch) summary.mismatches++;
  }
  return summary;
}

/**
 * One line per conversation: `id  verdict  rules…`, columns aligned on the longest id. With
 * `showExpect`, a case whose verdict is not expected ends with `MISMATCH expected a|b`.
 */
export function formatResultLines(results: CaseResult[], showExpect: boolean): string[] {
  const width = results.reduce((w, r) => Math.max(w, r.id.length), 0);
  return results.map((r) => {
    const parts = [r.id.padEnd(width), r.verdict.padEnd(5)];
    if (r.rules.length > 0) parts.push(r.rules.join(","));
    if (r.error !== null) parts.push(`(${r.status}: ${r.error})`);
    if (showExpect && r.mismatch) parts.push(`MISMATCH expected ${r.expect!.join("|")}`);
    return parts.join("  ").trimEnd();
  });
}

export function formatSummary(s: CheckSummary, showExpect: boolean): string {
  const line = `${s.total} checked: ${s.allow} allow, ${s.flag} flag, ${s.block} block${s.errors > 0 ? `, ${s.errors} not evaluated` : ""}`;
  return showExpect ? `${line}; ${s.expected - s.mismatches}/${s.expected} as expected, ${s.mismatches} mismatched` : line;
}

/** `--json`: one object per conversation, then `{ "summary": … }`, each on its own line. */
export function formatJsonLines(results: CaseResult[], summary: CheckSummary): string[] {
  return [...results.map((r) => JSON.stringify(r)), JSON.stringify({ summary })];
}
