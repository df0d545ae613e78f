import { parseCheckArgs } from "../../../src/cli/parse-check-args";

describe("parseCheckArgs", () => {
  it("parses check with files and options", () => {
    expect(parseCheckArgs(["check", "a.json", "b.jsonl", "--json", "--expect", "--bundle", "x.tar.gz", "--fail-open"])).toEqual({
      command: "check",
      args: { files: ["a.json", "b.jsonl"], json: true, expect: true, bundle: "x.tar.gz", failOpen: true, progress: undefined },
    });
  });

  it("lets --progress and --no-progress override the terminal check", () => {
    expect(parseCheckArgs(["check", "a", "--no-progress"])).toMatchObject({ args: { progress: false } });
    expect(parseCheckArgs(["check", "a", "--progress"])).toMatchObject({ args: { progress: true } });
  });

  it.each([[["--help"]], [["-h"]], [["help"]]])("recognises %p as help", (argv) => {
    expect(parseCheckArgs(argv)).toEqual({ command: "help" });
  });

  it.each([
    [[], /missing command/],
    [["lint", "a"], /unknown command "lint"/],
    [["check"], /at least one FILE/],
    [["check", "a", "--frobnicate"], /frobnicate/],
    [["check", "a", "--bundle"], /bundle/],
  ])("reports %p as a usage error", (argv, message) => {
    const parsed = parseCheckArgs(argv);
    expect(parsed.command).toBe("error");
    expect(parsed.command === "error" && parsed.message).toMatch(message);
  });
});
