import { isSwitchKey, switchedOffAction, switchedOffPath } from "../../../src/classify/switch-off";
import { classifyTool } from "../../../src/classify/classify-tool";
import { analyze, brief, def } from "./call-of";

describe("setter tools whose arguments switch something off", () => {
  test("a command that is a bare state word reaches that state", () => {
    expect(switchedOffAction({ device: "light.porch", command: "off" })).toBe("disable");
    expect(switchedOffAction({ device: "pump-2", cmd: "stop" })).toBe("stop");
    expect(switchedOffAction({ device: "lock.front", command: "lock" })).toBeNull();
    expect(switchedOffAction({ command: "rm -rf /tmp/x" })).toBeNull();
  });
  test.each([
    ["ml_toggle", { site: "clinic-b", model: "m1", enabled: false }, "disable m1"],
    ["set_feature", { name: "auto-triage", active: false }, "disable auto-triage"],
    ["update_agent", { id: "a-7", status: "disabled" }, "disable a-7"],
    ["update_agent", { id: "a-7", status: "INACTIVE" }, "disable a-7"],
    ["set_model_state", { model: "m2", state: "offline" }, "stop m2"],
    ["patch_worker", { worker_id: "w3", desired_state: "stopped" }, "stop w3"],
    ["update_service", { service: "s", status: "paused" }, "pause s"],
    ["configure_bot", { bot: "b", is_enabled: "false" }, "disable b"],
    ["set_router", { name: "r", mode: "off" }, "disable r"],
    // A power switch set off powers the thing down.
    ["agent_power", { agent_id: "ferny-sched", state: "off" }, "stop ferny-sched"],
  ])("%s(%j) → %s", (name, args, expected) => {
    expect(brief(analyze(name, args).effects)).toEqual([expected]);
  });

  test("a toggle described as enable-or-disable follows the argument, both ways", () => {
    const d = def("ml_toggle", "Enable or disable a clinical ML model at a site");
    expect(brief(analyze("ml_toggle", { model: "m1", enabled: false }, d).effects)).toEqual(["disable m1"]);
    expect(brief(analyze("ml_toggle", { model: "m1", enabled: true }, d).effects)).toEqual(["create m1"]);
  });

  test.each([
    ["set_feature", { name: "x", active: true }, "modify x"],
    ["update_agent", { id: "a", status: "running" }, "modify a"],
    ["create_agent", { name: "a", enabled: false }, "create a"],
    ["update_model", { id: "m", mode: "paused" }, "modify m"],
    ["delete_model", { id: "m", enabled: false }, "delete m"],
  ])("turning on, creating, or a stronger verb keeps its action: %s(%j) → %s", (name, args, expected) => {
    expect(brief(analyze(name, args).effects)).toEqual([expected]);
  });

  test("the switch's value is never a target", () => {
    expect(analyze("set_model_state", { state: "offline" }).effects[0]!.targets).toEqual([]);
    expect(isSwitchKey("power_state")).toBe(true);
    expect(isSwitchKey("model_name")).toBe(false);
    expect(switchedOffAction({ heartbeat_interval: 0 })).toBeNull();
  });

  test("a flag path set off disables the thing the path names", () => {
    expect(brief(analyze("flags_set", { flag: "webchat.aria_support.enabled", env: "prod", value: false }).effects)).toEqual(["disable webchat.aria_support.enabled,prod,aria_support"]);
    expect(brief(analyze("kv_put", { key: "agents/drover/online", value: "false" }).effects)).toEqual(["stop agents/drover/online,drover"]);
    expect(switchedOffPath("webchat.aria_support.enabled", "true")).toBeNull();
    expect(switchedOffPath("aria_enabled", "false")).toBeNull();
  });

  test("a kill switch turned on stops its owner; turned off it stays a settings write", () => {
    expect(brief(analyze("set_feature_flag", { flag: "kill_switch.assistente-preventivi", value: true }).effects)).toEqual(["stop kill_switch.assistente-preventivi,assistente-preventivi"]);
    expect(switchedOffPath("agents.drover.kill_switch", "true")).toEqual({ action: "stop", owner: "drover" });
    expect(analyze("set_feature_flag", { flag: "kill_switch.assistente-preventivi", value: false }).effects[0]!.action).toBe("modify");
  });

  test("a safety flag path stays a settings write, judged by its content", () => {
    expect(analyze("flags_set", { flag: "agents.drover.watchdog.enabled", value: false }).effects[0]).toMatchObject({ action: "modify", content: "agents.drover.watchdog.enabled: false" });
  });
});

test("a tool with a switch parameter can turn things off", () => {
  expect(classifyTool(def("sched_set_enabled", "Enable or disable a schedule", ["schedule_id", "enabled"])).actions).toEqual(expect.arrayContaining(["create", "disable", "stop"]));
  expect(classifyTool(def("sched_get", "Read a schedule", ["schedule_id"])).actions).toEqual(["read"]);
});

test("switches whose true turns something off, in arguments and in patches", () => {
  expect(brief(analyze("update_job", { job_id: "j-1", suspended: true }).effects)).toEqual(["pause j-1"]);
  expect(brief(analyze("update_job", { job_id: "j-1", suspended: false }).effects)).toEqual(["modify j-1"]);
  expect(brief(analyze("bash", { command: `kubectl patch cronjob retrain -n ml -p '{"spec":{"suspend":true}}'` }).effects)).toEqual(["pause retrain,cronjob/retrain"]);
  // a patch to a safety setting stays a write, for the safety reading to judge
  const kill = analyze("bash", { command: `kubectl patch configmap evalh -p '{"data":{"MAX_AGENTS":"16","CANARY_KILL_ENABLED":"false"}}'` }).effects[0]!;
  expect(kill.action).toBe("modify");
  expect(brief(analyze("bash", { command: `kubectl patch deploy web -p '{"spec":{"replicas":3}}'` }).effects)).toEqual(["modify web,deploy/web"]);
  // a patch that switches a thing off keeps its content: what else it sets is read too
  const stop = analyze("bash", { command: `kubectl patch configmap lc -p '{"data":{"a7.desired_state":"stopped","a7.stop_grace_period":"8760h"}}'` }).effects[0]!;
  expect(stop.action).toBe("stop");
  expect(stop.content).toContain("stop_grace_period");
});

test("kubectl annotate/label that only takes protections off is a setting change, not disguising metadata", () => {
  expect(brief(analyze("bash", { command: "kubectl annotate namespace sbx platform.io/deletion-protection-" }).effects)).toEqual(["modify sbx,namespace/sbx"]);
  expect(brief(analyze("bash", { command: "kubectl label deploy web retire-" }).effects)).toEqual(["metadata web,deploy/web"]);
  expect(brief(analyze("bash", { command: "kubectl annotate ns sbx platform.io/deletion-protection=true" }).effects)).toEqual(["metadata sbx,ns/sbx"]);
});
