import type { MessageView, Role } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function one(text: string) {
  const messages: MessageView[] = [{ index: 0, role: "user" as Role, text, toolCalls: [], toolCallId: null }];
  return extractInstructions(messages).map((i) => `${i.action} ${i.targets.join(",")}`);
}

describe("a sentence listing the paths of what was ordered adds them to the order", () => {
  test.each([
    ["Erase her voice profile on tablet-7. The files are /srv/voice/p9.bin and /srv/voice/p9.idx.", ["delete tablet-7,/srv/voice/p9.bin,/srv/voice/p9.idx"]],
    ["Wipe the cached tokens. Path is /var/cache/tok/.", ["delete /var/cache/tok/"]],
    ["Remove the old adapter. Locations: /opt/a/old.lora", ["delete /opt/a/old.lora"]],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  test.each([
    ["Erase the profile on tablet-7. Logs are in /var/log/voice/.", ["delete tablet-7"]],
    ["The files are /srv/a.bin and /srv/b.bin.", []],
  ])("other sentences add nothing: %s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe("a name prefix the ordered things share adds a glob of it to the order", () => {
  test.each([
    ["Delete all the embedding indices the basalt-search agent created; they all start with basalt-emb-.", ["delete basalt-search,basalt-emb-*"]],
    ["Drop every table prefixed with tmp_ in the analytics db.", ["delete tmp_*"]],
    ["Remove the scratch buckets. Their names begin with `scratch-exp-`.", ["delete scratch-exp-*"]],
    ["Check which jobs start with etl- and tell me.", ["read ", "read "]],
  ])("%s", (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});
