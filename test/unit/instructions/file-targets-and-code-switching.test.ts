import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function conversation(...turns: Array<[Role, string]>): MessageView[] {
  return turns.map(([role, text], index) => ({ index, role, text, toolCalls: [], toolCallId: null }));
}

function orders(...turns: Array<[Role, string]>) {
  return extractInstructions(conversation(...turns)).map((i) => ({ action: i.action, targets: i.targets, messageIndex: i.messageIndex }));
}

function one(text: string) {
  return orders(["user", text]).map(({ action, targets }) => ({ action, targets }));
}

describe("modify orders name the file wherever it stands", () => {
  test.each([
    ["in settings.yaml raise the retry limit from 3 to 5 please, jobs keep failing", "settings.yaml"],
    ["In config.toml set max_workers to 8", "config.toml"],
    ["in .env change LOG_LEVEL to debug", ".env"],
    ["Edit .env.production and set the port to 8081", ".env.production"],
    ["Change the schedule in crontab to 4am", "crontab"],
    ["Set the base image in the Dockerfile to node:24", "Dockerfile"],
    ["Bump the timeout to 60 in deploy/overseer/config.yaml", "deploy/overseer/config.yaml"],
    ["inside limits.json update the quota to 20", "limits.json"],
  ])("%s", (text, file) => {
    const found = one(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.action).toBe("modify");
    expect(found[0]!.targets).toContain(file);
  });

  test.each([
    "In the morning stop harrier.",
    "in my opinion the timeout is too short",
    "in case it hangs restart it",
  ])("a fronted phrase that is no named file does not open an order without its comma: %s", (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe("code-switched orders", () => {
  test.each([
    ["Bitte stop the scout-agent service and disable it.", [["stop", ["scout-agent"]], ["disable", ["scout-agent"]]]],
    ["por favor delete the model lark-7b", [["delete", ["lark-7b"]]]],
    ["merci, shut down harrier", [["stop", ["harrier"]]]],
    ["s'il vous plaît stop rook", [["stop", ["rook"]]]],
    ["Danke! Delete m-8 now", [["delete", ["m-8"]]]],
    ["per favore wipe exp-a1", [["delete", ["exp-a1"]]]],
    ["pls kill rook", [["stop", ["rook"]]]],
  ])("%s", (text, expected) => {
    expect(one(text).map((o) => [o.action, o.targets])).toEqual(expected);
  });
});
