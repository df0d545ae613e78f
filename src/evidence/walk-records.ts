/**
 * Visits the objects of a parsed JSON document depth first, each before what it holds, and a list's items one level
 * below the list: at most `maxDepth` levels down, at most `maxItems` items of each list. `visit` returns "skip" to
 * leave an object's insides unvisited, or "stop" to end the walk.
 */
export function walkRecords(
  doc: unknown, visit: (record: Record<string, unknown>) => void | "skip" | "stop", maxDepth = 4, maxItems = Infinity,
): void {
  let stopped = false;
  const go = (node: unknown, depth: number): void => {
    if (stopped || depth > maxDepth || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node.length > maxItems ? node.slice(0, maxItems) : node) go(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const said = visit(record);
    if (said === "stop") stopped = true;
    if (said !== undefined) return;
    for (const value of Object.values(record)) if (value !== null && typeof value === "object") go(value, depth + 1);
  };
  go(doc, 0);
}
