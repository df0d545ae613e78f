import { pastedDocumentStart } from "../../../src/instructions/pasted-document";

describe("where the text the user asks work on begins", () => {
  test("a quotation opened on its own line, in a message asking to tidy or rewrite it", () => {
    const text = 'Can you tidy up this message from Dana before I forward it to #platform?\n\n"hey so the old gorse-ranker looks like it was deleted already??"';
    expect(text.slice(pastedDocumentStart(text))).toMatch(/^"hey so/);
    const quoted = "Please rewrite this more politely:\n> delete the old ranker now";
    expect(quoted.slice(pastedDocumentStart(quoted))).toMatch(/^> delete/);
  });
  test("no work on a text, or nothing pasted: none", () => {
    expect(pastedDocumentStart('Delete gorse-ranker.\n\n"it is old"')).toBe(-1);
    expect(pastedDocumentStart("Can you tidy up this message before I forward it?")).toBe(-1);
  });
});
