/** What a Terraform/OpenTofu run's log says it destroyed. */
export interface TerraformDestroyed {
  /** Per resource: its address, and the id its "Destroying..." line gave. */
  resources: string[][];
  /** Resources whose "Destroying..." never completed in a run that printed errors: address, id, and the error line naming it (or the first). */
  failed: Array<{ names: string[]; quote: string }>;
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
  const none = { resources: [], failed: [], onlyDestroyed: false, quote: "" };
  if (!log.includes("Destruction complete") && !log.includes("destroyed.")) return none;
  const ids = new Map<string, string>();
  const started = new Set<string>();
  const completed = new Set<string>();
  const resources: string[][] = [];
  let quote = "";
  for (const m of log.matchAll(LINE)) {
    const [line, address, event, id] = m;
    if (event!.startsWith("Destroying")) {
      started.add(address!);
      if (id) ids.set(address!, id);
    } else if (event === "Destruction complete" && resources.length < MAX_RESOURCES) {
      completed.add(address!);
      const found = ids.get(address!);
      resources.push(found ? [address!, found] : [address!]);
      quote ||= line.trim();
    }
  }
  // "Error: deleting EFS file system (fs-09ab77c1): FileSystemInUse …": what started and never completed failed.
  const errors = [...log.matchAll(ERROR_LINE)].map((m) => m[0].trim());
  const failed = errors.length === 0 ? [] : [...started].filter((a) => !completed.has(a)).slice(0, MAX_RESOURCES).map((address) => {
    const id = ids.get(address);
    return { names: id ? [address, id] : [address], quote: errors.find((e) => id !== undefined && e.includes(id)) ?? errors[0]! };
  });
  const total = TOTALS.exec(log);
  const onlyDestroyed = total !== null && (total[1] ?? "0") === "0" && (total[2] ?? "0") === "0" && Number(total[3]) > 0;
  return { resources, failed, onlyDestroyed, quote: onlyDestroyed ? total![0].trim() : quote };
}
const ERROR_LINE = /^[ \t│]*Error: [^\n]{1,300}/gm;

const MAX_RESOURCES = 256;
/** `module.x.aws_y.z["k"]: Destroying... [id=abc]`, `…: Destruction complete after 1s`. */
const LINE = /^[ \t]*((?:module\.[\w-]+(?:\[[^\]\n]*\])?\.)*(?:data\.)?[\w-]+\.[\w-]+(?:\[[^\]\n]*\])?): (Destroying\.\.\.|Destruction complete)(?: \[id=([^\],\n]+)\])?/gm;
/** "Apply complete! Resources: 0 added, 0 changed, 3 destroyed." / "Destroy complete! Resources: 3 destroyed." */
const TOTALS = /(?:Apply|Destroy) complete! Resources: (?:(\d+) added, (\d+) changed, )?(\d+) destroyed\./;
