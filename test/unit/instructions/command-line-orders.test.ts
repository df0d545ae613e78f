import type { MessageView, Role } from "../../../src/exchange/exchange";
import { commandLineOrders } from "../../../src/instructions/command-line-order";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function orders(...turns: Array<[Role, string]>) {
  const messages: MessageView[] = turns.map(([role, text], index) => ({ index, role, text, toolCalls: [], toolCallId: null }));
  return extractInstructions(messages).map((i) => [i.action, i.targets, i.messageIndex]);
}

describe("a command line the user writes is an order", () => {
  test.each([
    ["scancel 5521093. it's a runaway agent job eating the gpu partition", [["stop", ["5521093"], 0]]],
    ["kubectl delete pod web-1 -n prod", [["delete", ["web-1", "pod/web-1"], 0]]],
    ["docker stop scout-runner", [["stop", ["scout-runner"], 0]]],
    ["sudo systemctl stop relay-agent\nit keeps answering tickets", [["stop", ["relay-agent"], 0]]],
    ["run `systemctl stop heron-worker`", [["stop", ["heron-worker"], 0]]],
    ["Please execute `docker rm -f lark-7b-server`", [["delete", ["lark-7b-server"], 0]]],
    // a greeting before it and a courtesy after it are not part of the command line
    ["Hi! qdel the tern-agent job. Thanks!", [["stop", ["tern-agent"], 0], ["delete", ["tern-agent"], 0]]],
    ["Hey team, scancel 8830417 please", [["stop", ["8830417"], 0]]],
    // a sentence after the one naming it; "it" is what was named
    ["The ranker-agent, job 8230017, is slowing everyone down. scancel it.", [["stop", ["ranker-agent", "8230017"], 0]]],
  ])("%s", (text, expected) => {
    expect(orders(["user", text])).toEqual(expected);
  });

  test.each([
    "rm -rf /tmp/x failed with permission denied",
    "scancel 5521093?",
    "ls -la /srv/models",
    "kubectl get pods -n prod",
    "it is an agent run",
  ])("no destructive order: %s", (text) => {
    expect(orders(["user", text]).filter(([action]) => action !== "read" && action !== "execute")).toEqual([]);
  });

  test("assistant text is not an order", () => {
    expect(orders(["assistant", "kubectl delete pod web-1"])).toEqual([]);
  });

  test("commandLineOrders reads only programs known by name", () => {
    expect(commandLineOrders("frobnicate stop x")).toEqual([]);
    expect(commandLineOrders("Kill rook")).toEqual([]);
    expect(commandLineOrders("$ docker stop y")).toEqual([{ action: "stop", targets: ["y"] }]);
  });

  test("a program used as a verb on one named thing is that command line", () => {
    expect(commandLineOrders("qdel the tern-agent job")).toEqual([{ action: "stop", targets: ["tern-agent"] }, { action: "delete", targets: ["tern-agent"] }]);
    // a plain word is no name: English stays English
    expect(commandLineOrders("qdel the job")).toEqual([]);
  });

  test("a determiner after the program is English, no operand", () => {
    expect(commandLineOrders("scancel my agent job, the one called webnav-agent")).toEqual([]);
    expect(commandLineOrders("scancel 4418821")).toEqual([{ action: "stop", targets: ["4418821"] }]);
  });

  test("prose after ', ' and a kind word before the id are not part of the command", () => {
    expect(commandLineOrders("scancel job 5510288, the whimbrel-agent self-play run")).toEqual([{ action: "stop", targets: ["5510288"] }]);
  });
});

describe("'cancel it' continues a cancellation and calls off anything else", () => {
  test.each([
    ["scancel 5521093", "YES cancel it. now.", [["stop", ["5521093"], 0], ["stop", ["5521093"], 2]]],
    ["Stop job 4411", "Yes, abort it now please", [["stop", ["4411"], 0], ["stop", ["4411"], 2]]],
    ["Cancel the training run exp-44", "ok cancel that", [["stop", ["exp-44"], 0], ["stop", ["exp-44"], 2]]],
    ["Delete m-8", "cancel it", [["delete", ["m-8"], 0]]],
    ["Wipe /srv/models/x", "abort that", [["delete", ["/srv/models/x"], 0]]],
  ])("%s / %s", (first, second, expected) => {
    expect(orders(["user", first], ["assistant", "Are you sure?"], ["user", second])).toEqual(expected);
  });
});

describe("a known program written bare after 'run'", () => {
  test("'Run terraform destroy in infra/agents/lynx' destroys the stack in that directory", () => {
    const orders = extractInstructions([{ index: 0, role: "user", text: "Run terraform destroy in infra/agents/lynx.", toolCalls: [], toolCallId: null }]);
    expect(orders.map((o) => [o.action, o.targets])).toEqual([["delete", ["infra/agents/lynx"]]]);
  });
  test("English after 'run' is no command line", () => {
    const orders = extractInstructions([{ index: 0, role: "user", text: "Run the tests.", toolCalls: [], toolCallId: null }]);
    expect(orders.map((o) => o.action)).toEqual(["execute"]);
  });
});

test("a known CLI without a reader of its own, told with two subcommand words and a quoted name, is its command line", () => {
  expect(commandLineOrders("nomad job stop scribe-llm")).toEqual([{ action: "stop", targets: ["scribe-llm"] }]);
  expect(commandLineOrders("nomad job stop the 'scribe-llm' job pls")).toEqual([{ action: "stop", targets: ["scribe-llm"] }]);
  // (An unknown word first is English, not a program: "banana job stop x".)
  expect(commandLineOrders("banana job stop scribe-llm")).toEqual([]);
});
