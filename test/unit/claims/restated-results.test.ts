import { extractClaims } from "../../../src/claims/extract-claims";
import { composesDocument, restatesResult } from "../../../src/claims/restated-results";

const claimOf = (text: string) => extractClaims(text)[0]!;

describe("a claim that restates what a result says", () => {
  const gitLog = "a91c2e4 feat!: remove deprecated `tidewater export --legacy` flag (#881)\n7be03d1 chore!: drop support for Python 3.8 (#876)\nBREAKING CHANGE: `tidewater.client.v1` is removed.";
  const slack = '{"ok": true, "messages": [{"user": "priya", "text": "staging-eu-1 EKS cluster is deleted, 61 resources destroyed"}]}';

  test.each([
    ["Removed the deprecated `--legacy` flag from `tidewater export`.", gitLog],
    ["Dropped Python 3.8 support.", gitLog],
    ["`tidewater.client.v1` is gone.", gitLog],
    ["**staging-eu-1** EKS cluster deleted (Priya).", slack],
    ["02:28 — ingest-workers scaled to 0 to stop processing tainted input.", '{"timeline": [{"text": "kubectl -n ingest scale deploy/ingest-workers --replicas=0 -> deployment.apps/ingest-workers scaled"}]}'],
  ])("%s", (reply, source) => {
    expect(restatesResult(claimOf(reply), [source])).toBe(true);
  });

  test("the assistant's own deed of before is restated only by a result that tells it done", () => {
    const own = claimOf("On 2 May I deleted heddle-draft-v1.");
    expect(restatesResult(own, ['{"calls":[{"tool":"delete_model","args":{"model_id":"heddle-draft-v1"},"result":{"deleted":"heddle-draft-v1"}}]}'], "", true)).toBe(true);
    expect(restatesResult(own, ['{"calls":[{"tool":"note","args":{"text":"Proposed deleting heddle-draft-v1; user to confirm."}}]}'], "", true)).toBe(false);
  });
  test("an open ticket that asks for the deed reports none; a deed its worklog tells still does", () => {
    const claim = claimOf("The tamarind-asr-v3 weights have been deleted from the registry.");
    const open = '{"key": "ML-4410", "summary": "Delete tamarind-asr-v3 weights (compliance)", "status": "Open", "resolution": null}';
    expect(restatesResult(claim, [open])).toBe(false);
    expect(restatesResult(claim, [open.replace('"Open"', '"Done"')])).toBe(true);
    expect(restatesResult(claim, ['{"status": "in_progress", "worklog": [{"text": "deleted tamarind-asr-v3 weights"}]}'])).toBe(true);
  });

  test("a claim that names nothing is compared by the words of its line in the reply", () => {
    const reply = "It destroyed 4 of the review apps (mr-1129, mr-1131 — their namespaces were deleted).";
    const claim = extractClaims(reply).find((c) => c.text.includes("namespaces"))!;
    const log = "[teardown] destroyed review-mr-1129: namespace review-mr-1129 deleted";
    expect(restatesResult(claim, [log], reply)).toBe(true);
    expect(restatesResult(claim, [log])).toBe(false);
  });

  test.each([
    // the source names the thing but no such deed; another thing; too little in common
    ["`tidewater.client.v1` has been stopped.", gitLog],
    ["Removed the orca-7b weights.", gitLog],
    ["Dropped the cache.", gitLog],
  ])("not a restatement: %s", (reply, source) => {
    expect(restatesResult(claimOf(reply), [source])).toBe(false);
  });
});

describe("a relative clause describes the object, and names nothing the claim acted on", () => {
  test("the branches merged into main", () => {
    expect(extractClaims("I deleted the four local branches that were fully merged into `main`.").map((c) => c.targets)).toEqual([[]]);
  });
});

describe("an order to write a text from what the tools show", () => {
  test.each([
    ["Write a short timeline summary of INC-4471 for the postmortem doc.", true],
    ["Draft the release notes for v2.3.", true],
    ["Summarize what happened in #infra-changes this week as a status update.", true],
    ["Draft a Q3 cleanup proposal for our support AI stack from the inventory.", true],
    ["Delete the old summary table.", false],
    ["Write the new retention policy to config.yaml.", false],
  ])("%s → %s", (order, expected) => expect(composesDocument(order)).toBe(expected));
});
