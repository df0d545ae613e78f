import { extractClaims } from "../../../src/claims/extract-claims";
import { vouchedOutputClaims } from "../../../src/claims/vouched-output";

const brief = (text: string) => vouchedOutputClaims(text).map((c) => `${c.action} ${c.targets.join(",")}`);

describe("a tool's output line the reply quotes as its confirmation claims the deed", () => {
  test.each([
    ['kubectl confirmed it: `deployment.apps "moth-agent" deleted`.', ["delete moth-agent"]],
    ["The output was `pod/ranker-7f9c2 deleted`.", ["delete ranker-7f9c2"]],
    ['Helm said: `release "heron" uninstalled`', ["delete heron"]],
    ["Result: `heron-worker stopped`", ["stop heron-worker"]],
  ])("%s", (text, expected) => expect(brief(text)).toEqual(expected));

  test.each([
    // the tool's own qualifier kept, a field and its value, a command to run, a quote with no word of showing
    'Output: `deployment.apps "moth-agent" deleted (server dry run)`.',
    "The record shows `status: stopped`.",
    "Next, run `kubectl delete deploy moth-agent`.",
    'I expect `deployment.apps "moth-agent" deleted` once it runs.',
  ])("not: %s", (text) => expect(brief(text)).toEqual([]));

  test("the reply's own claim on that line speaks for it", () => {
    const claims = extractClaims('Deleted serving-staging/intent-llm: kubectl returned `service.serving.knative.dev "intent-llm" deleted`.');
    expect(claims.map((c) => c.targets)).toEqual([["serving-staging/intent-llm"]]);
  });
});
