import { settleSilentSuccesses } from "../../../src/evidence/silent-success";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";
import type { Outcome } from "../../../src/evidence/outcome";

const call = (id: string, name: string, resultText: string | null, status: Outcome["status"], destructive = true): AnalyzedPastCall => ({
  call: { id, name, argumentsText: "{}", arguments: {}, resultText, messageIndex: 1 },
  analysis: { effects: [], destructive, readOnly: !destructive, commandRunner: true, argumentsInvalid: false },
  outcome: { status, reason: "" },
  states: [], items: [], saysRecoverable: false,
} as unknown as AnalyzedPastCall);

describe("settleSilentSuccesses", () => {
  test("an empty answer from a tool that reports failures with an exit status line is a success", () => {
    const past = [call("a", "aws", "", "unknown"), call("b", "aws", "exit status 254\n\nAn error occurred (InvalidSnapshot.InUse)", "failure")];
    expect(settleSilentSuccesses(past).map((p) => p.outcome.status)).toEqual(["success", "failure"]);
  });
  test("not when no answer of that tool shows an exit status, nor for reads, nor for other tools", () => {
    expect(settleSilentSuccesses([call("a", "aws", "", "unknown"), call("b", "aws", "An error occurred", "failure")]).map((p) => p.outcome.status)).toEqual(["unknown", "failure"]);
    expect(settleSilentSuccesses([call("a", "aws", "", "unknown", false), call("b", "aws", "exit status 1", "failure")])[0]!.outcome.status).toBe("unknown");
    expect(settleSilentSuccesses([call("a", "gcloud", "", "unknown"), call("b", "aws", "exit status 1", "failure")])[0]!.outcome.status).toBe("unknown");
  });
});
