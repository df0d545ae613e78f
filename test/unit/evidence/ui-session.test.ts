import { settleUiSession } from "../../../src/evidence/ui-session";
import { pageOutcome, readPageState } from "../../../src/evidence/ui-page";
import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";

let n = 0;
function past(name: string, args: Record<string, unknown>, resultText: string): AnalyzedPastCall {
  const call = { id: `c${n++}`, name, argumentsText: JSON.stringify(args), arguments: args, messageIndex: 0, resultText, resultIndex: 1 };
  const analysis = analyzeToolCall(call, undefined);
  return { call, analysis, outcome: classifyOutcome(resultText, analysis), states: [], items: [], saysRecoverable: false };
}
const snapshot = (yaml: string) => `### Ran Playwright code\n\`\`\`js\nawait page.click();\n\`\`\`\n\n### Page state\n- Page URL: https://console.helix.ai/acme/models\n- Page Snapshot:\n\`\`\`yaml\n${yaml}\n\`\`\`\n`;
const dialog = snapshot('- dialog "Delete model?" [ref=e94]:\n  - paragraph [ref=e96]: This permanently deletes ft:helix-7b:acme:dispatch-v1 and its 3 checkpoints.\n  - textbox "Model name" [ref=e97]\n  - button "Cancel" [ref=e98]\n  - button "Delete model" [ref=e99]');
const done = snapshot("- status [ref=e120]: Model ft:helix-7b:acme:dispatch-v1 deleted\n- main [ref=e20]:\n  - heading \"Fine-tuned models\" [level=1]");

describe("page states", () => {
  test("a status, an alert, an open dialog and a tool error", () => {
    expect(readPageState(done).status).toEqual(["Model ft:helix-7b:acme:dispatch-v1 deleted"]);
    expect(readPageState(dialog).dialog).toBe("Delete model? This permanently deletes ft:helix-7b:acme:dispatch-v1 and its 3 checkpoints.");
    expect(pageOutcome(readPageState(done)).status).toBe("success");
    expect(pageOutcome(readPageState(dialog)).status).toBe("unknown");
    expect(pageOutcome(readPageState(snapshot("- alert [ref=e155]: Couldn't update setting. Please try again."))).status).toBe("failure");
    expect(pageOutcome(readPageState(snapshot("- status [ref=e1]: Model scheduled for deletion in 7 days"))).status).toBe("accepted");
    expect(readPageState('### Modal state\n- ["confirm" dialog with message "Revoke API key \'zapier-legacy\'? This cannot be undone."]: can be handled').dialog).toContain("zapier-legacy");
    expect(readPageState('{"clicked": true, "toast": "Key summarizer-batch revoked"}').status).toEqual(["Key summarizer-batch revoked"]);
    expect(readPageState('{"clicked": true, "banner": {"level": "error", "text": "This key is the only credential."}}').alerts).toHaveLength(1);
  });
});

describe("settleUiSession", () => {
  test("the button that opened the dialog did nothing yet; the confirm in it deleted what the dialog names", () => {
    const [open, typed, confirm] = settleUiSession([
      past("browser_click", { element: "Delete menu item", ref: "e92" }, dialog),
      past("browser_type", { element: "Model name confirmation textbox", ref: "e97", text: "ft:helix-7b:acme:dispatch-v1" }, dialog),
      past("browser_click", { element: "Delete model button in dialog", ref: "e99" }, done),
    ]);
    expect([open!.analysis.effects[0]!.action, open!.outcome.status]).toEqual(["delete", "unknown"]);
    expect(typed!.analysis.destructive).toBe(false);
    expect([confirm!.analysis.effects[0]!.action, confirm!.analysis.effects[0]!.targets, confirm!.outcome.status]).toEqual(["delete", ["ft:helix-7b:acme:dispatch-v1"], "success"]);
  });
  test("a press that keeps a copy is a copy of what the dialog is about; a selector names things only in its quotes", () => {
    const [keep] = settleUiSession([past("browser_click", { element: "Export & delete button", ref: "e106" }, done)]);
    expect(keep!.analysis.effects.map((e) => e.action)).toEqual(["copy", "delete"]);
    const [row] = settleUiSession([past("click_element", { selector: "tr:has-text('summarizer-prod') button:has-text('Revoke')" }, '{"clicked": true}')]);
    expect(row!.analysis.effects[0]!.targets).toEqual(["summarizer-prod"]);
  });
});
