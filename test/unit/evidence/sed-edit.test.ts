import { applySed, parseSedScript } from "../../../src/evidence/sed-edit";

describe("a sed script as an edit", () => {
  const config = "global\n  daemon\n\nbackend a_pool\n  server a1 10.0.0.1:80\n\nbackend b_pool\n  server b1 10.0.0.2:80\n";
  const edit = (script: string) => {
    const parsed = parseSedScript(script);
    if (parsed === null) throw new Error(`not read: ${script}`);
    return applySed(parsed, config);
  };

  test("a range from a pattern to the next empty line is deleted whole", () => {
    expect(edit("/^backend a_pool/,/^$/d")).toBe("global\n  daemon\n\nbackend b_pool\n  server b1 10.0.0.2:80\n");
  });
  test("a range to the last line ($) deletes the rest", () => {
    expect(edit("/^backend a_pool/,$d")).toBe("global\n  daemon\n");
  });
  test("a range to another pattern stops at the line with it", () => {
    expect(edit("/^backend a_pool/,/server a1/d")).toBe("global\n  daemon\n\n\nbackend b_pool\n  server b1 10.0.0.2:80\n");
  });
  test("ranges and single-line deletions share a script", () => {
    expect(edit("/^backend b_pool/,/^$/d; /daemon/d")).toBe("global\n\nbackend a_pool\n  server a1 10.0.0.1:80\n");
  });
  test("a range whose patterns are regular expressions is not read", () => {
    expect(parseSedScript("/^backend (a|b)_pool/,/^$/d")).toBeNull();
  });
});
