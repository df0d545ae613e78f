import type { Exchange } from "../exchange/exchange";
import type { RecordedCase } from "./read-cases";

/**
 * SEAM (unfinished): the proxy's request → Exchange normalisation (`normalizeExchange` in
 * `src/exchange/normalize-exchange.ts`) does not exist yet. The checker must use the SAME
 * function as the proxy, or its verdicts could differ; until it lands this throws, and every
 * case is reported as a `checker_error` block. Replace the body with:
 *
 *   return normalizeExchange(recorded.request, replyMessage(recorded), CONTEXT)
 *
 * once its signature is known.
 */
export function caseToExchange(recorded: RecordedCase): Exchange {
  void recorded;
  throw new Error("normalizeExchange (src/exchange/normalize-exchange.ts) is not available yet");
}
