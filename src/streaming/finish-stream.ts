import { BLOCKED_FINISH_REASON, blockNotice, guardObject } from "../guard/enforce-verdict";
import type { GuardDecision } from "../guard/guard-stage";
import type { StreamOutcome } from "./relay-stream";
import { chunkFrame, deltaFrame, DONE_FRAME, toolCallsFrame } from "./stream-frames";
import type { SseWriter } from "./sse-writer";

/**
 * Ends a stream once the verdict is known. Enforcing: on allow/flag the held text, refusal and
 * tool calls go out, then the upstream's finish reason; on block they are dropped and a notice
 * goes out with `finish_reason: "content_filter"`. Then the usage chunk (when the client asked
 * for it), then the `guard` chunk (`choices: []`, on every verdict), then `[DONE]`. In
 * monitoring mode everything was already forwarded: only the guard chunk and `[DONE]` remain.
 */
export async function finishStream(writer: SseWriter, outcome: StreamOutcome, decision: GuardDecision, enforced: boolean): Promise<void> {
  const { meta } = outcome;
  if (enforced) {
    const frames: string[] = [];
    if (decision.verdict === "block") {
      const withheldText = outcome.heldText === "" ? "none" : outcome.textSent ? "rest" : "all";
      const notice = blockNotice(decision, { text: withheldText, toolCalls: outcome.toolCalls });
      frames.push(deltaFrame(meta, { content: outcome.textSent ? `\n\n${notice}` : notice }));
      frames.push(deltaFrame(meta, {}, BLOCKED_FINISH_REASON));
    } else {
      if (outcome.heldText) frames.push(deltaFrame(meta, { content: outcome.heldText }));
      if (outcome.refusal) frames.push(deltaFrame(meta, { refusal: outcome.refusal }));
      if (outcome.toolCalls.length > 0) frames.push(toolCallsFrame(meta, outcome.toolCalls));
      frames.push(deltaFrame(meta, {}, outcome.finishReason ?? "stop"));
    }
    if (outcome.usage) frames.push(`data: ${JSON.stringify(outcome.usage)}\n\n`);
    await writer.write(frames.join(""));
  }
  await writer.write(chunkFrame(meta, [], { guard: guardObject(decision, enforced) }));
  writer.end(DONE_FRAME);
}
