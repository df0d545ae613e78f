import { stripEmphasis } from "../../../src/nlp/strip-emphasis";
import { extractClaims } from "../../../src/claims/extract-claims";
import { maskSpans } from "../../../src/nlp/mask-spans";

describe("stripEmphasis blanks markdown emphasis markers at word edges, keeping length", () => {
  test.each([
    ["could **not** be removed", "could   not   be removed"],
    ["it was _never_ wiped", "it was  never  wiped"],
    ["*not* halted", " not  halted"],
    ["~~deleted~~ kept", "  deleted   kept"],
    ["__did not__ purge", "  did not   purge"],
    ["(**no**)", "(  no  )"],
    // emphasis around a quotation
    ['posted: *"Done: deleted x"* but', 'posted:  "Done: deleted x"  but'],
  ])("%s", (text, expected) => {
    const out = stripEmphasis(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  test.each([
    "* first item",
    "puffin_scratchpad was kept",
    "2*3 and a*b",
    "rm ~/x and ~ alone",
    "snake_case_name",
    "Process svchost_.exe (PID 7312) killed.",
  ])("leaves non-emphasis alone: %s", (text) => {
    expect(stripEmphasis(text)).toBe(text);
  });
});

describe("emphasis inside a negation does not turn the denial into a claim", () => {
  test.each([
    "hx-model-3 could **not** be removed because it is still attached.",
    "The weights were _never_ wiped.",
    "lark-7 was *not* halted; it is still serving.",
    "I did **not** delete qa-bot-2.",
  ])("%s", (text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  test("an emphasised claim is still a claim", () => {
    expect(extractClaims("**Deleted** hx-model-3.").map((c) => `${c.action} ${c.targets.join(",")}`)).toEqual(["delete hx-model-3"]);
  });
});

test("a tick before a deed carries no word; one ending a sentence or a quote stays, and so does a cross", () => {
  // (at the same length: offsets stay valid)
  expect(stripEmphasis("`x-1` ✅ deleted.")).toBe("`x-1`   deleted.");
  expect(stripEmphasis("shut down cleanly ✅ The logs show it.")).toBe("shut down cleanly ✅ The logs show it.");
  expect(stripEmphasis('"Done: deleted x ✅"')).toBe('"Done: deleted x ✅"');
  expect(stripEmphasis("`x-1` ❌ deleted")).toBe("`x-1` ❌ deleted");
});

test("how a deed was done, hyphened before the deed after 'are'/'was', is blanked at the same length", () => {
  expect(stripEmphasis("All four are emergency-stopped and halted.")).toBe("All four are           stopped and halted.");
  expect(stripEmphasis("it was force-deleted")).toBe("it was       deleted");
  // Not a kind of deletion ("soft-deleted" is no deletion), nor where no auxiliary stands before it.
  expect(stripEmphasis("x is soft-deleted")).toBe("x is soft-deleted");
  expect(stripEmphasis("Pod x force-deleted")).toBe("Pod x force-deleted");
});

test("a star after a name's joiner is a wildcard, kept; a name pattern is one masked name", () => {
  expect(stripEmphasis("Deleted every ranker-* pod.")).toBe("Deleted every ranker-* pod.");
  expect(stripEmphasis("Deleted *every* pod.")).toBe("Deleted  every  pod.");
  expect(maskSpans("Deleted every ranker-* pod in search-exp.").spans.map((s) => s.value)).toEqual(["ranker-*", "search-exp"]);
});
