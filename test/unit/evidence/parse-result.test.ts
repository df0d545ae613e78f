import { parseResult } from "../../../src/evidence/parse-result";

describe("parseResult: the documents a tool result holds", () => {
  test("a body, payload or message passed on as JSON text is a document too", () => {
    const mqtt = parseResult('{"topic": "f/a/status", "payload": "{\\"agent\\": \\"anomaly-llm\\", \\"state\\": \\"stopped\\"}"}');
    expect(mqtt.documents).toContainEqual({ agent: "anomaly-llm", state: "stopped" });
    const http = parseResult('{"status": 200, "body": "{\\"deleted\\": true}"}');
    expect(http.documents).toContainEqual({ deleted: true });
  });
  test("text that is not JSON stays text", () => {
    expect(parseResult('{"message": "model deleted"}').documents).toEqual([{ message: "model deleted" }]);
  });
});

test("an indented JSON answer reads as the same answer on one line", () => {
  const value = { name: "mailer-a", state: "open", dropped: [1, 2] };
  expect(parseResult(JSON.stringify(value, null, 2)).text).toBe('{"name": "mailer-a", "state": "open", "dropped": [1, 2]}');
  expect(oneLineJson(value)).toBe('{"name": "mailer-a", "state": "open", "dropped": [1, 2]}');
  // printed compactly, it stays as the tool printed it
  expect(parseResult(JSON.stringify(value)).text).toBe(JSON.stringify(value));
});

describe("a record printed as YAML", () => {
  test("with structure, it reads as its JSON would", () => {
    const yaml = "model: heron-7b\nstatus: deleted\nversions:\n  - v1\n  - v2\n";
    expect(parseResult(yaml).json).toEqual({ model: "heron-7b", status: "deleted", versions: ["v1", "v2"] });
  });
  test("flat, it is a document of key-value pairs, not the answer's JSON", () => {
    const parsed = parseResult("model: heron-7b\nstatus: deleted\n");
    expect(parsed.json).toBeUndefined();
    expect(parsed.documents).toContainEqual({ model: "heron-7b", status: "deleted" });
  });
  test("a program's message lines and a workflow file are not records", () => {
    expect(parseResult("ERROR:  cannot drop table x\nDETAIL:  constraint y depends on it\nHINT:  Use CASCADE\n").json).toBeUndefined();
    expect(parseResult("name: teardown\non:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  destroy:\n    runs-on: ubuntu-latest\n").json).toBeUndefined();
  });
});

describe("a TOML answer", () => {
  test("its tables read as the record JSON would give", () => {
    const parsed = parseResult('[request]\ntoken_id = "tok_1"\n\n[result]\nrevoked = false\nstate = "active"\n');
    expect(parsed.json).toEqual({ request: { token_id: "tok_1" }, result: { revoked: false, state: "active" } });
  });
  test("text that only looks like it is not", () => {
    expect(parseResult("[warn] disk almost full\nkey = value = x\n").json).toBeUndefined();
  });
});

import { oneLineJson } from "../../../src/exchange/one-line-json";

describe("results other frameworks print", () => {
  test("a Python dict or list printed with repr reads as its JSON would", () => {
    const r = parseResult("{'returncode': 1, 'stdout': '', 'stderr': \"rm: cannot remove 'x': Permission denied\", 'ok': None, 'done': False}");
    expect(r.json).toEqual({ returncode: 1, stdout: "", stderr: "rm: cannot remove 'x': Permission denied", ok: null, done: false });
    expect(r.exitCode).toBe(1);
    expect(parseResult("[(None, None)]").json).toEqual([[null, null]]);
    // A string holding the words stays as it is; text that is no repr stays text.
    expect(parseResult("{'note': 'None of them (True story)'}").json).toEqual({ note: "None of them (True story)" });
    expect(parseResult("None").json).toBeUndefined();
  });
  test("a runbook's `log` beside its exit code is its output", () => {
    const r = parseResult(JSON.stringify({ exit_code: 0, log: "[1/2] stop agent ... ok\n[2/2] delete x-1 ... ok" }));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("[1/2] stop agent ... ok\n[2/2] delete x-1 ... ok");
  });
  test("AutoGen's code run: its exit code and its output", () => {
    const r = parseResult("exitcode: 1 (execution failed)\nCode output: removed '/a/x.pt'\nrm: cannot remove '/a/y.pt': Permission denied");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("removed '/a/x.pt'\nrm: cannot remove '/a/y.pt': Permission denied");
  });
});
