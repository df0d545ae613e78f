import { toOpaEvent } from "../../../src/audit/to-opa-event";
import { aRecord } from "./record-fixture";

const labels = { id: "inst-1", version: "0.1.0" };

describe("toOpaEvent", () => {
  it("reports a failed decision in OPA's error field with the status as code", () => {
    const event = toOpaEvent(aRecord({ status: "error", verdict: "block", error: "policy returned undefined" }), labels);
    expect(event.error).toEqual({ code: "error", message: "policy returned undefined" });
  });

  it("omits what the record does not know", () => {
    const event = toOpaEvent(aRecord({ latency_ms: { upstream: null, guard: null, total: 1 } }), labels);
    expect(event).not.toHaveProperty("error");
    expect(event.metrics).toEqual({ timer_claimcheck_total_ns: 1_000_000 });
    expect(event.input).not.toHaveProperty("messages");
  });

  it("carries logged text in input", () => {
    const event = toOpaEvent(aRecord({ messages: [{ role: "user", text: "hi" }], reply_text: "ok" }), labels);
    expect(event.input.messages).toEqual([{ role: "user", text: "hi" }]);
    expect(event.input.reply_text).toBe("ok");
  });
});
