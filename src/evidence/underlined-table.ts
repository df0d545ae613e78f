/**
 * Tables whose header is underlined column by column, as PowerShell's `Format-Table` and
 * Windows' `tasklist` print them:
 *
 *     SamAccountName  Enabled DistinguishedName
 *     --------------  ------- -----------------
 *     svc-bot           False CN=svc-bot,OU=Service Accounts,DC=corp,DC=com
 *
 * The rule marks where each column starts, so a cell may hold spaces.
 */
export const UNDERLINE = /^\s*[=-]{2,}(?:\s+[=-]{2,})+\s*$/;

export interface UnderlinedColumn {
  /** The header's words over the rule. */
  name: string;
  /** Where the column's rule starts and ends. */
  start: number;
  end: number;
}

/** The columns of an underlined header; `rule` must match `UNDERLINE`. */
export function underlinedColumns(header: string, rule: string): UnderlinedColumn[] {
  return [...rule.matchAll(/[=-]+/g)].map((m) => ({ name: header.slice(m.index, m.index + m[0].length).trim(), start: m.index, end: m.index + m[0].length }));
}

/** A row's cells: each from its column's start to the next column's (a right-aligned value may start before its rule). */
export function underlinedCells(line: string, columns: readonly UnderlinedColumn[]): string[] {
  return columns.map((c, i) => {
    const from = i === 0 ? 0 : Math.min(c.start, columns[i - 1]!.end + 1);
    const to = i + 1 < columns.length ? Math.min(columns[i + 1]!.start, columns[i]!.end + 1) : line.length;
    return line.slice(from, Math.max(from, to)).trim();
  });
}
