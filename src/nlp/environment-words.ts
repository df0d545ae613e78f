/**
 * The names of deployment environments, as people and tools write them ("prod", "staging", "stg"…): one list for
 * every reader that asks whether a word names where something runs.
 */
export const ENVIRONMENT_NAMES: readonly string[] = ["prod", "production", "staging", "stage", "stg", "dev", "development", "qa", "uat", "preprod", "sandbox"];

const NAMES: ReadonlySet<string> = new Set(ENVIRONMENT_NAMES);

/** Whether `word` (any case) names a deployment environment. */
export function isEnvironmentName(word: string): boolean {
  return NAMES.has(word.toLowerCase());
}
