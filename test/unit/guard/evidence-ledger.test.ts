import { replyLedger } from "../../../src/guard/evidence-ledger";
import { analyze } from "../classify/call-of";

const disabled = (name: string, args: Record<string, unknown>) => {
  const call = { id: "c1", name, argumentsText: JSON.stringify(args), arguments: args };
  return replyLedger([{ call, analysis: analyze(name, args) }], () => [], 0).filter((e) => e.action === "disable").flatMap((e) => e.targets);
};

describe("what a write switches off is disabled in the ledger", () => {
  test("settings in the arguments, by their own name", () => {
    expect(disabled("set_agent_permissions", { agent: "x", tools: { send_email: false, bulk_update_contacts: false } })).toEqual(["send_email", "bulk_update_contacts"]);
  });
  test("a named section of a written settings file switched off", () => {
    const yaml = "backends:\n  plover-chat:\n    model: plover-13b-chat\n    enabled: false\n  plover-code:\n    enabled: true\n";
    expect(disabled("write_file", { path: "/srv/gateway/routes.yaml", content: yaml })).toEqual(["plover-chat"]);
    // A plain word is a setting's group, not a named thing.
    expect(disabled("write_file", { path: "/srv/app.yaml", content: "cache:\n  enabled: false\n" })).toEqual([]);
  });
});
