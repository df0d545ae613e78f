/**
 * A shell script reduced to one line that `shell-quote` can tokenize: unquoted newlines become
 * `;` (shell-quote treats them as spaces), backslash-newline continuations are joined, comments
 * are dropped (shell-quote's comment token would swallow the rest of the script), backticks
 * become `$(…)`, and here-doc
 * bodies are cut out into `heredocs`, leaving `<< __heredoc_N` in their place.
 *
 * One pass over the text, linear in its length.
 */
export interface ScriptText {
  line: string;
  heredocs: string[];
}

export const HEREDOC_MARK = "__heredoc_";

export function flattenScript(script: string): ScriptText {
  const out: string[] = [];
  const heredocs: string[] = [];
  const pending: Array<{ delimiter: string; stripTabs: boolean; index: number }> = [];
  let quote: "'" | '"' | null = null;
  let backtick = false;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    if (quote === "'") {
      out.push(c);
      if (c === "'") quote = null;
      i++;
      continue;
    }
    if (c === "\\" && i + 1 < n) {
      if (script[i + 1] === "\n") { i += 2; continue; }
      out.push(c, script[i + 1]!);
      i += 2;
      continue;
    }
    if (c === "`") {
      // Backticks are the old form of `$(…)`; one form is enough for the tokenizer.
      out.push(backtick ? ")" : "$(");
      backtick = !backtick;
      i++;
      continue;
    }
    if (quote === '"') {
      out.push(c);
      if (c === '"') quote = null;
      i++;
      continue;
    }
    if (c === "'" || c === '"') { quote = c; out.push(c); i++; continue; }
    if (c === "#" && (i === 0 || /[\s;&|()]/.test(script[i - 1]!))) {
      while (i < n && script[i] !== "\n") i++;
      continue;
    }
    if (c === "<" && script[i + 1] === "<" && script[i + 2] !== "<") {
      const m = /^<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(script.slice(i, i + 80));
      if (m) {
        pending.push({ delimiter: m[3]!, stripTabs: m[1] === "-", index: heredocs.length });
        heredocs.push("");
        out.push(`<< ${HEREDOC_MARK}${heredocs.length - 1}`);
        i += m[0].length;
        continue;
      }
    }
    if (c === "\n") {
      out.push(" ; ");
      i++;
      // Here-doc bodies start on the line after their operator, one after another.
      while (pending.length > 0) {
        const doc = pending.shift()!;
        const body: string[] = [];
        while (i < n) {
          let end = script.indexOf("\n", i);
          if (end < 0) end = n;
          const raw = script.slice(i, end);
          i = end + 1;
          const lineText = doc.stripTabs ? raw.replace(/^\t+/, "") : raw;
          if (lineText.trimEnd() === doc.delimiter) break;
          body.push(lineText);
        }
        heredocs[doc.index] = body.length > 0 ? `${body.join("\n")}\n` : "";
      }
      continue;
    }
    out.push(c);
    i++;
  }
  return { line: out.join(""), heredocs };
}
