import type { MaskedText } from "../nlp/mask-spans";
import { EAST_ASIAN, eastAsianDeeds } from "../nlp/east-asian";
import type { Claim } from "./claim";

/**
 * Claims written in Japanese, Chinese or Korean ("cap-vit-small を削除しました", "已停止 relay-bot",
 * "ranker-v2 를 삭제했습니다"; see `nlp/east-asian`), each completed, on the names written before
 * its deed in its clause. Text quoted in 「」 or 『』 (a tool's own output) is not the writer's claim.
 */
export function cjkClaims(masked: MaskedText, start: number, end: number): Omit<Claim, "id">[] {
  const sentence = masked.masked.slice(start, end).replace(QUOTED, (q) => " ".repeat(q.length));
  const out: Omit<Claim, "id">[] = [];
  for (const deed of eastAsianDeeds(sentence)) {
    const clauseStart = start + clauseStartBefore(sentence, deed.at);
    const at = start + deed.at;
    const spans = masked.spans.filter((s) => s.kind !== "quote" && s.start >= clauseStart && s.end <= at);
    // 「ernie-rerank-v1（stg-ernie-rerank-v1）」: the name in parentheses is the exact id of the one before it.
    const named = spans.filter((s, i) => !PARENTHESIS_OPENS.test(masked.masked.slice(s.end, spans[i + 1]?.start ?? s.end)));
    // 「vol_tsubame_v2 のスナップショット 3 件(daily.…)を削除しました」: the owner before の/的/의 stays when the clause names what it owns.
    const owned = named.filter((s) => !POSSESSIVE_AFTER.test(masked.masked.slice(s.end, s.end + 3)));
    let targets = (owned.length > 0 ? owned : named).map((s) => s.value);
    let to = start + deed.end;
    // 「已吊销 key_a91 和 key_b27。」: with nothing named before it, a Chinese deed's object follows it, to the clause's end.
    if (targets.length === 0 && deed.objectAfter) {
      const clauseEnd = start + clauseEndAfter(sentence, deed.end);
      const after = masked.spans.filter((s) => s.kind !== "quote" && s.start >= to && s.end <= clauseEnd);
      if (after.length > 0) {
        targets = after.map((s) => s.value);
        to = after.at(-1)!.end;
      }
    }
    out.push({ text: masked.original.slice(clauseStart, to).trim(), start: clauseStart, end: to, action: deed.action, phase: deed.initiated ? "initiated" : "completed", targets, quantifier: null });
  }
  return out;
}
const QUOTED = /「[^」]*」|『[^』]*』/g;
/** The possessive particle of Japanese, Chinese or Korean right after a name; not before a count ("X と Y の2つ": both of them). */
const POSSESSIVE_AFTER = /^\s?(?:の|的|의)(?!\s?[0-9０-９一二三四五六七八九十両全두세네])/;
/** Only an opening parenthesis (and spaces) between two names. */
const PARENTHESIS_OPENS = /^\s*[（(]\s*$/;
/** Marks that end a clause: 、，and the Latin comma. */
const CLAUSE_MARKS = new Set(["、", "，", ","]);

/** Where the clause after `from` ends: at the next clause or sentence mark. */
function clauseEndAfter(sentence: string, from: number): number {
  for (let i = from; i < sentence.length; i++) if (CLAUSE_MARKS.has(sentence[i]!) || SENTENCE_MARKS.has(sentence[i]!)) return i;
  return sentence.length;
}
const SENTENCE_MARKS = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);

/** Where the clause holding `at` starts: after the last clause mark before it that is not inside parentheses. */
function clauseStartBefore(sentence: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = sentence[i]!;
    if (c === ")" || c === "）") depth++;
    else if ((c === "(" || c === "（") && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_MARKS.has(c)) return i + 1;
  }
  return 0;
}

/** A completed deed of these languages somewhere in the text: the prefilter. */
export function mayHoldCjkDeed(text: string): boolean {
  return EAST_ASIAN.test(text) && eastAsianDeeds(text).length > 0;
}
