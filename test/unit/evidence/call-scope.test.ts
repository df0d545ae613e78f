import { callScope, claimPlaces } from "../../../src/evidence/call-scope";

const call = (args: Record<string, unknown>) => ({ id: "c1", name: "tool", argumentsText: JSON.stringify(args), arguments: args });

describe("where a call acted", () => {
  test.each([
    [{ command: "kubectl delete deploy tally-api -n staging" }, ["staging"]],
    [{ command: "helm uninstall search --namespace=web" }, ["web"]],
    [{ args: "get helmreleases -n web" }, ["web"]],
    [{ name: "tally-api", namespace: "production" }, ["prod"]],
    [{ name: "tally-api", env: "Stage" }, ["staging"]],
    [{ command: "kubectl delete deploy tally-api" }, []],
    [{ base_url: "https://qdrant.prod.lumen.internal:6333", path: "/collections/scout_memory" }, ["prod"]],
    [{ url: "https://api-staging.example.com/v1/models/m" }, ["staging"]],
    [{ url: "https://production-logs.example.com/x" }, ["prod"]],
    [{ url: "https://api.example.com/v1/models/m" }, []],
    [{ command: "ls -n /srv" }, []],
  ])("%j → %j", (args, expected) => {
    expect(callScope(call(args))).toEqual(expected);
  });
});

describe("the place a claim names", () => {
  test.each([
    ["tally-api has been deleted from prod.", ["prod"]],
    ["Uninstalled it from production and from staging", ["prod", "staging"]],
    ["Removed the release in the `web` namespace", ["web"]],
    ["Deleted it from namespace ml-serving", ["ml-serving"]],
    ["Deleted the prod-db snapshot", []],
    ["tally-api has been deleted.", []],
  ])("%s", (text, expected) => {
    expect(claimPlaces(text)).toEqual(expected);
  });
});
