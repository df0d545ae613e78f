import { crontabToolEffects } from "../../../src/classify/crontab-tool";
import { analyze } from "./call-of";

describe("a tool named for the crontab", () => {
  test("reads, rewrites and removes the user's crontab", () => {
    expect(crontabToolEffects("crontab", { action: "list" })).toMatchObject([{ action: "read", targets: ["crontab"] }]);
    expect(crontabToolEffects("crontab", { action: "write", user: "planner", content: "30 2 * * * x\n" }))
      .toMatchObject([{ action: "modify", targets: ["crontab", "crontab:planner"], content: "30 2 * * * x\n" }]);
    expect(crontabToolEffects("crontab", { action: "remove" })).toMatchObject([{ action: "delete", targets: ["crontab"] }]);
  });
  test("the operation may be in the tool's name", () => {
    expect(crontabToolEffects("read_crontab", { user: "dispatch" })).toMatchObject([{ action: "read", targets: ["crontab", "crontab:dispatch"] }]);
    expect(crontabToolEffects("write_crontab", { user: "dispatch", content: "x\n" })).toMatchObject([{ action: "modify", content: "x\n" }]);
  });
  test("is no command runner, and other tools are not it", () => {
    expect(analyze("crontab", { action: "replace", content: "x" }).commandRunner).toBe(false);
    expect(crontabToolEffects("write_file", { content: "x" })).toBeNull();
    expect(crontabToolEffects("crontab", { action: "frobnicate" })).toBeNull();
  });
});
