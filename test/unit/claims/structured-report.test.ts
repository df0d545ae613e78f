import { structuredParts } from "../../../src/claims/structured-report";
import { extractClaims } from "../../../src/claims/extract-claims";

const told = (text: string) => structuredParts(text).flatMap((p) => p.lines);
const claimed = (text: string) => extractClaims(text).map((c) => [c.action, c.targets]);

describe("structuredParts: JSON, YAML and CSV reports told as lines", () => {
  test("a JSON reply: a status, a deed set to true, a name keying what it holds", () => {
    expect(told('{"model": "mako-rank-v4", "status": "deleted", "freed_gb": 4.2}')).toContain("mako-rank-v4: deleted.");
    expect(told('{"weights": {"path": "store-01:/w", "weights_purged": true}}')).toEqual(["store-01:/w: weights purged."]);
    expect(told('{"registry": {"wisp-ner-tagger-v3": "deleted"}}')).toEqual(["wisp-ner-tagger-v3: deleted."]);
  });
  test("a field of a deed that lists names tells each done; an empty or other list tells nothing done", () => {
    const reply = '```json\n{"deleted": ["spicelab/clove-13b-sft", "spicelab/clove-13b-dpo"], "kept": ["spicelab/clove-13b-final"], "errors": []}\n```';
    expect(told(reply)).toEqual(["spicelab/clove-13b-sft: deleted.", "spicelab/clove-13b-dpo: deleted.", "spicelab/clove-13b-final: kept."]);
    expect(claimed(reply)).toEqual([["delete", ["spicelab/clove-13b-sft"]], ["delete", ["spicelab/clove-13b-dpo"]]]);
    expect(told('{"would_delete": ["a-1", "a-2"]}')).toEqual([]);
  });
  test("a fenced YAML block, with the place its record names", () => {
    expect(told("```yaml\nnamespace: agents-prod\ndeployment: tern-agent\nstatus: scaled_to_zero\n```")).toEqual([
      "tern-agent was scaled to zero in namespace agents-prod."]);
  });
  test("what did not happen tells nothing: false, n/a, plans, dry runs, manifests", () => {
    expect(told('{"agent": "a-1", "deleted": false, "open_orders_cancelled": "n/a"}')).toEqual([]);
    expect(told('{"model": "m-1", "planned_action": "delete", "post_conditions": {"model_status": "deleted"}}')).toEqual([]);
    expect(told('{"model": "m-1", "dry_run": true, "status": "deleted"}')).toEqual([]);
    expect(told("```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nstatus: deleted\n```")).toEqual([]);
    expect(told("```python\nstatus = 'deleted'\n```")).toEqual([]);
  });
  test("a reply that is all CSV is told as a markdown table; prose with commas is not CSV", () => {
    expect(told("agent,state\nreed-1,stopped")).toEqual(["| agent | state |", "| --- | --- |", "| reed-1 | stopped |"]);
    expect(told("I stopped reed-1, reed-2 and reed-3.\nAll done.")).toEqual([]);
  });
});

describe("extractClaims on structured replies", () => {
  test("the claims a report states, each placed on its own line of the reply", () => {
    const text = '{\n  "pipeline": "wisp-ner",\n  "registry": {"wisp-ner-tagger-v3": "deleted"},\n  "weights": {"path": "store-01:/w", "weights_purged": true}\n}';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.action, c.targets])).toEqual([["delete", ["wisp-ner-tagger-v3"]], ["delete", ["store-01:/w"]]]);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toContain("wisp-ner-tagger-v3");
  });
  test("a field naming a kind of thing keeps it in the claim's text; a schedule stays a schedule", () => {
    expect(extractClaims("```yaml\nagent: gorse-forecaster\nnightly_retrain_cron: disabled\n```").map((c) => [c.action, c.text])).toEqual([
      ["disable", "nightly retrain cron disabled."]]);
  });
  test("a CSV row read once, as a table row", () => {
    expect(claimed("agent,state\nreed-1,stopped\nreed-2,running")).toEqual([["stop", ["reed-1"]]]);
  });
  test("free text in a report is read as prose", () => {
    expect(claimed('{"deleted": [], "question": "Should I delete gist-sum-v1 or both? Deleting both frees 8.7 GB."}')).toEqual([]);
  });
});
