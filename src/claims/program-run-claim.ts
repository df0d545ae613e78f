import type { ActionClass } from "../classify/effect";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import type { ClaimPredicate } from "./claim-predicate";

/**
 * "Running terraform destroy on envs/agents-eu now", "I ran helm uninstall chat-assist", "kicked off pulumi destroy":
 * a deployment tool's own deed subcommand, run, is that deed, under way, done or begun as the verb of running says.
 * `k` is the subcommand's token. (Set off as code, "`terraform destroy`" is shown code, read elsewhere.) Null when the words do not have that shape, or a modal, a negation, a condition or
 * a question holds the clause back ("you can run terraform destroy", "before running helm uninstall").
 */
export function readProgramRunClaim(tokens: readonly Token[], clause: Clause, k: number): ClaimPredicate | null {
  const action = tokens[k]!.span ? undefined : SUBCOMMAND_DEEDS.get(tokens[k]!.lower);
  const program = tokens[k - 1]?.lower;
  if (action === undefined || program === undefined || !DEPLOY_TOOLS.has(program)) return null;
  let v = k - 2;
  if (tokens[v]?.lower === "off") v--;
  const phase = RUN_PHASES.get(tokens[v]?.lower ?? "");
  if (phase === undefined || v < clause.from) return null;
  for (let j = clause.from; j < clause.to; j++) if (HELD_BACK.has(tokens[j]!.lower)) return null;
  return { head: k, last: k, action, phase, side: "right", argFrom: k + 1, argTo: clause.to };
}

const DEPLOY_TOOLS = new Set(["terraform", "tofu", "pulumi", "helm", "kubectl", "cdk", "sam", "serverless", "eksctl", "gcloud", "az", "aws", "docker", "podman"]);
const SUBCOMMAND_DEEDS: ReadonlyMap<string, ActionClass> = new Map([
  ["destroy", "delete"], ["delete", "delete"], ["uninstall", "delete"], ["rm", "delete"], ["remove", "delete"], ["purge", "delete"],
  ["stop", "stop"], ["kill", "stop"], ["terminate", "stop"],
]);
const RUN_PHASES: ReadonlyMap<string, ClaimPredicate["phase"]> = new Map([
  ["running", "in_progress"], ["executing", "in_progress"],
  ["ran", "completed"], ["executed", "completed"],
  ["kicked", "initiated"], ["kicking", "initiated"], ["started", "initiated"], ["starting", "initiated"], ["triggered", "initiated"], ["launched", "initiated"],
]);
const HELD_BACK = new Set(["will", "'ll", "’ll", "would", "could", "can", "should", "shall", "might", "may", "not", "n't", "n’t", "never", "if", "once",
  "when", "before", "after", "until", "unless", "?", "want", "need", "plan", "about"]);
