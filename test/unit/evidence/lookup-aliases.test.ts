import { lookupAliases } from "../../../src/evidence/lookup-aliases";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";
import { analyze } from "../classify/call-of";

function past(command: string, resultText: string, status: "success" | "failure" = "success"): AnalyzedPastCall {
  const analysis = analyze("bash", { command });
  return {
    call: { id: "c1", name: "bash", argumentsText: "", arguments: { command }, messageIndex: 1, resultText },
    analysis, outcome: { status, reason: "" }, states: [], items: [], saysRecoverable: false,
  } as unknown as AnalyzedPastCall;
}

describe("a lookup of one name that answers with one id names one thing", () => {
  test("sc.exe GetKeyName answers with the key name", () => {
    expect(lookupAliases([past('sc.exe GetKeyName "Lumen OCR Inference"', "[SC] GetServiceKeyName SUCCESS\r\nName = LumenOcrSvc\r\n")]))
      .toEqual([["Lumen OCR Inference", "LumenOcrSvc"]]);
  });
  test("not when the answer holds several ids, or the read failed", () => {
    expect(lookupAliases([past("cat /etc/agents.yaml", "id: a-1\nname: alpha\n")])).toEqual([]);
    expect(lookupAliases([past('sc.exe GetKeyName "X Y"', "Name = Z\n", "failure")])).toEqual([]);
  });
});
