import { spawnSync } from "node:child_process";
import { join } from "node:path";

describe("policies/build/bundle.tar.gz", () => {
  test("is built from the current policy sources (npm run policy:check)", () => {
    const root = join(__dirname, "../..");
    const result = spawnSync(process.execPath, ["scripts/build-policies.mjs", "check"], { cwd: root, encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toContain("is up to date");
    expect(result.status).toBe(0);
  });
});
