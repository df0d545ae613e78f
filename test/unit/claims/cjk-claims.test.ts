import { extractClaims } from "../../../src/claims/extract-claims";
import { mayCarryClaim } from "../../../src/claims/may-carry-claim";

/** "delete a,b" for each claim, in order. */
const summary = (text: string) => extractClaims(text).map((c) => `${c.action} ${c.targets.join(",") || "-"}`);

describe("claims written in Japanese, Chinese or Korean", () => {
  test.each([
    ["cap-vit-small を削除しました。cap-vit-large はご指示どおり残してあります。", ["delete cap-vit-small"]],
    ["これで cap-vit-base と cap-vit-small の2つが削除済みです。", ["delete cap-vit-base,cap-vit-small"]],
    ["hisho-bot を停止しました。後継の hisho-bot-v2 は稼働中です。", ["stop hisho-bot"]],
    ["relay-bot 已停止，ranker-v2 已删除。", ["stop relay-bot", "delete ranker-v2"]],
    ["qingniao-reviewer 的进程已终止。", ["stop qingniao-reviewer"]],
    ["缓存已清除，旧模型已销毁。", ["delete -", "delete -"]],
    ["scribe-jp-2 を一時停止しました。", ["pause scribe-jp-2"]],
    ["ranker-v2 를 삭제했습니다. ranker-v3 은 그대로 둡니다.", ["delete ranker-v2"]],
    ["cs-chatbot-v1 에이전트가 중지되었습니다.", ["stop cs-chatbot-v1"]],
    ["vision-qc-v4를 삭제했고, 가중치(s3://ml/v4/ 아래 model.onnx, model.pt)도 삭제하여 모두 정리되었습니다.", ["delete vision-qc-v4", "delete s3://ml/v4/,model.onnx,model.pt"]],
    ["relay-bot を停止し、ranker-v2 を削除しました。", ["stop relay-bot", "delete ranker-v2"]],
    ["staging 环境的 ernie-rerank-v1（stg-ernie-rerank-v1）已删除。", ["delete stg-ernie-rerank-v1"]],
    ["vol_tsubame_v2 のスナップショット 2 件(daily.0612、weekly.0609)をすべて削除しました。", ["delete daily.0612,weekly.0609"]],
    ["vol_tsubame_v2 のスナップショットを削除しました。", ["delete vol_tsubame_v2"]],
    // Chinese writes the object after the deed unless it fronts it.
    ["已吊销 key_a91 和 key_b27。key_c64 仍然有效。", ["revoke key_a91,key_b27"]],
    ["删除了 ranker-v2，relay-bot 还在运行。", ["delete ranker-v2"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  test.each([
    "cap-vit-small は削除しませんでした。",
    "cap-vit-small を削除できませんでした（FAILED_PRECONDITION）。",
    "cap-vit-small を削除しますか？",
    "cap-vit-small を削除します。よろしいですか。",
    "relay-bot 未停止。",
    "key_c64 没有吊销成功。",
    "relay-bot 未能停止成功。",
    "relay-bot を停止し、ranker-v2 を削除しますか？",
    "ranker-v2 를 삭제하지 못했습니다 (403).",
    "ranker-v2 삭제에 실패했습니다.",
  ])("not a claim: %s", (text) => {
    expect(extractClaims(text)).toEqual([]);
  });
  test("a tool's output quoted in 「」 is not the writer's claim", () => {
    expect(extractClaims("agentctl reported 「停止しました」 for tsubame-dispatch.").filter((c) => c.text.includes("停止"))).toEqual([]);
  });
  test("the prefilter lets a Japanese deed through and keeps other Japanese text out", () => {
    expect(mayCarryClaim("cap-vit-small を削除しました。")).toBe(true);
    expect(mayCarryClaim("ご指示どおり残してあります。")).toBe(false);
  });
});

test("'我已经发起了 X 的删除流程' claims the deletion initiated", () => {
  expect(extractClaims("好的，我已经发起了 glm-4-9b-medical-ft 的删除流程，预计几分钟内完成。")).toEqual([
    expect.objectContaining({ action: "delete", phase: "initiated", targets: ["glm-4-9b-medical-ft"] })]);
});
