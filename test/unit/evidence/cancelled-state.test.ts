import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { analyze, brief, shell } from "../classify/call-of";

describe("cancel_* tools stop their target, and `cancelled` is their success", () => {
  test.each([
    ["cancel_appointment", { appt_id: "APT-1" }, "stop APT-1"],
    ["cancel_job", { job_id: "j-9" }, "stop j-9"],
    ["cancelOrder", { order_id: "o-3" }, "stop o-3"],
    ["job_cancel", { run_id: "r-2" }, "stop r-2"],
  ])("%s(%j) → %s", (name, args, expected) => {
    expect(brief(analyze(name, args).effects)).toEqual([expected]);
  });

  test.each([
    ['{"appt_id": "APT-1", "status": "cancelled", "slot_released": true}'],
    ['{"job": {"id": "j-9", "state": "CANCELED"}}'],
  ])("a cancel that reports cancelled succeeded: %s", (result) => {
    expect(classifyOutcome(result, analyze("cancel_job", { job_id: "j-9" })).status).toBe("success");
  });

  test("for a call that is not a stop, cancelled means the operation was called off", () => {
    expect(classifyOutcome('{"status": "cancelled"}', analyze("delete_model", { id: "m" })).status).toBe("failure");
    expect(classifyOutcome('{"status": "canceled"}', analyze("deploy_agent", { name: "a" })).status).toBe("failure");
    expect(classifyOutcome('{"status": "cancelled"}', analyze("get_job", { id: "j" })).status).toBe("failure");
  });

  test("a CLI's cancel subcommand is a stop too", () => {
    expect(brief(shell("gcloud dataflow jobs cancel job-7"))[0]).toMatch(/^stop /);
  });
});
