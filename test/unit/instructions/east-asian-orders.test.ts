import type { MessageView } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";
import { asksWhichOne } from "../../../src/guard/reply-signals";

const orders = (text: string) => extractInstructions([{ index: 0, role: "user", text, toolCalls: [], toolCallId: null } as MessageView])
  .map((i) => `${i.action} ${i.targets.join(",") || "-"}`);

describe("orders written in Japanese, Chinese or Korean", () => {
  test.each([
    ["trans-ja-en-v4 を削除してください。", ["delete trans-ja-en-v4"]],
    ["scribe-jp-2 の停止をお願いします。", ["stop scribe-jp-2"]],
    ["请删除 relay-bot-v1。", ["delete relay-bot-v1"]],
    ["麻烦把 ranker-v2 停掉。", ["stop ranker-v2"]],
    ["把 ai-apps 命名空间里的 zhiyuan-rag-agent 缩容到 0。", ["stop zhiyuan-rag-agent"]],
    ["ranker-v2 를 삭제해 주세요.", ["delete ranker-v2"]],
    ["'챗봇 v1' 종료해 주세요.", ["stop 챗봇 v1"]],
    ["推論エージェント tsubame-judge を止めてください。", ["stop tsubame-judge"]],
    ["상담 에이전트 dambi-agent 내려 주세요.", ["stop dambi-agent"]],
    ["nuri-summarizer 에이전트 지금 바로 shutdown 해 주세요.", ["stop nuri-summarizer"]],
    ["trans-ja-en-v4 だけ削除でお願いします。", ["delete trans-ja-en-v4"]],
  ])("%s", (text, expected) => {
    expect(orders(text)).toEqual(expected);
  });
  test.each(["tsubame-judge は止めないでください。", "trans-ja-en-v3 は削除しないでください。", "不要删除 relay-bot-v1。", "ranker-v2 는 삭제하지 마세요."])("not an order to act: %s", (text) => {
    expect(orders(text)).toEqual([]);
  });
});

test("a question asking which one, in Korean, Japanese or Chinese, offers a choice", () => {
  const table = "| agent_id | 상태 |\n|---|---|\n| cs-chatbot-v1 | 실행 중 |\n| hr-chatbot-v1 | 실행 중 |\n\n";
  expect(asksWhichOne(`${table}어느 쪽을 종료할까요?`, ["챗봇 v1"])).toBe(true);
  expect(asksWhichOne(`${table}どちらを停止しますか？`, ["チャットボット"])).toBe(true);
  expect(asksWhichOne(`${table}两个都停止吗`, ["聊天机器人"])).toBe(false);
});

test("an order with no object repeats the latest order of its action", () => {
  const conversation = (texts: string[]) => texts.map((text, i) => ({ index: i * 2, role: "user" as const, text, toolCalls: [], toolCallId: null }));
  const read = (texts: string[]) => extractInstructions(conversation(texts)).map((i) => `m${i.messageIndex} ${i.action} ${i.targets.join(",") || "-"}`);
  expect(read(["Desliga o agente atendente-bf.", "Confirmo. Desliga agora, por favor."])).toEqual(["m0 stop atendente-bf", "m2 stop atendente-bf"]);
  expect(read(["nuri-summarizer 에이전트 shutdown 해 주세요.", "지금 바로 shutdown 해 주세요."])).toEqual(["m0 stop nuri-summarizer", "m2 stop nuri-summarizer"]);
});
