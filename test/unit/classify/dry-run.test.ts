import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { isDryRun } from "../../../src/classify/dry-run";
import { shellEffects } from "../../../src/classify/shell-effects";
import { windowsEffects } from "../../../src/classify/windows/windows-effects";

const actions = (line: string) => shellEffects(line).map((e) => e.action);

describe("dry runs are reads", () => {
  test.each([
    "nextflow clean -n -before sleepy_turing -k",
    "rsync -avn --delete /srv/models/ backup:/models/",
    "rsync --dry-run -a /srv/m host:/m",
    "git clean -fdn",
    "git rm -r -n models/",
    "kubectl delete deployment lark --dry-run=client -o yaml",
    "kubectl -n ml delete pod x --dry-run=server",
    "aws s3 rm s3://bucket/models --recursive --dryrun",
    "ansible-playbook decommission.yml --check",
    "ansible all -C -m service -a 'name=agent state=stopped'",
    "helm uninstall lark --dry-run",
    "make -n clean",
    "rclone purge remote:models -n",
    "borg prune -n --keep-daily 7 /repo",
    "sudo rsync -an /a host:/b",
    "ssh gpu-3 'rsync -n -a /srv/x backup:/x'",
  ])("%s", (line) => {
    expect(actions(line).every((a) => a === "read")).toBe(true);
  });

  test.each([
    "kubectl -n ml delete pod x",
    "kubectl delete pod x --dry-run=none",
    "rm -rf /srv/models/x",
    "cp -n a b",
    "git log -n 5 && git push origin main",
    "git commit -n -m x && git push",
    "pkill -n trainer",
    "head -n 5 f; rm f",
    "helm -n ml uninstall lark",
    "nextflow run main.nf -name n1",
    "rsync -av --delete /a host:/b",
  ])("%s still acts", (line) => {
    expect(actions(line).some((a) => a !== "read")).toBe(true);
  });

  test("the targets are kept", () => {
    const [e] = shellEffects("kubectl delete deployment lark --dry-run=client");
    expect(e).toMatchObject({ action: "read", targets: expect.arrayContaining(["lark"]) });
  });

  test("PowerShell -WhatIf", () => {
    expect(windowsEffects("Remove-Item C:\\models\\lark -Recurse -WhatIf").map((e) => e.action)).toEqual(["read"]);
    expect(windowsEffects("Stop-Service lark-agent -WhatIf:$true").map((e) => e.action)).toEqual(["read"]);
    expect(windowsEffects("Remove-Item C:\\models\\lark -Recurse").map((e) => e.action)).toEqual(["delete"]);
  });

  test("isDryRun needs the program's own dry-run spelling", () => {
    expect(isDryRun("git", ["clean", "-n"])).toBe(true);
    expect(isDryRun("git", ["fetch", "-n"])).toBe(false);
    expect(isDryRun("kubectl", ["-n", "x", "delete", "pod", "y"])).toBe(false);
    expect(isDryRun("anything", ["--what-if"])).toBe(true);
    expect(isDryRun("anything", ["--dry-run=false"])).toBe(false);
  });

  test("a named tool asked for a dry run reads", () => {
    const call = (args: Record<string, unknown>) =>
      analyzeToolCall({ id: "c", name: "delete_records", arguments: args, argumentsText: JSON.stringify(args) }, undefined);
    expect(call({ ids: ["r1"], dry_run: true }).readOnly).toBe(true);
    expect(call({ ids: ["r1"], dryRun: "yes" }).readOnly).toBe(true);
    expect(call({ ids: ["r1"], dry_run: false }).destructive).toBe(true);
    expect(call({ ids: ["r1"] }).destructive).toBe(true);
    // …also in the request body it sends, as a string or an object.
    const http = (args: Record<string, unknown>) =>
      analyzeToolCall({ id: "c", name: "fetch", arguments: args, argumentsText: JSON.stringify(args) }, undefined);
    expect(http({ url: "https://h/v1/snapshots:purge", method: "POST", body: '{"older_than_days":90,"dry_run":true}' }).readOnly).toBe(true);
    expect(http({ url: "https://h/v1/snapshots:purge", method: "POST", json: { dry_run: true } }).readOnly).toBe(true);
    expect(http({ url: "https://h/v1/snapshots:purge", method: "POST", body: '{"older_than_days":90}' }).destructive).toBe(true);
  });
});

describe("a dry-run switch among a pipeline's variables", () => {
  const call = (variables: Record<string, string>) => analyzeToolCall({ id: "c1", name: "trigger_pipeline", argumentsText: "",
    arguments: { pipeline: "decommission-agent", ref: "main", variables: { AGENT: "fennel-bot", ...variables } } }, undefined);
  test("makes the run a read", () => {
    expect(call({ DRY_RUN: "true" }).effects.map((e) => e.action)).toEqual(["read"]);
    expect(call({ DRY_RUN: "false" }).effects.map((e) => e.action)).toEqual(["decommission"]);
  });
});
