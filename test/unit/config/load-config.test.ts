import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "../../../src/config/load-config";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, { packageRoot: "/pkg" });
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("fills every default from an empty environment", () => {
    const config = loadConfig({}, { packageRoot: "/pkg" });
    expect(config.port).toBe(8080);
    expect(config.host).toBe("127.0.0.1");
    expect(config.upstream.baseUrl).toBe("https://api.openai.com/v1");
    expect(config.upstream.apiKey).toBeUndefined();
    expect(config.mode).toBe("enforce");
    expect(config.failOpen).toBe(false);
    expect(config.timeouts).toEqual({ connectMs: 5000, firstByteMs: 120000, idleMs: 60000, totalMs: 600000 });
    expect(config.limits.maxBodyBytes).toBe(10 * 1024 * 1024);
    expect(config.policy.bundlePath).toBe("/pkg/policies/build/bundle.tar.gz");
    expect(config.decisionLog.sink).toBe("stdout");
    expect(config.decisionLog.includeText).toBe(false);
  });

  it("reads typed values from the environment and treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "9001", GUARD_MODE: "monitor", GUARD_FAIL_OPEN: "true", UPSTREAM_IDLE_TIMEOUT_MS: "250", UPSTREAM_API_KEY: "" }, { packageRoot: "/pkg" });
    expect(config.port).toBe(9001);
    expect(config.mode).toBe("monitor");
    expect(config.failOpen).toBe(true);
    expect(config.timeouts.idleMs).toBe(250);
    expect(config.upstream.apiKey).toBeUndefined();
  });

  it("lists every problem at once, naming the variable", () => {
    const problems = problemsOf({ PORT: "abc", GUARD_MODE: "loud", UPSTREAM_BASE_URL: "ftp://x", DECISION_LOG: "file", GUARD_FAIL_OPEN: "maybe" });
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/port \(PORT\)/);
    expect(problems.join("\n")).toMatch(/mode \(GUARD_MODE\)/);
    expect(problems.join("\n")).toMatch(/upstream\.baseUrl \(UPSTREAM_BASE_URL\)/);
    expect(problems.join("\n")).toMatch(/decisionLog\.file \(DECISION_LOG_FILE\): is required/);
    expect(problems.join("\n")).toMatch(/failOpen \(GUARD_FAIL_OPEN\)/);
  });

  it("merges a YAML file under the environment and rejects unknown settings in it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    const good = join(dir, "good.yaml");
    writeFileSync(good, "mode: monitor\nport: 7000\ntimeouts:\n  idleMs: 1234\n");
    const config = loadConfig({ GUARD_CONFIG: good, PORT: "7001" }, { packageRoot: "/pkg" });
    expect(config.mode).toBe("monitor");
    expect(config.port).toBe(7001);
    expect(config.timeouts.idleMs).toBe(1234);
    expect(config.timeouts.connectMs).toBe(5000);

    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ timeouts: { idleMS: 5 }, colour: "blue" }));
    const problems = problemsOf({ GUARD_CONFIG: bad });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/timeouts: unknown setting\(s\) idleMS/), expect.stringMatching(/config: unknown setting\(s\) colour/)]));
  });

  it("reports an unreadable config file", () => {
    expect(problemsOf({ GUARD_CONFIG: "/nonexistent/claimcheck.yaml" })).toEqual([expect.stringMatching(/cannot read \/nonexistent/)]);
  });

  it("freezes the result deeply", () => {
    const config = loadConfig({}, { packageRoot: "/pkg" });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.timeouts)).toBe(true);
    expect(() => {
      (config.timeouts as { idleMs: number }).idleMs = 1;
    }).toThrow(TypeError);
  });
});
