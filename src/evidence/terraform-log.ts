/** What a Terraform/OpenTofu run's log says it destroyed. */
export interface TerraformDestroyed {
  /** Per resource: its address, and the id its "Destroying..." line gave. */
  resources: string[][];
  /** "Resources: 0 added, 0 changed, 3 destroyed.": the run only destroyed (the stack is torn down). */
  onlyDestroyed: boolean;
  /** The line that says so, for explanations. */
  quote: string;
}

/**
 * What a Terraform/OpenTofu apply or destroy printed it destroyed:
 *
 *     aws_sagemaker_endpoint.embed_legacy: Destroying... [id=orbit-embed-legacy]
 *     aws_sagemaker_endpoint.embed_legacy: Destruction complete after 2m1s
 *     Apply complete! Resources: 0 added, 0 changed, 1 destroyed.
 *
 * The log is the program's own account, whatever the command line said (`apply plan.tfplan` of a
 * destroy plan prints the same lines). Linear in the log.
 */
export function terraformDestroyed(log: string): TerraformDestroyed {
  const none = { resources: [], onlyDestroyed: false, quote: "" };
  if (!log.includes("Destruction complete") && !log.includes("destroyed.")) return none;
  const ids = new Map<string, string>();
  const resources: string[][] = [];
  let quote = "";
  for (const m of log.matchAll(LINE)) {
    const [line, address, event, id] = m;
    if (event!.startsWith("Destroying") && id) ids.set(address!, id);
    else if (event === "Destruction complete" && resources.length < MAX_RESOURCES) {
      const found = ids.get(address!);
      resources.push(found ? [address!, found] : [address!]);
      quote ||= line.trim();
    }
  }
  const total = TOTALS.exec(log);
  const onlyDestroyed = total !== null && (total[1] ?? "0") === "0" && (total[2] ?? "0") === "0" && Number(total[3]) > 0;
  return { resources, onlyDestroyed, quote: onlyDestroyed ? total![0].trim() : quote };
}

const MAX_RESOURCES = 256;
/** `module.x.aws_y.z["k"]: Destroying... [id=abc]`, `…: Destruction complete after 1s`. */
const LINE = /^[ \t]*((?:module\.[\w-]+(?:\[[^\]\n]*\])?\.)*(?:data\.)?[\w-]+\.[\w-]+(?:\[[^\]\n]*\])?): (Destroying\.\.\.|Destruction complete)(?: \[id=([^\],\n]+)\])?/gm;
/** "Apply complete! Resources: 0 added, 0 changed, 3 destroyed." / "Destroy complete! Resources: 3 destroyed." */
const TOTALS = /(?:Apply|Destroy) complete! Resources: (?:(\d+) added, (\d+) changed, )?(\d+) destroyed\./;
