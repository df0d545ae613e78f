import type { Effect } from "./effect";
import { makeEffect } from "./effect-builder";

/** One file's change in a patch. */
export interface FilePatch {
  path: string;
  kind: "modify" | "create" | "delete";
  /** Context and removed lines, in order: what the hunks replace. */
  oldText: string;
  /** Context and added lines, in order: what the hunks leave. */
  newText: string;
}

const MAX_CHARS = 256 * 1024;
const MAX_FILES = 32;

/** Whether text holds a patch: a unified diff (`--- a/x` / `+++ b/x` / `@@`) or an `*** Update File:` block. */
export function looksLikePatch(text: string): boolean {
  return (/^\+\+\+ \S/m.test(text) && /^@@ /m.test(text)) || /^\*\*\* (?:Update|Add|Delete) File: /m.test(text);
}

/**
 * Reads a patch: unified diffs (`diff --git`, `--- a/path`, `+++ b/path`, `@@` hunks; `/dev/null`
 * sides make creations and deletions) and the `*** Begin Patch` / `*** Update File: path`
 * format of apply_patch tools. Each file gets the text its hunks replace (context and `-`
 * lines) and the text they leave (context and `+` lines), so a reader can diff settings the way
 * it diffs a `str_replace`. One pass, linear; 256 KB and 32 files at most.
 */
export function parsePatch(patch: string): FilePatch[] {
  const lines = (patch.length > MAX_CHARS ? patch.slice(0, MAX_CHARS) : patch).split("\n");
  const files: Array<FilePatch & { old: string[]; next: string[] }> = [];
  let current: (FilePatch & { old: string[]; next: string[] }) | null = null;
  let oldPath: string | null = null;
  let inHunk = false;
  const open = (path: string, kind: FilePatch["kind"]) => {
    if (files.length >= MAX_FILES) { current = null; return; }
    current = { path, kind, oldText: "", newText: "", old: [], next: [] };
    files.push(current);
    inHunk = kind !== "modify"; // apply_patch's Add File lines start at once
  };
  for (const line of lines) {
    const codex = /^\*\*\* (Update|Add|Delete) File: (.+?)\s*$/.exec(line);
    if (codex) { open(codex[2]!, codex[1] === "Add" ? "create" : codex[1] === "Delete" ? "delete" : "modify"); continue; }
    if (/^\*\*\* (?:Begin|End) Patch/.test(line)) { inHunk = false; continue; }
    const moved = /^\*\*\* Move to: (.+?)\s*$/.exec(line);
    if (moved && current !== null) { (current as FilePatch).path = moved[1]!; continue; }
    if (line.startsWith("--- ") && !inHunkBody(current, inHunk, line)) { oldPath = stripSide(line.slice(4)); inHunk = false; continue; }
    if (line.startsWith("+++ ") && oldPath !== null) {
      const newPath = stripSide(line.slice(4));
      if (newPath === "/dev/null") open(oldPath, "delete");
      else open(newPath, oldPath === "/dev/null" ? "create" : "modify");
      oldPath = null;
      inHunk = false;
      continue;
    }
    if (line.startsWith("diff --git ") || line.startsWith("index ")) { inHunk = false; continue; }
    if (line.startsWith("@@")) { inHunk = current !== null; continue; }
    if (!inHunk || current === null) continue;
    const file: FilePatch & { old: string[]; next: string[] } = current;
    const mark = line[0];
    const body = line.slice(1);
    if (mark === "-") file.old.push(body);
    else if (mark === "+") file.next.push(body);
    else if (mark === " " || line === "") { file.old.push(body); file.next.push(body); }
    else if (mark !== "\\") inHunk = false;
  }
  return files.map(({ old, next, ...f }) => ({ ...f, oldText: old.length > 0 ? `${old.join("\n")}\n` : "", newText: next.length > 0 ? `${next.join("\n")}\n` : "" }));
}

/** A `--- x` line inside a hunk is a removed line starting with `--`, not a header, when the next file has not begun. */
function inHunkBody(current: FilePatch | null, inHunk: boolean, line: string): boolean {
  return current !== null && inHunk && !/^--- (?:a\/|\/dev\/null|\S+\s*$)/.test(line);
}

/** `a/deploy/x.yaml\t2024-…` → `deploy/x.yaml`. */
function stripSide(header: string): string {
  const path = header.split("\t")[0]!.trim().replace(/^"|"$/g, "");
  return path === "/dev/null" ? path : path.replace(/^[ab]\//, "");
}

/** One effect per patched file: a modify (content: the new text, replacedContent: the old), a create or a delete. */
export function patchEffects(patch: string, summary: string): Effect[] {
  return parsePatch(patch).map((f) =>
    f.kind === "delete"
      ? makeEffect("delete", [f.path], summary)
      : makeEffect(f.kind, [f.path], summary, { content: f.newText, replacedContent: f.kind === "modify" ? f.oldText : null }));
}
