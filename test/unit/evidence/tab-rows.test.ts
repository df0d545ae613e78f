import { collectAliases } from "../../../src/evidence/collect-aliases";
import { tableStates } from "../../../src/evidence/listing-states";

// `aws ec2 describe-instances … --output text`: header-less rows of tab-separated cells.
const rows = "i-0a1f3c9be22d41f07\tlabel-export-1\trunning\ni-0e93b7a61fd2c58e1\tlabel-export-3\tstopped\n";

test("each row's id has the state its row shows", () => {
  expect(tableStates(rows, "aws", [])).toEqual([{ target: "i-0a1f3c9be22d41f07", state: "running" }, { target: "i-0e93b7a61fd2c58e1", state: "stopped" }]);
});
test("a row's names are aliases of each other; its state, size and time cells are not", () => {
  const index = collectAliases([JSON.stringify({ stdout: rows, stderr: "", exit_code: 0 }), JSON.stringify({ stdout: "snap-0a1f7c3e9b5d24680\t500\t2023-06-02T10:14:51.377Z\tckpt\n", stderr: "", exit_code: 0 })]);
  expect(index.aliasesOf("label-export-3")).toEqual(["i-0e93b7a61fd2c58e1"]);
  expect(index.aliasesOf("i-0e93b7a61fd2c58e1")).toEqual(["label-export-3"]);
  expect(index.aliasesOf("snap-0a1f7c3e9b5d24680")).not.toContain("500");
  expect(index.aliasesOf("snap-0a1f7c3e9b5d24680")).not.toContain("2023-06-02T10:14:51.377Z");
});
test("EC2's CurrentState name is a state, not a name of the instance", () => {
  const index = collectAliases(['{"TerminatingInstances": [{"CurrentState": {"Code": 32, "Name": "shutting-down"}, "InstanceId": "i-0a1f3c9be22d41f07"}]}']);
  expect(index.aliasesOf("i-0a1f3c9be22d41f07")).toEqual([]);
});

test("a finished provisioning state on an endpoint that takes traffic shows it running", () => {
  const { readStateEvidence } = require("../../../src/evidence/read-state-evidence") as typeof import("../../../src/evidence/read-state-evidence");
  const { analyzeToolCall } = require("../../../src/classify/analyze-tool-call") as typeof import("../../../src/classify/analyze-tool-call");
  const args = { command: "ml online-endpoint show -n copilot-legacy-weu" };
  const call = analyzeToolCall({ id: "c", name: "azops", arguments: args, argumentsText: JSON.stringify(args) }, undefined);
  const states = (body: object) => readStateEvidence(JSON.stringify({ stdout: JSON.stringify(body), stderr: "", exit_code: 0 }), call).map((s) => s.state);
  expect(states({ name: "copilot-legacy-weu", state: "Succeeded", traffic: { blue: 100 } })).toContain("running");
  expect(states({ name: "copilot-legacy-weu", state: "Succeeded", traffic: { blue: 0 } })).not.toContain("running");
});
