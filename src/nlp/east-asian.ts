import type { ActionClass } from "../classify/effect";

/**
 * Deeds and orders written in Japanese, Chinese or Korean. The word readers split at spaces,
 * which Japanese and Chinese do not write and Korean writes between phrases, so this reader
 * looks for a deed's stem (削除, 停止, 删除, 삭제…) followed by a completed form (「しました」
 * 「済み」, 「已…」「…了」, 「했습니다」「되었습니다」) or a request form (「してください」, 「请…」,
 * 「해 주세요」). Negated, questioned, conditional and planned forms do not match
 * (「削除しませんでした」「削除しますか」「삭제하지 못했습니다」「没有删除」).
 */
type Stems = ReadonlyArray<readonly [string, ActionClass]>;

const JA_STEMS: Stems = [
  ["一時停止", "pause"], ["停止", "stop"], ["シャットダウン", "stop"], ["削除", "delete"], ["消去", "delete"], ["アンインストール", "delete"],
  ["無効化", "disable"], ["無効に", "disable"], ["失効", "revoke"], ["取り消", "revoke"], ["撤回", "revoke"], ["廃止", "decommission"],
];
const ZH_STEMS: Stems = [
  ["暂停", "pause"], ["停止", "stop"], ["停掉", "stop"], ["缩(?:容)?到 ?0", "stop"], ["关闭", "stop"], ["关停", "stop"], ["下线", "stop"], ["删除", "delete"], ["删掉", "delete"], ["卸载", "delete"],
  ["终止", "stop"], ["杀掉", "stop"], ["杀死", "stop"], ["移除", "delete"], ["清除", "delete"], ["销毁", "delete"],
  ["禁用", "disable"], ["停用", "disable"], ["撤销", "revoke"], ["吊销", "revoke"], ["退役", "decommission"],
];
const KO_STEMS: Stems = [
  ["일시 ?중지", "pause"], ["일시정지", "pause"], ["중지", "stop"], ["중단", "stop"], ["정지", "stop"], ["종료", "stop"], ["셧다운", "stop"],
  ["삭제", "delete"], ["제거", "delete"], ["비활성화", "disable"], ["철회", "revoke"], ["해지", "revoke"], ["회수", "revoke"], ["무효화", "revoke"],
];

const alternation = (stems: Stems) => stems.map(([s]) => s).join("|");
/** Each stem as a whole-word pattern, compiled once (a stem may be a pattern itself: 「缩(?:容)?到 ?0」). */
const compiled = new Map<Stems, ReadonlyArray<readonly [RegExp, ActionClass]>>();
function actionOf(stems: Stems, stem: string): ActionClass {
  let patterns = compiled.get(stems);
  if (patterns === undefined) compiled.set(stems, (patterns = stems.map(([s, action]) => [new RegExp(`^(?:${s})$`, "i"), action] as const)));
  return patterns.find(([pattern]) => pattern.test(stem))![1];
}

interface Reading {
  pattern: RegExp;
  stems: Stems;
  /** The deed was started rather than finished (「发起了删除流程」). */
  initiated?: boolean;
  /** Chinese puts the object after the verb (「已吊销 key_a91 和 key_b27」) unless it is fronted (「relay-bot 已停止」). */
  objectAfter?: boolean;
}

/** 「を削除しました」「が削除されました」「削除済み」, not followed by か (a question) or ら (when). */
const JA_DONE = new RegExp(`(${alternation(JA_STEMS)})(?:し|させ|され|いたし|しておき|済み|が完了し|を完了し)?(?:ました|済み|済)(?![かから])|(${alternation(JA_STEMS)})(?:し|して)、(?=[^。！？!?\\n]*ました(?![かから]))`, "g");
/** 「已删除」「已经停止」「删除了」「删除成功」, with no 未/没/不/无法 (or 没有/未能/没能/不能) right before. */
const ZH_NOT = "(?<![未没不法已]|没有|未能|没能|不能)";
const ZH_DONE = new RegExp(`(?<![未没不法])已经?(${alternation(ZH_STEMS)})|${ZH_NOT}(${alternation(ZH_STEMS)})(?:了|成功|完成|完毕)`, "g");
/** 「삭제했습니다」「중지되었습니다」「삭제 완료」. */
const KO_DONE = new RegExp(`(${alternation(KO_STEMS)})(?:을|를)?\\s?(?:했습니다|하였습니다|했어요|했음|됐습니다|되었습니다|됐어요|되었어요|됨|완료|했고|하였고|했으며|하였으며|(?:하여|해서|하고)(?=[^.。!?\\n]*(?:었습니다|였습니다|했습니다|됐습니다)))`, "g");

/** 「削除してください」「停止をお願いします」. */
const JA_ORDER = new RegExp(`(${alternation(JA_STEMS)})(?:を)?(?:して(?:ください|下さい|くれ|ほしい|もらえますか|もらえる|いただけますか|いただけますでしょうか|おいて)|しろ|せよ|お願いします|をお願いします|でお願いします|でお願い)`, "g");
/** 「请删除」「麻烦把 X 停掉」「删除 X」 at the head of a sentence; not after 不要/别/不用. */
const ZH_ORDER = new RegExp(`(?:请|麻烦你?|帮我|帮忙|需要你|你去|把)[^。？！?]{0,40}?(?<![不别要用])(${alternation(ZH_STEMS)})|^\\s*(${alternation(ZH_STEMS)})`, "g");
/** 「삭제해 주세요」「중지해 줘」「종료하세요」. */
const KO_ORDER = new RegExp(`(${alternation(KO_STEMS)})(?:을|를)?\\s?(?:해\\s?(?:주세요|줘|주십시오|주시겠어요|주시기\\s?바랍니다|주실\\s?수)|하세요|하십시오|해라|바랍니다)`, "g");

/** Native verbs asked for in their own request forms: 「止めてください」「消してください」「내려 주세요」「지워 줘」. */
const NATIVE_STEMS: Stems = [
  ["止めて", "stop"], ["止めろ", "stop"], ["落として", "stop"], ["消して", "delete"], ["消せ", "delete"],
  ["내려", "stop"], ["꺼", "stop"], ["지워", "delete"], ["없애", "delete"],
  // An English verb with a Korean request ending: 「shutdown 해 주세요」.
  ["shutdown", "stop"], ["shut down", "stop"], ["stop", "stop"], ["delete", "delete"], ["remove", "delete"], ["disable", "disable"], ["revoke", "revoke"],
];
const NATIVE_ORDER = new RegExp(`(${alternation(NATIVE_STEMS)})\\s?(?:해\\s?)?(?:ください|下さい|くれ|ほしい|주세요|줘|주십시오|주시겠어요)|(止めろ|消せ)`, "gi");

/** 「我已经发起了 X 的删除流程」: a process of the deed started, claimed as done as "I've initiated the deletion" is. */
const ZH_INITIATED = new RegExp(`(?:已经?|我)(?:发起|启动|开始|提交)了?[^。，,！？]{0,60}?(${alternation(ZH_STEMS)})(?:流程|操作|任务|请求|作业)`, "g");

const DONE: readonly Reading[] = [
  { pattern: JA_DONE, stems: JA_STEMS }, { pattern: ZH_DONE, stems: ZH_STEMS, objectAfter: true }, { pattern: KO_DONE, stems: KO_STEMS },
  { pattern: ZH_INITIATED, stems: ZH_STEMS, initiated: true },
];
const ORDERS: readonly Reading[] = [
  { pattern: JA_ORDER, stems: JA_STEMS }, { pattern: ZH_ORDER, stems: ZH_STEMS }, { pattern: KO_ORDER, stems: KO_STEMS }, { pattern: NATIVE_ORDER, stems: NATIVE_STEMS },
];

/** Hiragana, Katakana, CJK ideographs or Hangul. */
export const EAST_ASIAN = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

export interface EastAsianDeed {
  action: ActionClass;
  initiated: boolean;
  /** Offset of the deed's stem in the text read. */
  at: number;
  /** Offset just after its completed or request form. */
  end: number;
  /** The language may write the object after the deed (Chinese). */
  objectAfter: boolean;
}

function find(readings: readonly Reading[], text: string): EastAsianDeed[] {
  if (!EAST_ASIAN.test(text)) return [];
  const out: EastAsianDeed[] = [];
  for (const { pattern, stems, initiated = false, objectAfter = false } of readings) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const stem = m[1] ?? m[2]!;
      const at = m.index + m[0].lastIndexOf(stem);
      out.push({ action: actionOf(stems, stem), initiated, at, end: m.index + m[0].length, objectAfter });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The deeds `text` states as done. */
export function eastAsianDeeds(text: string): EastAsianDeed[] {
  return find(DONE, text);
}

/** The deeds `text` asks for. */
export function eastAsianOrders(text: string): EastAsianDeed[] {
  return find(ORDERS, text);
}
