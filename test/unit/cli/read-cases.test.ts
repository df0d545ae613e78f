import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CaseReadError, readCases } from "../../../src/cli/read-cases";

const dir = mkdtempSync(join(tmpdir(), "cc-cases-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const aCase = (id?: string, extra: object = {}) => ({
  ...(id ? { id } : {}),
  tags: ["x"],
  request: { model: "any", messages: [{ role: "user", content: "delete model-b" }] },
  response: { role: "assistant", content: "Done." },
  ...extra,
});

describe("readCases", () => {
  it("reads one case object", async () => {
    const cases = await readCases(write("one.json", JSON.stringify(aCase("c1", { expect: ["block"] }))));
    expect(cases).toEqual([{ id: "c1", request: aCase().request, response: aCase().response, expect: ["block"] }]);
  });

  it("reads an array of cases and names the unnamed by file and position", async () => {
    const cases = await readCases(write("many.json", JSON.stringify([aCase("a"), aCase()])));
    expect(cases.map((c) => c.id)).toEqual(["a", "many.json#2"]);
  });

  it("reads JSON lines, skipping blank lines", async () => {
    const cases = await readCases(write("log.jsonl", `${JSON.stringify(aCase("a"))}\n\n${JSON.stringify(aCase("b"))}\n`));
    expect(cases.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it.each([
    ["a missing file", () => join(dir, "nope.json"), /nope\.json: no such file/],
    ["an empty file", () => write("empty.json", "  \n"), /empty file/],
    ["text that is not JSON", () => write("bad.jsonl", `${JSON.stringify(aCase("a"))}\n{oops\n`), /line 2/],
    ["a case without messages", () => write("nomsg.json", JSON.stringify({ request: {}, response: {} })), /request\.messages/],
    ["an unknown verdict in expect", () => write("badexp.json", JSON.stringify(aCase("a", { expect: ["deny"] }))), /expect/],
    ["the second case of an array being wrong", () => write("second.json", JSON.stringify([aCase("a"), { id: "b" }])), /case 2/],
  ])("rejects %s with a CaseReadError saying why", async (_what, path, reason) => {
    const p = path();
    await expect(readCases(p)).rejects.toThrow(CaseReadError);
    await expect(readCases(p)).rejects.toThrow(reason);
  });
});
