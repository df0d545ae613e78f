/**
 * What a `pulumi destroy` (or `up` that deletes) printed per resource, from its progress table:
 *
 *      -   ├─ gcp:container:NodePool          petrel-gpu-pool      deleted
 *      -   └─ gcp:storage:Bucket              petrel-weights       **deleting failed**     1 error
 *
 * Each row is the resource's name and whether its deletion went through. The table is the
 * program's own account, whatever the command line said. Linear in the log.
 */
export interface PulumiDeletion {
  name: string;
  ok: boolean;
  line: string;
}

export function pulumiDeletions(log: string): PulumiDeletion[] {
  if (!log.includes("deleted") && !log.includes("deleting failed")) return [];
  const out: PulumiDeletion[] = [];
  for (const m of log.matchAll(ROW)) {
    if (out.length >= MAX_ROWS) break;
    out.push({ name: m[2]!, ok: m[3] === "deleted", line: m[0].trim() });
  }
  return out;
}
const MAX_ROWS = 256;
/** A row: change mark, tree drawing, `provider:module:Type`, name, status (bold when it failed). */
const ROW = /^[ \t]*-?[ \t]*[│├└─ \t]*([a-z][\w-]*:[\w/.-]*:[\w/.-]+)[ \t]+([\w.\-/@]+)[ \t]+\**(deleted|deleting failed|delete failed)\**/gm;
