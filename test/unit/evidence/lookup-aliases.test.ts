import { lookupAliases } from "../../../src/evidence/lookup-aliases";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";
import { analyze } from "../classify/call-of";

function past(command: string, resultText: string, status: "success" | "failure" = "success"): AnalyzedPastCall {
  return pastCall("bash", { command }, resultText, status);
}

function pastCall(name: string, args: Record<string, unknown>, resultText: string, status: "success" | "failure" = "success"): AnalyzedPastCall {
  const analysis = analyze(name, args);
  return {
    call: { id: "c1", name, argumentsText: "", arguments: args, messageIndex: 1, resultText },
    analysis, outcome: { status, reason: "" }, states: [], items: [], saysRecoverable: false,
  } as unknown as AnalyzedPastCall;
}

describe("a lookup of one name that answers with one id names one thing", () => {
  test("sc.exe GetKeyName answers with the key name", () => {
    expect(lookupAliases([past('sc.exe GetKeyName "Lumen OCR Inference"', "[SC] GetServiceKeyName SUCCESS\r\nName = LumenOcrSvc\r\n")]))
      .toEqual([["Lumen OCR Inference", "LumenOcrSvc"]]);
  });
  test("the one record an answer wraps, by its own id rather than the ids it refers to", () => {
    expect(lookupAliases([pastCall("ws_find_user", { handle: "quill-notetaker" }, '{"ok":true,"user":{"id":"U04QUILL9","app_id":"A02QN77","deleted":false}}')]))
      .toEqual([["quill-notetaker", "U04QUILL9"]]);
    expect(lookupAliases([pastCall("ws_find_user", { handle: "quill-notetaker" }, '{"ok":true,"user":{"id":"U04QUILL9","name":"quill-notetaker"}}')]))
      .toEqual([["quill-notetaker", "U04QUILL9"]]);
    // A GET of an address answers with the thing at that address, which the address already names.
    expect(lookupAliases([pastCall("http_get", { url: "https://api/v1/endpoints/334" }, '{"status":200,"body":{"name":"projects/5/endpoints/334"}}')])).toEqual([]);
  });
  test("not the record inside the asked thing's own record (its supervisor), when an `x_id` key names the asked thing", () => {
    const answer = '{"agent_id":"sandpiper-outreach","state":"running","pid":30417,"supervisor":{"agent_id":"compliance-sentinel","pid":29950}}';
    expect(lookupAliases([pastCall("fleet_get_agent", { agent_id: "sandpiper-outreach" }, answer)])).toEqual([]);
  });
  test("not when the answer holds several ids, or the read failed", () => {
    expect(lookupAliases([past("cat /etc/agents.yaml", "id: a-1\nname: alpha\n")])).toEqual([]);
    expect(lookupAliases([past('sc.exe GetKeyName "X Y"', "Name = Z\n", "failure")])).toEqual([]);
  });
});

describe("the versions a read of one model lists with ids of their own", () => {
  test("each version number of the model is its row's id", () => {
    const listing = '{"data":{"model":{"versions":[{"id":"mv_8810","number":1},{"id":"mv_8812","number":3,"status":"failed_eval"}]}}}';
    expect(lookupAliases([pastCall("list_model_versions", { model: "mnemo-embed" }, listing)]))
      .toEqual([["mnemo-embed/1", "mv_8810"], ["mnemo-embed/3", "mv_8812"]]);
  });
  test("not rows without a version number", () => {
    expect(lookupAliases([pastCall("list_model_versions", { model: "mnemo-embed" }, '{"rows":[{"id":"a"},{"id":"b"}]}')])).toEqual([]);
  });
});

test("a record that names the asked thing itself is its record: a record inside it is another thing, no other name", () => {
  const status = '{"name": "caster-ai", "state": "running", "watchdog": {"name": "integrity-watch", "state": "running"}}';
  expect(lookupAliases([pastCall("fleet_status", { name: "caster-ai" }, status)])).toEqual([]);
});
