import { replyLedger } from "../../../src/guard/evidence-ledger";
import { analyze } from "../classify/call-of";

const disabled = (name: string, args: Record<string, unknown>) => {
  const call = { id: "c1", name, argumentsText: JSON.stringify(args), arguments: args };
  return replyLedger([{ call, analysis: analyze(name, args) }], () => [], 0, []).filter((e) => e.action === "disable").flatMap((e) => e.targets);
};

describe("what a write switches off is disabled in the ledger", () => {
  test("settings in the arguments, by their own name", () => {
    expect(disabled("set_agent_permissions", { agent: "x", tools: { send_email: false, bulk_update_contacts: false } })).toEqual(["send_email", "bulk_update_contacts"]);
  });
  test("settings a stop's request switches off, besides the stop; one switched on is not", () => {
    const patch = (body: Record<string, unknown>) => disabled("http_request", { method: "PATCH", url: "https://fleet.internal/api/v2/agents/rivet-scheduler", body });
    expect(patch({ state: "stopped", auto_restart: false })).toContain("auto_restart");
    expect(patch({ state: "stopped", auto_restart: true })).not.toContain("auto_restart");
  });
  test("a switch of the whole record switches off the thing the call is about", () => {
    const args = { method: "PATCH", path: "/servicePrincipals/a5e27ac5", body: { accountEnabled: false } };
    expect(disabled("graph_request", args)).toEqual(["/servicePrincipals/a5e27ac5"]);
  });
  test("a named section of a written settings file switched off", () => {
    const yaml = "backends:\n  plover-chat:\n    model: plover-13b-chat\n    enabled: false\n  plover-code:\n    enabled: true\n";
    expect(disabled("write_file", { path: "/srv/gateway/routes.yaml", content: yaml })).toEqual(["plover-chat"]);
    // A plain word is a setting's group, not a named thing.
    expect(disabled("write_file", { path: "/srv/app.yaml", content: "cache:\n  enabled: false\n" })).toEqual([]);
  });
});

describe("the lines a rewrite of a file drops", () => {
  const crontab = "MAILTO=\"\"\n*/10 * * * * /usr/local/bin/godwit-relaunch --if-down\n15 2 * * * /usr/local/bin/backup-etc.sh\n";
  const read = { id: "r1", name: "crontab_read", argumentsText: '{"host":"batch-03"}', arguments: { host: "batch-03" }, messageIndex: 1, resultText: crontab, resultIndex: 2 };
  const past = [{ call: read, analysis: analyze("crontab_read", { host: "batch-03" }), outcome: { status: "success" as const, reason: "read" }, states: [], items: [], saysRecoverable: false }];
  const rewrite = (content: string) => {
    const args = { host: "batch-03", content };
    return replyLedger([{ call: { id: "w1", name: "crontab_write", argumentsText: JSON.stringify(args), arguments: args }, analysis: analyze("crontab_write", args) }], () => [], 0, past)
      .filter((e) => e.droppedLines).flatMap((e) => e.targets);
  };
  test("are named by their words, after a read showed them", () => {
    expect(rewrite("MAILTO=\"\"\n15 2 * * * /usr/local/bin/backup-etc.sh\n")).toEqual(["/usr/local/bin/godwit-relaunch", "godwit-relaunch", "godwit", "relaunch"]);
  });
  test("none when every shown line is kept", () => {
    expect(rewrite(`${crontab}0 4 * * * /usr/local/bin/new-job\n`)).toEqual([]);
  });
});

describe("the lines an in-place sed deletes", () => {
  const shown = "58:backend sundew_moderation\n59:    server sundew1 127.0.0.1:8311 check\n61:    use_backend sundew_moderation if { path_beg /v1/moderate }\n";
  const grep = { command: "grep -n sundew /etc/haproxy/haproxy.cfg" };
  const read = { id: "r1", name: "bash", argumentsText: JSON.stringify(grep), arguments: grep, messageIndex: 1, resultText: JSON.stringify({ stdout: shown, exit_code: 0 }), resultIndex: 2 };
  const past = [{ call: read, analysis: analyze("bash", grep), outcome: { status: "success" as const, reason: "read" }, states: [], items: [], saysRecoverable: false }];
  const dropped = (command: string) => {
    const args = { command };
    return replyLedger([{ call: { id: "s1", name: "bash", argumentsText: JSON.stringify(args), arguments: args }, analysis: analyze("bash", args) }], () => [], 0, past)
      .filter((e) => e.droppedLines).flatMap((e) => e.targets);
  };
  test("are named by the patterns and by the shown lines they match, ranges included", () => {
    const names = dropped("sudo sed -i '/^backend sundew_moderation/,/^$/d; /use_backend sundew_moderation/d' /etc/haproxy/haproxy.cfg");
    expect(names).toEqual(expect.arrayContaining(["sundew_moderation", "/v1/moderate"]));
  });
  test("a substitution deletes no line", () => {
    expect(dropped("sed -i 's/sundew_moderation/sundew_v2/' /etc/haproxy/haproxy.cfg")).toEqual([]);
  });
  test("without -i sed only prints", () => {
    expect(dropped("sed '/use_backend sundew_moderation/d' /etc/haproxy/haproxy.cfg")).toEqual([]);
  });
});

test("docker prints the name of each thing it removed: a failed `docker volume rm a b` still removed the one it printed", async () => {
  const { itemsOfCall } = await import("../../../src/guard/evidence-ledger");
  const args = { cmd: "docker volume rm penny_memory penny_vectors" };
  const out = "penny_vectors\nError response from daemon: remove penny_memory: volume is in use - [9c4e1f]\n(exit 1)";
  const items = itemsOfCall(out, analyze("exec", args), { status: "failure", reason: "exit 1" });
  expect(items.map((i) => `${i.target} ${i.status}`)).toEqual(["penny_memory failure", "penny_vectors success"]);
});

test("an error answer's text is read per item: an MCP result with isError, one line per model", async () => {
  const { itemsOfCall } = await import("../../../src/guard/evidence-ledger");
  const args = { ids: ["finch-a-1b", "finch-b-1b"] };
  const out = JSON.stringify({ error: "finch-a-1b: deleted (3 revisions, 2.1 GB)\nfinch-b-1b: FAILED - model is referenced by endpoint ep-chat-canary" });
  const items = itemsOfCall(out, analyze("hub__bulk_delete_models", args), { status: "failure", reason: "error" });
  expect(items.map((i) => `${i.target} ${i.status}`)).toEqual(["finch-a-1b success", "finch-b-1b failure"]);
});

test("docker stop prints the name of each container it stopped: the others failed, those did not", async () => {
  const { itemsOfCall } = await import("../../../src/guard/evidence-ledger");
  const args = { cmd: "docker stop scraper-1 scraper-2 scraper-3" };
  const out = "scraper-1\nscraper-2\nError response from daemon: No such container: scraper-3\n(exit 1)";
  const items = itemsOfCall(out, analyze("exec", args), { status: "failure", reason: "exit 1" });
  expect(items.map((i) => `${i.target} ${i.status}`).sort()).toEqual(["scraper-1 success", "scraper-2 success", "scraper-3 failure"]);
});
