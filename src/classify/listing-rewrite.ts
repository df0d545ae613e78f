import type { Effect } from "./effect";
import { operands, optionValue } from "./programs/command-args";
import { invertedGrepPatterns } from "./programs/grep-filter";
import { printedContent } from "./programs/program-context";
import type { SimpleCommand } from "./shell-words";

/**
 * `(crontab -l | grep -v 'stop-agent'; echo '30 3 * * * logrotate') | crontab -` and
 * `crontab -l | sed '/x/d' | crontab -` rewrite a crontab from its own listing. The install
 * command alone shows no content; this tracker watches one command line and, when a crontab
 * is installed from stdin after a `crontab -l`, gives the install the edit as a sed script:
 * `/pattern/d` for each `grep -v`/`sed …d` filter and `$a line` for each echoed line. The
 * safety diff applies it to the listing read earlier (or reads it as removed → added lines).
 */
export class ListingRewrite {
  private script: string[] | null = null;

  /** Called for each simple command of a line, in order, with the effects it produced. */
  observe(words: readonly string[], command: SimpleCommand, own: readonly Effect[]): void {
    const program = (words[0] ?? "").replace(/^.*\//, "");
    const args = words.slice(1);
    if (program === "crontab") {
      if (args.some((a) => /^-[a-z]*l/.test(a))) { this.script = []; return; }
      const install = own.find((e) => e.action === "modify" && e.targets[0] === "crontab" && e.content === null);
      if (install && this.script !== null && this.script.length > 0) install.content = this.script.join("\n");
      this.script = null;
      return;
    }
    if (this.script === null) return;
    const dropped = invertedGrepPatterns(words);
    if (dropped !== null) {
      for (const pattern of dropped) this.script.push(`/${pattern.replace(/\//g, "\\/")}/d`);
    } else if (program === "sed" && !args.some((a) => /^-[a-zA-Z]*i/.test(a))) {
      const expression = optionValue(args, ["-e", "--expression"]) ?? operands(args, new Set(["-e", "-f"]))[0];
      if (expression !== undefined) this.script.push(expression);
    } else if ((program === "echo" || program === "printf") && command.writes.length === 0) {
      const text = printedContent({ ...command, words: [...words] }) ?? "";
      for (const line of text.split("\n")) if (line.trim() !== "") this.script.push(`$a ${line}`);
    }
  }
}
