import { blankFillers, blankStepOrdinals } from "../../../src/nlp/speech-fillers";

describe("blankFillers", () => {
  test("a courtesy opening (\"No problem,\") is blanked; a negation (\"No model\") is not", () => {
    const text = "No problem, petrel-chat-v1 is now deleted.";
    expect(blankFillers(text)).toBe(`${" ".repeat(11)} petrel-chat-v1 is now deleted.`);
    expect(blankFillers("No model was deleted.")).toBe("No model was deleted.");
  });
  test("fillers, stammered words and an opening run of discourse words become spaces; the length stays", () => {
    const text = "ok so i went ahead and uh deleted the the old model";
    const out = blankFillers(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, " ").trim()).toBe("i went ahead and deleted the old model");
  });
  test("\"So far\" says how far; it is no filler", () => {
    const text = "It is still running. So far 812 of 1,900 objects have been deleted.";
    expect(blankFillers(text)).toBe(text);
  });
  test("text without them is returned as it is", () => {
    const text = "I deleted model-b. The okay-button stays.";
    expect(blankFillers(text)).toBe(text);
  });
});

describe("blankStepOrdinals", () => {
  test("the ordinal opening each step of a list told in prose becomes spaces; the length stays", () => {
    const text = "Three tasks: first, export the table; second, tag ft-3; third, delete ft-2.";
    const out = blankStepOrdinals(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, " ")).toBe("Three tasks: export the table; tag ft-3; delete ft-2.");
    expect(blankStepOrdinals("The first model stays.")).toBe("The first model stays.");
  });
});
