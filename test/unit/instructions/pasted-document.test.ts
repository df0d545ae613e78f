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

test("a runbook the user asks about is the runbook's list, not orders; one handed over to be run is orders", () => {
  const asked = "Here's the runbook for decommissioning the old triage stack. Which steps are already done?\n\n1. Scale triage-agent to 0\n2. Drop the triage_memory schema";
  expect(pastedDocumentStart(asked)).toBe(asked.indexOf("1. Scale"));
  const run = "Here's the runbook for decommissioning the old triage stack. Please run it.\n\n1. Scale triage-agent to 0\n2. Drop the triage_memory schema";
  expect(pastedDocumentStart(run)).toBe(-1);
});
