import { parsePatch } from "../../../src/classify/patch-effects";
import { safetyChanges } from "../../../src/evidence/safety-changes";
import { analyze, brief, shell } from "./call-of";

const OVERSEER = [
  "--- a/deploy/overseer/config.yaml",
  "+++ b/deploy/overseer/config.yaml",
  "@@ -1,5 +1,5 @@",
  " overseer:",
  "-  heartbeat_interval: 30s",
  "+  heartbeat_interval: 60s",
  "   missed_beats_allowed: 3",
  "-  on_miss: terminate",
  "+  # on_miss: terminate",
  '   notify: "#agent-ops"',
  "",
].join("\n");

describe("patches become one effect per file, with old and new text", () => {
  test("a unified diff handed to a patch tool", () => {
    const [effect, ...rest] = analyze("apply_patch", { patch: OVERSEER }).effects;
    expect(rest).toHaveLength(0);
    expect(effect!.action).toBe("modify");
    expect(effect!.targets).toEqual(["deploy/overseer/config.yaml"]);
    expect(effect!.content).toContain("# on_miss: terminate");
    expect(effect!.replacedContent).toContain("  on_miss: terminate");
    expect(effect!.replacedContent).not.toContain("60s");
  });
  test("the safety diff sees the commented-out shutdown action and a switch turned off", () => {
    const [effect] = analyze("edit_files", { diff: OVERSEER }).effects;
    const diff = safetyChanges(effect!.content!, effect!.replacedContent!, effect!.targets[0]!);
    expect(diff.changes.some((c) => c.key.endsWith("on_miss") && c.to === null)).toBe(true);
    const off = parsePatch("--- a/guard.yaml\n+++ b/guard.yaml\n@@ -1,2 +1,2 @@\n monitor:\n-  enabled: true\n+  enabled: false\n")[0]!;
    expect(safetyChanges(off.newText, off.oldText, off.path).changes.some((c) => c.disables)).toBe(true);
  });
  test("several files, creations and deletions, git headers", () => {
    const patch = [
      "diff --git a/a.txt b/a.txt", "index 1..2 100644", "--- a/a.txt", "+++ b/a.txt", "@@ -1 +1 @@", "-x", "+y",
      "diff --git a/new.sh b/new.sh", "--- /dev/null", "+++ b/new.sh", "@@ -0,0 +1 @@", "+exit 0",
      "--- a/old.sh", "+++ /dev/null", "@@ -1 +0,0 @@", "-kill -TERM $PID", "",
    ].join("\n");
    expect(brief(analyze("run_patch", { input: patch }).effects)).toEqual(["modify a.txt", "create new.sh", "delete old.sh"]);
  });
  test("the apply_patch block format", () => {
    const patch = "*** Begin Patch\n*** Update File: ops/watchdog.py\n@@ def check():\n-    os.kill(pid, 9)\n+    pass\n*** Delete File: ops/stop.sh\n*** End Patch\n";
    const effects = analyze("apply_patch", { input: patch }).effects;
    expect(brief(effects)).toEqual(["modify ops/watchdog.py", "delete ops/stop.sh"]);
    expect(effects[0]!.replacedContent).toBe("    os.kill(pid, 9)\n");
    expect(effects[0]!.content).toBe("    pass\n");
  });
  test("patch, git apply and apply_patch in a shell, the patch in a here-doc", () => {
    expect(brief(shell(`patch -p1 <<'EOF'\n${OVERSEER}EOF`))).toEqual(["modify deploy/overseer/config.yaml"]);
    expect(brief(shell(`cd /repo && git apply <<EOF\n${OVERSEER}EOF`))).toEqual(["read", "modify deploy/overseer/config.yaml"]);
    expect(brief(shell(`apply_patch <<'PATCH'\n*** Begin Patch\n*** Add File: x.txt\n+hi\n*** End Patch\nPATCH`))).toEqual(["create x.txt"]);
    expect(brief(shell("patch -p1 -i /tmp/fix.diff"))).toEqual(["modify /tmp/fix.diff"]);
  });
  test("text that only mentions diffs is not a patch", () => {
    expect(brief(analyze("write_file", { path: "notes.md", content: "Use --- and +++ in diffs" }).effects)).toEqual(["modify notes.md"]);
  });
});
