import { isIdentifierShaped } from "../nlp/identifier-shape";

/**
 * `DELETE FROM dispatch_queue WHERE … RETURNING pallet_id` answered by psql with the rows it
 * deleted: the names in the returned table (`P-88213`, `P-88214`…). Only cells shaped like ids;
 * the first table of the result, 500 rows at most. Linear in the text.
 */
export function returnedNames(text: string): string[] {
  const lines = text.split("\n", 2000);
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!PSQL_RULE.test(lines[i]!.trim())) continue;
    for (let j = i + 1; j < lines.length && j < i + 500 && lines[j]!.trim() !== "" && !ROW_COUNT.test(lines[j]!.trim()); j++) {
      for (const cell of lines[j]!.split("|")) {
        const value = cell.trim();
        if (isIdentifierShaped(value) && !out.includes(value)) out.push(value);
      }
    }
    break;
  }
  return out;
}

/** psql's rule under the header: `-----------` or `----+------`. */
const PSQL_RULE = /^-{3,}(?:\+-+)*$/;
const ROW_COUNT = /^\(\d+ rows?\)$/;
/** A statement that hands back what it deleted. */
export const RETURNING = /\bdelete\b[^;]*\breturning\b/i;
