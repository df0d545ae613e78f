import { sentMessages } from "../claims/sent-messages";
import { environmentsByName } from "../evidence/target-environments";
import { settleReplyUi, settleUiSession } from "../evidence/ui-session";
import type { Claim } from "../claims/claim";
import { analyzeToolCall } from "../classify/analyze-tool-call";
import { withDelegatedDeed } from "./delegated-deeds";
import { classifyTool } from "../classify/classify-tool";
import type { Exchange, PastToolCall, ToolDefinitionView } from "../exchange/exchange";
import type { RequestView } from "../exchange/normalize-exchange";
import type { ToolCallAnalysis, ToolCapability } from "../classify/effect";
import type { ClassifyOverrides } from "../classify/classify-overrides";
import { classifyOutcome } from "../evidence/classify-outcome";
import { readStateEvidence } from "../evidence/read-state-evidence";
import { collectAliases, type AliasIndex } from "../evidence/collect-aliases";
import { aliasCandidates, linkAliases, type AliasCandidates } from "../evidence/text-aliases";
import { sameTarget } from "../evidence/same-target";
import { disclaimsChanges, speaksOfOwnDeed } from "../claims/change-disclaimer";
import { composesDocument, restatesResult } from "../claims/restated-results";
import { pastedDocumentStart } from "../instructions/pasted-document";
import { dryRunQuote } from "../evidence/dry-run-text";
import { parseResult } from "../evidence/parse-result";
import { settleByFollowUps } from "../evidence/follow-up-status";
import { settleSilentSuccesses } from "../evidence/silent-success";
import { extractClaims } from "../claims/extract-claims";
import { lookupAliases } from "../evidence/lookup-aliases";
import { hasFencedCode } from "../nlp/has-fenced-code";
import { verifyClaims } from "../claims/verify-claims";
import type { ActionFamilies } from "../claims/action-families";
import { extractInstructions } from "../instructions/extract-instructions";
import type { Instruction } from "../instructions/instruction";
import { AnalysisMemo } from "./analysis-memo";
import { saysRecoverable } from "../evidence/soft-delete";
import { buildEvidenceLedger, itemsOfCall, pastLedger, replyLedger, type AnalyzedPastCall, type AnalyzedReplyCall, type LedgerEntry } from "./evidence-ledger";
import type { ExchangeAnalysis } from "./exchange-analysis";

export interface AnalyzeOptions {
  families: ActionFamilies;
  /** Operator overrides of tool classification, from the policy bundle's data. */
  toolOverrides?: ClassifyOverrides;
  /** Remembers what earlier requests of the same conversation already read (see AnalysisMemo). */
  memo?: AnalysisMemos;
}

/** What a past call's analysis depends on: the call, its result and the tool's definition. */
type PastCallReading = Omit<AnalyzedPastCall, "call">;

export interface AnalysisMemos {
  /** The policy revision: overrides live in the bundle, so a new bundle invalidates the memos. */
  revision: string;
  pastCalls: AnalysisMemo<PastCallReading>;
  instructions: AnalysisMemo<Instruction[]>;
  aliases: AnalysisMemo<AliasIndex>;
  aliasCandidates: AnalysisMemo<AliasCandidates>;
}

/** Memos sized for a busy proxy: about 32 MiB of keys each at most. */
export function createAnalysisMemos(): Omit<AnalysisMemos, "revision"> {
  return {
    pastCalls: new AnalysisMemo(32 << 20), instructions: new AnalysisMemo(32 << 20), aliases: new AnalysisMemo(32 << 20), aliasCandidates: new AnalysisMemo(32 << 20),
  };
}

/**
 * What the request alone tells: the offered tools, every past call with its result read, the
 * user's orders and the other names tool results give things. None of it depends on the reply,
 * so the proxy reads it while the upstream is still answering (see `GuardStage.prepare`).
 */
export interface RequestAnalysis {
  /** The request it was read from: a reading is only used for that request. */
  request: RequestView;
  definitions: Map<string, ToolDefinitionView>;
  capabilities: ToolCapability[];
  past: AnalyzedPastCall[];
  instructions: Instruction[];
  /** Code the user pasted makes "I removed the unused import" an edit, not a destructive action. */
  codeInConversation: boolean;
  /** Programs and tools the assistant ran: "Terraform destroyed X" is its own deed. */
  programs: Set<string>;
  /** Other names of the same thing in tool results (pid 48213 → meridian). */
  resultAliases: AliasIndex;
  /** What the user's and assistant's messages offer as aliases ("magpie (pid 52917)"), before knowing the names. */
  textCandidates: AliasCandidates[];
  /** The ledger of the past calls with the tool results' aliases; the reply's words may add more (then it is rebuilt). */
  pastLedger: LedgerEntry[];
}

/** Reads the request side of an exchange. Pure and linear in the size of the request. */
export function analyzeRequest(request: RequestView, options: AnalyzeOptions): RequestAnalysis {
  const overrides = options.toolOverrides;
  const definitions = new Map<string, ToolDefinitionView>(request.tools.map((t) => [t.name, t]));
  const capabilities = request.tools.map((t) => classifyTool(t, overrides));

  const readPastCall = (call: PastToolCall, def: ToolDefinitionView | undefined): PastCallReading => {
    const analysis = withDelegatedDeed(call, analyzeToolCall(call, def, overrides));
    const outcome = classifyOutcome(call.resultText, analysis);
    return {
      analysis,
      outcome,
      states: call.resultText === null ? [] : readStateEvidence(call.resultText, analysis),
      items: itemsOfCall(call.resultText, analysis, outcome),
      saysRecoverable: call.resultText !== null && saysRecoverable(call.resultText),
    };
  };
  const { memo } = options;
  const past: AnalyzedPastCall[] = settleUiSession(settleSilentSuccesses(settleByFollowUps(request.history.map((call) => {
    const def = definitions.get(call.name);
    const reading = memo
      ? memo.pastCalls.get(memo.revision, pastCallKey(call, def), () => readPastCall(call, def))
      : readPastCall(call, def);
    return { call, ...reading };
  }))));
  const instructions = memo
    ? memo.instructions.get(memo.revision, instructionsKey(request), () => extractInstructions(request.messages))
    : extractInstructions(request.messages);
  const codeInConversation = request.messages.some((m) => m.role === "user" && hasFencedCode(m.text));
  const results = request.history.flatMap((c) => (c.resultText === null ? [] : [c.resultText]));
  const lookups = lookupAliases(past);
  const aliasKey = lookups.length ? `${results.join(SEP)}${SEP}${lookups.map((l) => l.join(SEP)).join(SEP)}` : results.join(SEP);
  const resultAliases = memo
    ? memo.aliases.get(memo.revision, aliasKey, () => collectAliases(results, lookups))
    : collectAliases(results, lookups);
  const textCandidates = request.messages
    .filter((m) => m.role === "user" || m.role === "assistant")
    .map((m) => (memo ? memo.aliasCandidates.get(memo.revision, m.text, () => aliasCandidates(m.text)) : aliasCandidates(m.text)));
  return {
    request, definitions, capabilities, past, instructions, codeInConversation, programs: programsRun(past), resultAliases, textCandidates,
    pastLedger: pastLedger(past, resultAliases.aliasesOf),
  };
}

/**
 * Reads the exchange once: classifies every tool call, reads every result, extracts the
 * user's orders and the reply's claims, and verifies the claims against the evidence.
 * `read` is the request side when it was read ahead (`analyzeRequest` of this exchange's
 * request). Pure and linear in the size of the exchange.
 */
export function analyzeExchange(exchange: Exchange, options: AnalyzeOptions, read?: RequestAnalysis): ExchangeAnalysis {
  const { definitions, capabilities, past, instructions, codeInConversation, programs, resultAliases, textCandidates, pastLedger: readLedger } =
    read !== undefined && readsRequestOf(read, exchange) ? read : analyzeRequest(exchange, options);
  const overrides = options.toolOverrides;
  const reply: AnalyzedReplyCall[] = settleReplyUi(exchange.reply.toolCalls.map((call) => ({
    call,
    analysis: withDelegatedDeed(call, analyzeToolCall(call, definitions.get(call.name), overrides)),
  })), past);
  const knownNames = [...new Set(instructions.flatMap((i) => i.targets).filter((t) => t.includes(" ")))];
  const orderedNames = new Set(instructions.flatMap((i) => i.targets.map((t) => t.toLowerCase())));
  const extracted = extractClaims(exchange.reply.text, { codeInConversation, knownNames, programs, orderedNames });
  // "Posted." + post_message("sentinel-agent is no longer running"): what the reply's calls send to people is its word too.
  const sent = sentMessages(reply.map((r) => ({ call: r.call, readOnly: r.analysis.readOnly })))
    // "Requested removal of ostrander-coach" in the change request the call files: the filing is the request.
    .map((m) => ({ ...m, claims: extractClaims(m.text, { codeInConversation, knownNames, programs, orderedNames }).filter((c) => !(c.phase === "initiated" && REQUESTING.test(c.text))) }))
    .filter((m) => m.claims.length > 0);
  // "…so the deployment was deleted by Argo CD. I haven't changed anything.": when the assistant made
  // no change in the whole conversation and says so, what it reports was done by others (a log,
  // an audit trail): such claims need no call of ours, only a reading showing otherwise refutes them.
  const noDeeds = (extracted.length > 0 || sent.length > 0) && !past.some((p) => p.analysis.destructive) && !reply.some((r) => r.analysis.destructive);
  const reporting = noDeeds && disclaimsChanges(exchange.reply.text);
  // "Draft the release notes", "summarize the channel": with nothing ordered destroyed and no deed of
  // ours, a claim that restates a tool result ("Removed the v1 client (#865)") reports that source.
  // Only what a read showed is a source: a run's own log ("deleted x … 403 for y") is its deed's evidence.
  const restating = noDeeds && !reporting && instructions.every((i) => i.action === "read" || composesDocument(i.text));
  // (A document the user pasted to be worked on is a source too: "summarize this postmortem: … 14:40 rerank-tuner's auto-promote permission revoked".)
  const results = restating || reporting ? [
    ...past.flatMap((p) => (p.call.resultText === null || !p.analysis.readOnly ? [] : [parseResult(p.call.resultText).text])).filter((t) => dryRunQuote(t) === null),
    ...exchange.messages.flatMap((m) => (m.role === "user" && typeof m.text === "string" && pastedDocumentStart(m.text) >= 0 ? [m.text.slice(pastedDocumentStart(m.text))] : [])),
  ] : [];
  // ("On 2 May I … deleted heddle-draft-v1" after a read of that session's history shows `"deleted": "heddle-draft-v1"`:
  // the assistant's own deed of before is a report too, when a result tells it done; "Proposed deleting …" does not.)
  const attribute = (list: Claim[], text: string) => reporting || restating
    ? list.map((c) => {
      const own = speaksOfOwnDeed(c.text);
      const restated = (restating || own) && restatesResult(c, results, text, own);
      return (own || restating) && !restated ? c : { ...c, attributed: true };
    })
    : list;
  const claimed = attribute(extracted, exchange.reply.text);
  const claimedInSent = sent.map((m) => attribute(m.claims, m.text));

  // Other names of the same thing: from tool results (above) and from the conversation's own
  // words ("magpie (pid 52917)").
  const candidates = [...textCandidates, aliasCandidates(exchange.reply.text)];
  const spoken = candidates.some((c) => c.parentheticals.length > 0 || c.pairs.length > 0)
    ? linkSpokenAliases(candidates, [...past, ...reply], [...instructions.flatMap((i) => i.targets), ...claimed.flatMap((c) => c.targets), ...claimedInSent.flat().flatMap((c) => c.targets)])
    : NO_LINKS;
  // A name the conversation gives for something the results know ("our recruiter-agent bot
  // (bot-recruiter@trey.com)") is also a name of everything the results tie to it (its user id).
  const aliasesOf = spoken.size === 0 ? resultAliases.aliasesOf : (value: string) => {
    const fromResults = resultAliases.aliasesOf(value);
    const fromText = [value, ...fromResults].flatMap((v) => spoken.get(v.toLowerCase()) ?? []);
    return fromText.length > 0 ? [...new Set([...fromResults, ...fromText])].filter((a) => a !== value) : fromResults;
  };
  const rolesOf = (value: string) => resultAliases.rolesOf(value);
  // Without aliases from the words, the past calls' entries read ahead are the same as now.
  const ledger = spoken.size === 0 ? readLedger.concat(replyLedger(reply, aliasesOf, readLedger.length, past)) : buildEvidenceLedger(past, reply, aliasesOf);
  const resultOf = (callId: string) => past.find((p) => p.call.id === callId)?.call.resultText ?? null;
  const environmentOf = (name: string) => {
    for (const p of past) if (p.call.resultText !== null) { const env = environmentsByName(p.call.resultText).get(name); if (env !== undefined) return env; }
    return undefined;
  };
  const verify = (list: Claim[], text: string) => verifyClaims(list, { ledger, instructions, families: options.families, sameTarget, replyText: text, resultOf, environmentOf, resultAliasesOf: resultAliases.aliasesOf });
  const claims = verify(claimed, exchange.reply.text);
  // Each sent text is read on its own (its claims' positions are in it); ids go on after the reply's.
  let next = extracted.length;
  sent.forEach((m, i) => {
    for (const check of verify(claimedInSent[i]!, m.text)) claims.push({ ...check, claim: { ...check.claim, id: `c${++next}` } });
  });
  return { capabilities, past, reply, instructions, ledger, claims, aliasesOf, rolesOf, aliasesFromWords: spoken.size > 0 };
}

const NO_LINKS: ReadonlyMap<string, string[]> = new Map();

/** `linkAliases` over the names calls acted on (grounded) and the names orders and claims give. */
function linkSpokenAliases(candidates: readonly AliasCandidates[], calls: ReadonlyArray<{ analysis: ToolCallAnalysis }>, named: readonly string[]): ReadonlyMap<string, string[]> {
  const grounded = new Set<string>();
  for (const { analysis } of calls) for (const e of analysis.effects) for (const t of e.targets) grounded.add(t.toLowerCase());
  const known = new Set(grounded);
  for (const t of named) known.add(t.toLowerCase());
  return linkAliases(candidates, known, grounded);
}

/** The programs and tools the assistant ran: `terraform` of `cd envs/eval && terraform destroy`, `kubectl`. */
function programsRun(past: readonly AnalyzedPastCall[]): Set<string> {
  const out = new Set<string>();
  for (const p of past) {
    out.add(p.call.name.toLowerCase());
    if (!p.analysis.commandRunner) continue;
    for (const e of p.analysis.effects) {
      const word = /^\S+/.exec(e.summary)?.[0];
      if (word) out.add(word.replace(/^.*\//, "").toLowerCase());
    }
  }
  return out;
}

/** A reading ahead is used only for the very request of this exchange (same normalized objects). */
export function readsRequestOf(read: { request: RequestView }, exchange: Exchange): boolean {
  return read.request.messages === exchange.messages && read.request.tools === exchange.tools && read.request.history === exchange.history;
}

const SEP = "\u0000";

function pastCallKey(call: PastToolCall, def: ToolDefinitionView | undefined): string {
  const definition = def ? `${def.description}${SEP}${def.parameterNames.join(",")}` : "";
  return `${call.name}${SEP}${definition}${SEP}${call.argumentsText}${SEP}${call.resultText ?? "\u0001"}`;
}

/** Orders depend on the texts of the non-tool messages and where they stand. */
function instructionsKey(request: RequestView): string {
  let key = "";
  for (const m of request.messages) if (m.role !== "tool") key += `${m.index}:${m.role}${SEP}${m.text}${SEP}`;
  return key;
}

/** "requested", "submitted", "filed", "raised": words that say a request was made, which a message that files one makes true. */
const REQUESTING = /\b(?:request(?:ed|ing)?|submitt(?:ed|ing)|filed|filing|raised|raising)\b/i;
