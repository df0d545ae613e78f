import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { readStateEvidence } from "../../../src/evidence/read-state-evidence";
import { analyze } from "../classify/call-of";

const terminate = analyze("terminate_instance", { instance_id: "i-0a1" });
const stop = analyze("stop_vm", { name: "vm-1" });
const start = analyze("start_vm", { name: "vm-1" });
const status = (text: string, a = terminate) => classifyOutcome(text, a).status;

describe("states nested in an acting call's result", () => {
  test.each([
    ['{"TerminatingInstances":[{"InstanceId":"i-0a1","CurrentState":{"Code":32,"Name":"shutting-down"},"PreviousState":{"Code":16,"Name":"running"}}]}', "accepted"],
    ['{"TerminatingInstances":[{"InstanceId":"i-0a1","CurrentState":{"Code":48,"Name":"terminated"},"PreviousState":{"Code":16,"Name":"running"}}]}', "success"],
    ['{"StoppingInstances":[{"InstanceId":"i-0a1","CurrentState":{"Name":"stopping"}},{"InstanceId":"i-0a2","CurrentState":{"Name":"stopped"}}]}', "accepted"],
    ['{"instance":{"id":"vm-1","state":{"name":"STOPPING"}}}', "accepted"],
    ['{"metadata":{"name":"gull"},"status":{"phase":"Terminating"}}', "accepted"],
    ['{"result":{"resource":{"lifecycleState":"DELETED"}}}', "success"],
    ['{"items":[{"status":{"state":"error","message":"quota"}}]}', "failure"],
    ['{"job":{"status":{"conditions":[{"type":"Failed","status":"True"}]}}}', "failure"],
    ['{"job":{"status":{"conditions":[{"type":"Complete","status":"True"}]}}}', "success"],
    ['{"kind":"compute#operation","operationType":"delete","status":"RUNNING","targetLink":".../vm-1"}', "accepted"],
    ['{"kind":"compute#operation","operationType":"delete","status":"DONE"}', "success"],
    ['{"operation":{"name":"operations/op-1","status":"PENDING"}}', "accepted"],
  ])("%s → %s", (text, expected) => {
    expect(status(text)).toBe(expected);
  });

  test("previous and desired states are not the current state", () => {
    expect(status('{"PreviousState":{"Name":"stopped"},"desiredState":"terminated"}')).toBe("unknown");
  });
  test("a destructive call whose target is still live is unknown; ok:true still wins over a live side object", () => {
    expect(status('{"vms":[{"name":"vm-1","state":{"name":"RUNNING"}}]}', stop)).toBe("unknown");
    expect(status('{"ok":true,"vm":{"status":{"phase":"Running"}}}', stop)).toBe("success");
  });
  test("a non-destructive call's live state says nothing either way", () => {
    expect(status('{"vm":{"state":{"name":"RUNNING"}}}', start)).toBe("unknown");
  });
});

describe("nested states in a read", () => {
  const describe_ = analyze("describe_instances", { instance_id: "i-0a1" });
  test("EC2 State.Name is the instance's state, not a name of its own", () => {
    const states = readStateEvidence('{"Reservations":[{"Instances":[{"InstanceId":"i-0a1","State":{"Code":48,"Name":"terminated"}}]}]}', describe_);
    expect(states).toEqual([{ target: "i-0a1", state: "terminated" }]);
  });
  test("Kubernetes status.phase", () => {
    const get = analyze("kubectl", { args: "get pod gull-0 -o json" });
    expect(readStateEvidence('{"metadata":{"name":"gull-0"},"status":{"phase":"Running"}}', get)).toEqual([{ target: "gull-0", state: "running" }]);
  });
});
