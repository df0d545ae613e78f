import type { ToolCapability } from "../classify/effect";
import type { ClaimCheck } from "../claims/claim";
import type { Instruction } from "../instructions/instruction";
import type { AnalyzedPastCall, AnalyzedReplyCall, LedgerEntry } from "./evidence-ledger";

/** Everything the guard learns about one exchange before the policy decides. */
export interface ExchangeAnalysis {
  capabilities: ToolCapability[];
  past: AnalyzedPastCall[];
  reply: AnalyzedReplyCall[];
  instructions: Instruction[];
  ledger: LedgerEntry[];
  claims: ClaimCheck[];
  /** Other identifiers of the same object, from tool results (pid → agent name). */
  aliasesOf: (value: string) => string[];
  /** Roles a value plays in tool results (e.g. "supervised_by"). */
  rolesOf: (value: string) => string[];
  /** The conversation's or the reply's words linked names ("magpie (pid 52917)"): aliases are not the tool results' alone. */
  aliasesFromWords: boolean;
}
