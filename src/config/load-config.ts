import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { configSchema, type Config } from "./config-schema";
import { deepFreeze } from "./deep-freeze";
import { ENV_VARIABLES, parseEnvValue } from "./env-variables";

/** Startup configuration is wrong; `problems` lists every one, in words. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

export interface LoadConfigOptions {
  /** Relative policy bundle paths resolve from here (default: the package root). */
  packageRoot?: string;
}

/**
 * Builds the configuration from an optional file named by `GUARD_CONFIG` (YAML or JSON) and the
 * environment, which overrides the file. Throws `ConfigError` listing every problem at once;
 * the result is deeply frozen. Empty environment variables count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const problems: string[] = [];
  const input = readConfigFile(env.GUARD_CONFIG, problems);
  for (const variable of ENV_VARIABLES) {
    const text = env[variable.name];
    if (text !== undefined && text !== "") setPath(input, variable.path, parseEnvValue(variable.kind, text));
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) problems.push(...parsed.error.issues.map(describeIssue));
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const config = parsed.data;
  const root = options.packageRoot ?? findPackageRoot(__dirname);
  if (!isAbsolute(config.policy.bundlePath)) config.policy.bundlePath = resolve(root, config.policy.bundlePath);
  return deepFreeze(config);
}

function readConfigFile(path: string | undefined, problems: string[]): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    problems.push(`GUARD_CONFIG: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return {};
  }
  try {
    // YAML is a superset of JSON, so one parser reads both.
    const value: unknown = parseYaml(text);
    if (value === null || value === undefined) return {};
    if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`GUARD_CONFIG: ${path} must hold an object of settings`);
  } catch (e) {
    problems.push(`GUARD_CONFIG: ${path} is not valid YAML/JSON (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
  }
  return {};
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** "timeouts.idleMs (UPSTREAM_IDLE_TIMEOUT_MS): Too small: expected number to be >0". */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  const envName = ENV_VARIABLES.find((v) => v.path === path)?.name;
  const where = path === "" ? "config" : envName ? `${path} (${envName})` : path;
  if (issue.code === "unrecognized_keys") return `${where}: unknown setting(s) ${issue.keys.join(", ")}`;
  return `${where}: ${issue.message}`;
}

function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
