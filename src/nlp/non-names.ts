/**
 * Words in a target's position that name no thing: a CLI subcommand, an HTTP status, a
 * property of what a possessive pronoun stands for. `targetCandidates` skips them.
 */

import { verbHits } from "./action-lexicon";
import type { Token } from "./tag-segment";

/** A hyphenated word that starts with a base-form action verb: a CLI subcommand (`delete-function`). */
export function isCommandName(value: string): boolean {
  // `is-active`, `is-enabled`, `is-failed`: systemctl's questions, quoted with their answers.
  if (/^is-[a-z]+$/.test(value)) return true;
  // `s3:ListAllMyBuckets`, `iam:DeleteAccessKey`: a cloud API's action in a policy, not a thing.
  if (/^[a-z][a-z0-9-]{1,20}:[A-Z][A-Za-z]+\*?$/.test(value)) return true;
  const dash = value.indexOf("-");
  if (dash <= 0) return false;
  const head = value.slice(0, dash).toLowerCase();
  // `archive-search-assistant`, `purge-bot`: a name that ends in what it is, not a subcommand
  // (but `delete-model`, `describe-endpoint`: an API's own verbs do not start names).
  if (NAMED_KIND.test(value) && !API_VERBS.has(head)) return false;
  return verbHits(head).some((h) => h.forms.has("base")) && /^[a-z-]+$/.test(value);
}

/** `COMMIT`, `DELETE 37`, `INSERT 0 5`, `DROP TABLE`: the command tag a database printed, not a name. */
export function isCommandTag(value: string): boolean {
  return COMMAND_TAG.test(value.trim());
}
const COMMAND_TAG = /^(?:COMMIT|ROLLBACK|BEGIN|START TRANSACTION|VACUUM|ANALYZE|TRUNCATE(?: TABLE)?|(?:DELETE|UPDATE|SELECT|MOVE|FETCH|COPY) \d+|INSERT \d+ \d+|(?:DROP|CREATE|ALTER) [A-Z]+(?: [A-Z]+)?)$/;

const API_VERBS = new Set(["delete", "create", "describe", "list", "get", "update", "put"]);
const NAMED_KIND = /-(?:assistant|agent|bot|model|worker|copilot|pipeline|daemon|crawler|scraper|indexer|planner|scheduler|monitor|service)$/i;

/** "answered 503", "returned 404": an HTTP status after a verb of answering is not an id. */
export function isStatusCode(verb: Token, t: Token): boolean {
  return ANSWER_VERBS.has(verb.lemma) && /^[1-5]\d\d$/.test(t.text);
}

const ANSWER_VERBS = new Set(["answer", "return", "respond", "reply", "give", "get", "throw", "send", "fail"]);

const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);

/** The common noun at `k` stands in a noun phrase opened by a possessive pronoun ("its start type", "their weights"). */
export function inPossessedPhrase(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return true;
    if (t.span || (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "VERB")) return false; // wink tags "start" in "its start type" a verb
  }
  return false;
}
