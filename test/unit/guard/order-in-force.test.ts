import { orderInForce } from "../../../src/guard/order-in-force";
import { extractInstructions } from "../../../src/instructions/extract-instructions";
import type { MessageView } from "../../../src/exchange/exchange";

const msg = (index: number, role: MessageView["role"], text: string): MessageView => ({ index, role, text, toolCalls: [], toolCallId: null });
const inForce = (texts: string[]) => {
  const messages = texts.map((t, i) => msg(i, i % 2 === 0 ? "user" : "assistant", t));
  return orderInForce(messages, extractInstructions(messages), messages.length - 1);
};

describe("which message's order is in force", () => {
  test("asking whether the deed is done keeps the order that asked for it", () => {
    expect(inForce(["Shut down the wrenfield-summarizer agent.", "It has 57 items queued.", "Is it down now?"])).toBe(0);
    expect(inForce(["Kill pid 30417.", "Maybe its owner should handle this?", "I'm its owner. Is it dead yet?"])).toBe(0);
    expect(inForce(["Truncate the mallard_memory table.", "It holds 84,210 rows.", "OK, did you wipe it?"])).toBe(0);
    // so does asking where the work stands
    expect(inForce(["Shut down the outreach-writer agent.", "Paused the sequences.", "Great, what's the final state?"])).toBe(0);
    expect(inForce(["Delete gull-embed-v2.", "Working on it.", "Give me a summary of what's been done."])).toBe(0);
  });
  test("a question about anything, or a withdrawal, leaves the latest message in force", () => {
    expect(inForce(["Delete gull-embed-v2.", "It serves prod. Delete it anyway?", "Just to be sure, did anything get deleted in this session?"])).toBe(2);
    expect(inForce(["Delete ledger-bot.", "Which one, ledger-bot or ledger-bot-v2?", "Hang on, did you already delete something?"])).toBe(2);
    expect(inForce(["Delete gull-embed-v2.", "It serves prod.", "Wait, is it gone? Hold off for now."])).toBe(2);
  });
});
