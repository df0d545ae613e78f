import { listingWithout } from "../../../src/claims/left-out-of-listing";
import type { LedgerEntry } from "../../../src/guard/evidence-ledger";

const read = (callId: string, tool: string, targets: string[] = []): LedgerEntry => ({
  callId, tool, order: 0, kind: "action", action: "read", state: null, targets, replicas: null, outcome: "success", summary: `${tool}()`, reason: "ok", scope: [],
});
const agents = '{"agents":[{"name":"router-agent","status":"running"},{"name":"qa-agent","status":"stopped"}],"count":2}';

describe("listingWithout", () => {
  test("a whole listing of records that leaves the name out shows it absent", () => {
    expect(listingWithout(["canary-agent"], [read("c1", "list_agents")], () => agents)?.callId).toBe("c1");
  });
  test("not when the listing names it, was filtered, is no listing, or is no list of records", () => {
    expect(listingWithout(["qa-agent"], [read("c1", "list_agents")], () => agents)).toBeNull();
    expect(listingWithout(["canary-agent"], [read("c1", "list_agents", ["team-a"])], () => agents)).toBeNull();
    expect(listingWithout(["canary-agent"], [read("c1", "get_agent")], () => agents)).toBeNull();
    expect(listingWithout(["canary-agent"], [read("c1", "list_agents")], () => "router-agent running")).toBeNull();
  });
});
