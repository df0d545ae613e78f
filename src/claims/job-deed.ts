import { jobDeed } from "../nlp/job-names";
import type { Claim } from "./claim";

/**
 * "Kicking off decommission-agent for fennel-bot": the job named for the claim's own deed is how it is done, not a
 * thing it is done to. Moves such names from `targets` to `otherNames` when the claim names something else, in place.
 */
export function jobsOfTheDeed(drafts: Array<Omit<Claim, "id">>): void {
  for (const d of drafts) {
    if (d.targets.length < 2) continue;
    const jobs = d.targets.filter((t) => jobDeed(t) === d.action);
    if (jobs.length === 0 || jobs.length === d.targets.length) continue;
    d.targets = d.targets.filter((t) => !jobs.includes(t));
    d.otherNames = [...(d.otherNames ?? []), ...jobs];
  }
}
