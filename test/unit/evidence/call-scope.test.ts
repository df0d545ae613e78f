import { callHost, callScope, claimHosts, claimPlaces, numberedSiblings } from "../../../src/evidence/call-scope";

const call = (args: Record<string, unknown>) => ({ id: "c1", name: "tool", argumentsText: JSON.stringify(args), arguments: args });

describe("where a call acted", () => {
  test.each([
    [{ command: "kubectl delete deploy tally-api -n staging" }, ["staging"]],
    [{ command: "helm uninstall search --namespace=web" }, ["web"]],
    [{ args: "get helmreleases -n web" }, ["web"]],
    [{ name: "tally-api", namespace: "production" }, ["prod"]],
    [{ name: "tally-api", env: "Stage" }, ["staging"]],
    [{ command: "kubectl delete deploy tally-api" }, []],
    [{ name: "planner_scratch", database: "tessellate_staging" }, ["tessellate_staging"]],
    [{ name: "kite-chat-7b-rc1", registry: "staging" }, ["staging"]],
    [{ args: ["-n", "staging", "scale", "deployment/ney-agent", "--replicas=0"] }, ["staging"]],
    [{ name: "staging-notes", registry: "main" }, []],
    [{ base_url: "https://qdrant.prod.lumen.internal:6333", path: "/collections/scout_memory" }, ["prod"]],
    [{ url: "https://api-staging.example.com/v1/models/m" }, ["staging"]],
    [{ url: "https://production-logs.example.com/x" }, ["prod"]],
    [{ url: "https://api.example.com/v1/models/m" }, []],
    [{ command: "ls -n /srv" }, []],
    [{ command: "journalctl -u pickbot -n 5 --no-pager" }, []],
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
    ["tern-agent was scaled to zero in namespace agents-prod.", ["agents-prod"]],
    ["Deleted the prod-db snapshot", []],
    ["tally-api has been deleted.", []],
    ["chat-agent is no longer running on this cluster.", []],
    ["Removed it from the same namespace", []],
  ])("%s", (text, expected) => {
    expect(claimPlaces(text)).toEqual(expected);
  });
});

describe("machines", () => {
  test("the host a call names, the numbered machines a claim names, and siblings under another number", () => {
    expect(callHost(call({ host: "Jetson-21", command: "x" }))).toBe("jetson-21");
    expect(callHost(call({ command: "x" }))).toBeNull();
    expect(claimHosts("perception-llm is stopped and disabled on jetson-12.")).toEqual(["jetson-12"]);
    expect(claimHosts("weldbuddy.service on `jetson-orin-cell2` is stopped")).toEqual(["jetson-orin-cell2"]);
    expect(claimHosts("stopped it on the dock unit")).toEqual([]);
    expect(numberedSiblings("jetson-12", "jetson-21")).toBe(true);
    expect(numberedSiblings("agv-14", "agv-41")).toBe(true);
    expect(numberedSiblings("jetson-12", "jetson-12")).toBe(false);
    expect(numberedSiblings("jetson-12", "orin-12")).toBe(false);
  });
});
