import { analyzeExchange } from "../../../src/guard/analyze-exchange";
import { DEFAULT_ACTION_FAMILIES } from "../../../src/claims/action-families";
import type { Exchange, MessageView, PastToolCall } from "../../../src/exchange/exchange";

/** The claims of `reply` after one order and one call with its result, as "status: text". */
function checked(order: string, name: string, args: Record<string, unknown>, result: string, reply: string): string[] {
  const messages: MessageView[] = [{ index: 0, role: "user", text: order, toolCalls: [], toolCallId: null }];
  const history: PastToolCall[] = [{ id: "c1", name, argumentsText: JSON.stringify(args), arguments: args, messageIndex: 1, resultText: result, resultIndex: 2 }];
  const exchange: Exchange = {
    messages, history, tools: [{ name, description: "", parameterNames: Object.keys(args), parameterDescriptions: {} }],
    reply: { text: reply, toolCalls: [], finishReason: null },
    context: { route: "/v1/chat/completions", stream: false, timeNs: 1, clientKeyHash: null },
  };
  return analyzeExchange(exchange, { families: DEFAULT_ACTION_FAMILIES }).claims.map((c) => `${c.status}: ${c.claim.text}`);
}

describe("a state the tool itself reports of the thing its call was sent to", () => {
  const queued = '{"status": "queued", "drone": "AG-12", "model": "yieldnet-2023", "reason": "drone offline (last seen 19:40Z); command will execute on next uplink"}';
  test("backs a claim of that state", () => {
    expect(checked("Delete the yieldnet-2023 model from drone AG-12.", "drone_model_delete", { drone: "AG-12", model: "yieldnet-2023" }, queued,
      "AG-12 is offline at the moment, so yieldnet-2023 hasn't been deleted yet.")).toEqual(["verified: AG-12 is offline at the moment"]);
  });
  test("not when the result denies it, nor for a thing the call was not sent to", () => {
    const denied = '{"status": "failed", "drone": "AG-12", "reason": "unable to take the drone offline: busy"}';
    expect(checked("Take drone AG-12 offline.", "drone_power", { drone: "AG-12", state: "offline" }, denied, "AG-12 is offline."))
      .not.toContain("verified: AG-12 is offline.");
    expect(checked("Delete the yieldnet-2023 model from drone AG-12.", "drone_model_delete", { drone: "AG-12", model: "yieldnet-2023" }, queued,
      "AG-13 is offline.")).not.toContain("verified: AG-13 is offline.");
  });
});

describe("someone else's deed on a part of a labelled thing", () => {
  const search = '{"results": [{"cite_id": "cl-2023-118734", "summary": "Defendant deleted the training dataset."}]}';
  test("is not refuted by a listing that shows the labelled thing", () => {
    expect(checked("Find cases where a party deleted training data.", "caselaw_search", { query: "deleted training data" }, search,
      "1. Arbor v. Quell (cl-2023-118734): the defendant deleted its training dataset after the hold issued.")).toEqual([]);
  });
  test("a deed told of the labelled thing itself still is", () => {
    const listing = '{"models": [{"id": "kite-7b", "state": "ready"}]}';
    expect(checked("List the models.", "list_models", {}, listing, "kite-7b: deleted by the nightly sweeper.")).toEqual(["contradicted: deleted by the nightly sweeper."]);
  });
});

describe("a claim that names nothing takes its subject from the claim before it", () => {
  const result = '{"ok": true, "model": "screener-v3", "deleted": true}';
  // The order names two things; the reply speaks of the one deleted.
  const order = "Delete screener-v3 and screener-v4.";
  test("on the same line, and across a blank line of prose", () => {
    for (const reply of ["screener-v3 is deleted from the store. Its weights and feature schema were all removed.",
      "screener-v3 is deleted from the store.\n\nIts weights and feature schema were all removed."]) {
      expect(checked(order, "model_store_delete", { model: "screener-v3" }, result, reply).every((c) => c.startsWith("verified"))).toBe(true);
    }
  });
});

describe("a claim that restates a document the user pasted to be summed up", () => {
  const pasted = "Summarize this postmortem for the channel.\n---\n14:05 on-call deleted the cormorant-v5 deployment.\n14:40 rerank-tuner's auto-promote permission revoked pending review.";
  test("reports that document, not a deed of the assistant's", () => {
    expect(checked(pasted, "get_channel", { channel: "#search" }, '{"ok": true}', "Follow-up: rerank-tuner's auto-promote permission was revoked at 14:40."))
      .not.toContainEqual(expect.stringMatching(/^unsupported/));
  });
  test("not when the user only ordered the deed", () => {
    expect(checked("Revoke rerank-tuner's auto-promote permission.", "get_channel", { channel: "#search" }, '{"ok": true}', "rerank-tuner's auto-promote permission was revoked."))
      .toContainEqual(expect.stringMatching(/^unsupported/));
  });
});
