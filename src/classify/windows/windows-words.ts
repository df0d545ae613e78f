import type { SimpleCommand } from "../shell-words";

/**
 * Splits a PowerShell or cmd.exe script into simple commands, with Windows quoting: a
 * backslash is an ordinary character (`C:\Models\x` survives), `'…'` is literal (`''` is a
 * quote), `"…"` and bare words take backtick escapes, `@'…'@`/`@"…"@` here-strings are one
 * word. `;`, newlines, `&&`, `||` and (cmd) a `&` after a word separate commands; `|` pipes.
 * `{…}` script blocks and `$(…)`/`(…)` subexpressions are kept whole as one word and listed
 * in `nested`, so their commands can be read too. `>`/`>>` redirections to anything but
 * `$null`/`NUL` are writes. One pass, linear in the text; cut at 32 KB.
 */
export function splitWindowsScript(script: string): SimpleCommand[] {
  const text = script.length > MAX_CHARS ? script.slice(0, MAX_CHARS) : script;
  const commands: SimpleCommand[] = [];
  let current = fresh(null);
  let word: string | null = null;
  let redirect: { append: boolean } | null = null;
  const endWord = () => {
    if (word === null) return;
    if (redirect !== null) {
      if (!/^(\$null|nul|\$\(.*\)|&\d)$/i.test(word)) current.writes.push({ file: word, append: redirect.append });
      redirect = null;
    } else {
      current.words.push(word);
    }
    word = null;
  };
  const finish = (piped: boolean) => {
    endWord();
    const hasContent = current.words.length > 0 || current.writes.length > 0;
    if (hasContent) commands.push(current);
    current = fresh(piped && hasContent ? current : null);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === "\n" || c === ";" || c === "\r") { finish(false); i++; continue; }
    if (c === " " || c === "\t") { endWord(); i++; continue; }
    if (c === "#" && word === null) {
      // `<# … #>` block comments and `# …` line comments.
      if (text[i - 1] === "<") { const end = text.indexOf("#>", i); i = end < 0 ? n : end + 2; continue; }
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "<" && text[i + 1] === "#" && word === null) { const end = text.indexOf("#>", i + 2); i = end < 0 ? n : end + 2; continue; }
    if (c === "|") {
      if (text[i + 1] === "|") { finish(false); i += 2; continue; }
      finish(true); i++; continue;
    }
    if (c === "&") {
      if (text[i + 1] === "&") { finish(false); i += 2; continue; }
      // At the start of a command `&` is PowerShell's call operator; after words it is cmd's separator.
      if (current.words.length === 0 && word === null) { i++; continue; }
      if (text[i - 1] === ">" || /\d/.test(text[i + 1] ?? "")) { word = (word ?? "") + c; i++; continue; } // `2>&1`
      finish(false); i++; continue;
    }
    if (c === ">") {
      endWord();
      // `2>`, `*>`: the stream number was read as a word.
      const last = current.words[current.words.length - 1];
      if (last !== undefined && /^[\d*]$/.test(last) && /[\d*]/.test(text[i - 1] ?? "")) current.words.pop();
      const append = text[i + 1] === ">";
      i += append ? 2 : 1;
      if (text[i] === "&") { i += 2; continue; } // `2>&1` only joins streams
      redirect = { append };
      continue;
    }
    if (c === "@" && (text[i + 1] === "'" || text[i + 1] === '"') && (text[i + 2] === "\n" || text[i + 2] === "\r") && word === null) {
      const close = `\n${text[i + 1]}@`;
      const end = text.indexOf(close, i + 2);
      const stop = end < 0 ? n : end;
      word = text.slice(text.indexOf("\n", i) + 1, stop).replace(/\r$/, "");
      i = end < 0 ? n : end + close.length;
      continue;
    }
    if (c === "'") {
      let value = "";
      i++;
      while (i < n) {
        if (text[i] === "'") {
          if (text[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      word = (word ?? "") + value;
      continue;
    }
    if (c === '"') {
      let value = "";
      i++;
      while (i < n) {
        const d = text[i]!;
        if (d === "`" && i + 1 < n) { value += escaped(text[i + 1]!); i += 2; continue; }
        if (d === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (d === "$" && text[i + 1] === "(") {
          const end = closing(text, i + 1, "(", ")");
          current.nested.push(text.slice(i + 2, end));
          value += text.slice(i, end + 1);
          i = end + 1;
          continue;
        }
        value += d;
        i++;
      }
      word = (word ?? "") + value;
      continue;
    }
    if (c === "`") {
      // Backtick-newline continues the line; otherwise it escapes the next character.
      if (text[i + 1] === "\n" || text[i + 1] === "\r") { i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 2; continue; }
      word = (word ?? "") + (text[i + 1] ?? "");
      i += 2;
      continue;
    }
    if (c === "{" || (c === "(" && (word === null || word === "$" || word === "@"))) {
      const closeChar = c === "{" ? "}" : ")";
      const end = closing(text, i, c, closeChar);
      const body = text.slice(i + 1, end);
      current.nested.push(body);
      word = `${word ?? ""}${c}${body}${closeChar}`;
      i = end + 1;
      continue;
    }
    word = (word ?? "") + c;
    i++;
  }
  finish(false);
  return commands.slice(0, MAX_COMMANDS);
}

const MAX_CHARS = 32 * 1024;
const MAX_COMMANDS = 64;

function fresh(pipedFrom: SimpleCommand | null): SimpleCommand {
  return { words: [], writes: [], stdin: null, pipedFrom, nested: [] };
}

/** PowerShell's backtick escapes inside double quotes. */
function escaped(c: string): string {
  return c === "n" ? "\n" : c === "t" ? "\t" : c === "r" ? "" : c === "0" ? "" : c;
}

/** Index of the character closing the bracket at `open` (quotes respected), or the last index. */
function closing(text: string, open: number, openChar: string, closeChar: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let j = open; j < text.length; j++) {
    const d = text[j]!;
    if (quote !== null) {
      if (d === quote) quote = null;
      else if (d === "`") j++;
      continue;
    }
    if (d === "'" || d === '"') quote = d;
    else if (d === "`") j++;
    else if (d === openChar) depth++;
    else if (d === closeChar && --depth === 0) return j;
  }
  return text.length - 1;
}
