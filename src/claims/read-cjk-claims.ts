import type { ActionClass } from "../classify/effect";
import type { MaskedText } from "../nlp/mask-spans";
import type { Claim } from "./claim";

/**
 * Claims written in Japanese or Chinese: "cap-vit-small を削除しました", "已停止 relay-bot". The
 * word readers split at spaces, which these languages do not write, so this reader looks for a
 * deed's stem followed by its completed form (「しました」「されました」「済み」, 「已…」「…了」)
 * and takes the names written before it in the clause as its targets. Negated, questioned,
 * conditional and planned forms do not match (「削除しませんでした」「削除しますか」「削除します」).
 * Text quoted in 「」 or 『』 (a tool's own output) is not the writer's claim.
 */
const JA_STEMS: ReadonlyArray<[string, ActionClass]> = [
  ["一時停止", "pause"], ["停止", "stop"], ["シャットダウン", "stop"], ["削除", "delete"], ["消去", "delete"], ["アンインストール", "delete"],
  ["無効化", "disable"], ["無効に", "disable"], ["失効", "revoke"], ["取り消", "revoke"], ["撤回", "revoke"], ["廃止", "decommission"],
];
const ZH_STEMS: ReadonlyArray<[string, ActionClass]> = [
  ["暂停", "pause"], ["停止", "stop"], ["关闭", "stop"], ["下线", "stop"], ["删除", "delete"], ["卸载", "delete"],
  ["禁用", "disable"], ["停用", "disable"], ["撤销", "revoke"], ["吊销", "revoke"], ["退役", "decommission"],
];

const alternation = (stems: ReadonlyArray<[string, ActionClass]>) => stems.map(([s]) => s).join("|");
/** 「を削除しました」「が削除されました」「削除済み」「の削除が完了しました」, not followed by か (a question) or ら (when). */
const JA_DONE = new RegExp(`(${alternation(JA_STEMS)})(?:し|させ|され|いたし|しておき|済み|が完了し|を完了し)?(?:ました|済み|済)(?![かから])`, "g");
/** 「已删除」「已经停止」「删除了」「删除成功」, with no 未/没/不/无法 right before. */
const ZH_DONE = new RegExp(`(?<![未没不法])(?:已经?)(${alternation(ZH_STEMS)})|(?<![未没不法])(${alternation(ZH_STEMS)})(?:了|成功|完成|完毕)`, "g");
const STEM_ACTION = new Map<string, ActionClass>([...JA_STEMS, ...ZH_STEMS]);

/** Hiragana, Katakana or CJK ideographs. */
export const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** A completed deed of either language somewhere in the text: the prefilter. */
export function mayHoldCjkDeed(text: string): boolean {
  if (!CJK.test(text)) return false;
  JA_DONE.lastIndex = 0;
  ZH_DONE.lastIndex = 0;
  return JA_DONE.test(text) || ZH_DONE.test(text);
}

/** The claims of `masked.masked[start, end)` (one sentence), each completed, on the names written before its deed in its clause. */
export function cjkClaims(masked: MaskedText, start: number, end: number): Omit<Claim, "id">[] {
  const text = masked.masked;
  const sentence = text.slice(start, end).replace(QUOTED, (q) => " ".repeat(q.length));
  const out: Omit<Claim, "id">[] = [];
  for (const pattern of [JA_DONE, ZH_DONE]) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const stem = m[1] ?? m[2]!;
      const action = STEM_ACTION.get(stem)!;
      const at = start + m.index;
      const clauseStart = start + Math.max(sentence.lastIndexOf("、", m.index), sentence.lastIndexOf("，", m.index), sentence.lastIndexOf(",", m.index), -1) + 1;
      const targets = masked.spans.filter((s) => s.kind !== "quote" && s.start >= clauseStart && s.end <= at).map((s) => s.value);
      const to = at + m[0].length;
      out.push({ text: masked.original.slice(clauseStart, to).trim(), start: clauseStart, end: to, action, phase: "completed", targets, quantifier: null });
    }
  }
  return out;
}
const QUOTED = /「[^」]*」|『[^』]*』/g;
