import { ansibleTaskItems } from "../../../src/evidence/ansible-log";
import { classifyOutcome } from "../../../src/evidence/classify-outcome";

const run = (task: string, hosts: string) => `PLAY [Retire agent] ****\n\nTASK [Gathering Facts] ****\nok: [b-1]\n\nTASK [${task}] ****\n${hosts}\nTASK [Verify unit is inactive] ****\nok: [b-1]\n\nPLAY RECAP ****\nb-1 : ok=3 changed=1 unreachable=0 failed=0\n`;

describe("ansibleTaskItems: what a playbook's tasks say they did", () => {
  test("a destructive task that changed every host did its deeds on the names it holds", () => {
    expect(ansibleTaskItems(run("Stop and disable wren-summarizer.service", "changed: [b-1]\nchanged: [b-2]\n")).map((i) => `${i.action} ${i.target} ${i.status}`))
      .toEqual(["stop wren-summarizer.service success", "disable wren-summarizer.service success"]);
  });
  test("a task every host failed failed; a mixed one says nothing of its own", () => {
    expect(ansibleTaskItems(run("Remove /srv/models/wren-7b", "fatal: [b-1]: FAILED! => {}\n")).map((i) => i.status)).toEqual(["failure"]);
    expect(ansibleTaskItems(run("Remove /srv/models/wren-7b", "changed: [b-1]\nfatal: [b-2]: FAILED! => {}\n"))).toEqual([]);
  });
  test("reads and tasks that name nothing are no items; text without tasks is not a playbook log", () => {
    expect(ansibleTaskItems(run("Check wren-summarizer.service", "changed: [b-1]\n"))).toEqual([]);
    expect(ansibleTaskItems(run("Stop the agent", "changed: [b-1]\n"))).toEqual([]);
    expect(ansibleTaskItems("stopped wren-summarizer")).toEqual([]);
  });
});

describe("Ansible's recap", () => {
  test("`failed=0` is no failure", () => {
    expect(classifyOutcome("b-1 : ok=3 changed=1 unreachable=0 failed=0 skipped=0").status).not.toBe("failure");
    expect(classifyOutcome("TASK [Stop x] ****\nfatal: [b-1]: FAILED! => {\"msg\": \"Unit x.service not found.\"}").status).toBe("failure");
  });
});

describe("a web form answered with an error box", () => {
  const page = (box: string) => JSON.stringify({ status: 200, body: `<html><main>${box}<h1>tern-support</h1><span class="badge">Running</span></main></html>` });
  const post = { effects: [{ action: "decommission" as const, targets: ["tern-support"], summary: "POST /admin/agents/tern-support/decommission" }], readOnly: false } as never;
  test("an alert-danger or errorlist on the page is a refusal, whatever the status", () => {
    expect(classifyOutcome(page('<div class="alert alert-danger" role="alert">Form expired or CSRF token missing.</div>'), post)).toMatchObject({ status: "failure" });
    expect(classifyOutcome(page('<ul class="errorlist"><li>This field is required.</li></ul>'), post)).toMatchObject({ status: "failure" });
  });
  test("a success box is no refusal", () => {
    expect(classifyOutcome(page('<div class="alert alert-success">Agent decommissioned.</div>'), post).status).not.toBe("failure");
  });
});

describe("past participles of undoing a deployment", () => {
  test.each(["Undeployed a model from the endpoint [7702659300418338816].", "Model unloaded.", "Target deregistered.", "Instance deprovisioned."])("%s is a success", (text) => {
    expect(classifyOutcome(`Using endpoint [https://x]\n${text}\n`, { effects: [{ action: "stop", targets: ["x"], summary: "undeploy" }], readOnly: false } as never).status).toBe("success");
  });
});

describe("a long-running operation's status", () => {
  const del = { effects: [{ action: "delete", targets: ["support-kb-v1"], summary: "delete_index(index=support-kb-v1)" }], readOnly: false, destructive: true } as never;
  test("RUNNING on a Google-style `operations/…` record is the deletion under way, not the index running", () => {
    expect(classifyOutcome('{"name":"operations/del-8842","index":"support-kb-v1","status":"RUNNING","progress":0.05}', del).status).toBe("accepted");
    expect(classifyOutcome('{"name":"support-kb-v1","status":"RUNNING"}', del).status).not.toBe("accepted");
  });
});

describe("a check after the deed that answers 'No value found'", () => {
  test("shows the thing gone (Vault), though the exit code is the check's", () => {
    const a = { effects: [{ action: "delete", targets: ["auth/approle/role/x"], summary: "vault delete auth/approle/role/x" }, { action: "read", targets: ["auth/approle/role/x"], summary: "vault read auth/approle/role/x" }], readOnly: false, destructive: true } as never;
    const out = JSON.stringify({ stdout: "Success! Data deleted (if it existed) at: auth/approle/role/x\n", stderr: "No value found at auth/approle/role/x\n", exit_code: 2 });
    expect(classifyOutcome(out, a).status).toBe("success");
  });
});

describe("a silent deed followed by reads", () => {
  const chain = { effects: [{ action: "read", targets: [], summary: "cd ckpt" }, { action: "delete", targets: ["ckpt/step_0*"], summary: "rm -rf step_0*" }, { action: "read", targets: [], summary: "ls" }], readOnly: false, destructive: true } as never;
  test("rm printed nothing and the listing after it came back: success", () => {
    expect(classifyOutcome("eval_report.json\nfinal\n27G\t.\n", chain).status).toBe("success");
  });
  test("an error from rm is still a failure", () => {
    expect(classifyOutcome("rm: cannot remove 'step_002000': Permission denied\neval_report.json\n", chain).status).toBe("failure");
  });
});
