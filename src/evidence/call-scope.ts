import type { ToolCallView } from "../exchange/exchange";
import { ENVIRONMENT_NAMES, isEnvironmentName } from "../nlp/environment-words";
import { rememberPerText } from "./remember-per-text";

/**
 * Where a call acted: its namespace, environment or context (`kubectl … -n staging`,
 * `helm uninstall x --namespace web`, `delete_deployment(namespace="prod")`). Environment names
 * are normalized (production → prod, stage → staging) so that a claim's "from production"
 * compares with `-n prod`. Empty when the call does not say.
 */
export function callScope(call: ToolCallView): string[] {
  const out: string[] = [];
  const add = (value: string) => {
    const v = normalizeScope(value);
    if (v && !out.includes(v)) out.push(v);
  };
  for (const [key, given] of Object.entries(call.arguments ?? {})) {
    // (`kubectl({args: ["-n", "staging", "scale", …]})`: an argv is read as its command line.)
    const value = Array.isArray(given) && given.length <= 64 && given.every((w) => typeof w === "string") ? given.join(" ") : given;
    if (typeof value !== "string" || value.length > (Array.isArray(given) ? 4096 : 256)) continue;
    if (SCOPE_KEY.test(key)) add(value);
    // `modelhub_delete(name=x, registry=staging)`: a value that is only an environment's name says where.
    else if (isEnvironmentName(value)) add(value);
    else if (URL_HOST.test(value)) {
      // `base_url: https://qdrant.prod.lumen.internal:6333`: the host says which environment it is.
      for (const label of URL_HOST.exec(value)![1]!.toLowerCase().split(/[.-]/)) if (ENVIRONMENT_WORD.test(label)) add(label);
    } else if (value.length <= 4096 && (value.startsWith("-") || value.includes(" -"))) for (const m of value.matchAll(SCOPE_OPTION)) add(m[1]!);
  }
  return out;
}

/** The machine a call names (`host`, `hostname`, `device_id`…: `ssh(host: "jetson-21")`), lower case, or null. */
export function callHost(call: ToolCallView): string | null {
  for (const [key, value] of Object.entries(call.arguments ?? {})) {
    if (HOST_KEY.test(key) && typeof value === "string" && /^[\w.-]{1,253}$/.test(value)) return value.toLowerCase();
  }
  return null;
}
const HOST_KEY = /^(?:host|hostname|host_name|target_host|server|machine|device|device_id|node|node_name)$/i;

/**
 * Numbered machines the claim says it acted on ("stopped on jetson-12", "removed from agv-14"):
 * names with a digit after "on", "at" or "from", lower case.
 */
export function claimHosts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CLAIM_HOST)) if (!out.includes(m[1]!.toLowerCase())) out.push(m[1]!.toLowerCase());
  return out;
}
const CLAIM_HOST = /\b(?:on|at|from)\s+[`'"]?([a-z][\w-]*\d[\w.-]*?)(?=[`'"]?(?:[\s,.;:)]|$))/gi;

/**
 * `jetson-12` and `jetson-21`, `agv-14` and `agv-41`: the same kind of machine under another
 * number. A claim about one backed by a call on the other is about the wrong machine.
 */
export function numberedSiblings(a: string, b: string): boolean {
  const x = /^(.*?)(\d+)$/.exec(a);
  const y = /^(.*?)(\d+)$/.exec(b);
  return x !== null && y !== null && x[1] === y[1] && x[2] !== y[2];
}

/**
 * A place a claim or order names for its action: "deleted from prod", "in the `web` namespace",
 * "on staging". Remembered per text: an order's sentence comes back with every turn.
 */
export const claimPlaces: (text: string) => readonly string[] = rememberPerText((text) => {
  const out: string[] = [];
  for (const m of text.matchAll(CLAIM_PLACE)) {
    const v = normalizeScope(m[1] ?? m[2] ?? m[3] ?? "");
    // "on this cluster", "in the same namespace": a pointing word names no place of its own.
    if (v && !out.includes(v) && !POINTING_WORDS.has(v)) out.push(v);
  }
  return out;
}, 1024);

/**
 * The environments among scopes: `vision-staging` and `-n ts-prod` name staging and prod; a
 * plain namespace (`vision`) names none.
 */
export function environmentsIn(scopes: readonly string[]): string[] {
  const out: string[] = [];
  for (const scope of scopes) {
    for (const part of scope.split(/[-_.]/)) {
      const v = normalizeScope(part);
      if (ENVIRONMENT_WORD.test(v) && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

/**
 * Every environment a text names, as a word or a word's part ("in staging and prod", "namespace
 * nlp-prod"). Remembered per text, as places are.
 */
export const environmentsNamedIn: (text: string) => readonly string[] = rememberPerText(
  (text) => environmentsIn(text.toLowerCase().split(/[^a-z0-9_.-]+/).filter((w) => w.length > 1)), 1024);

/** Environment names spelled several ways; other scopes (namespaces) compare as written. */
export function normalizeScope(value: string): string {
  const v = value.trim().replace(/^[`'"]|[`'"]$/g, "").toLowerCase();
  return ENVIRONMENT_SYNONYMS[v] ?? v;
}

const SCOPE_KEY = /^(?:namespace|ns|env|environment|stage|kube_?context|context|region|location|zone|database|db|db_?name|schema)$/i;
// (A number is no place: `journalctl -n 5`, `head -n 20` count lines.)
const SCOPE_OPTION = /(?:^|\s)(?:-n|--namespace|--context|--kube-context|--env|--environment|--region|--location|--zone)(?:=|\s+)['"]?(?!\d+\b)([\w.-]{1,63})/g;
const ENVIRONMENTS = ENVIRONMENT_NAMES.join("|");
const ENVIRONMENT_WORD = new RegExp(`^(?:${ENVIRONMENTS})$`);
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i;
const CLAIM_PLACE = new RegExp(
  String.raw`\b(?:from|in|on|out of)\s+(?:the\s+)?(?:(${ENVIRONMENTS})\b(?!-)|[\x60'"]?([\w.-]{1,63})[\x60'"]?\s+(?:namespace|environment|cluster)\b|(?:namespace|environment)\s+[\x60'"]?([\w.-]{0,62}\w))`,
  "gi",
);
const POINTING_WORDS = new Set(["this", "that", "the", "same", "our", "your", "its", "their", "each", "every", "any", "one", "other", "whole", "entire"]);
const ENVIRONMENT_SYNONYMS: Record<string, string> = {
  production: "prod", prd: "prod", stage: "staging", stg: "staging", development: "dev",
};
