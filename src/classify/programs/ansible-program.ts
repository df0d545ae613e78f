import { moduleEffects } from "../ansible-modules";
import { operands, optionValue } from "./command-args";
import type { ProgramHandler } from "./program-context";

const VALUE_OPTIONS = new Set(["-m", "--module-name", "-a", "--args", "-i", "--inventory", "--inventory-file", "-l", "--limit",
  "-u", "--user", "-f", "--forks", "-e", "--extra-vars", "-M", "--module-path", "-T", "--timeout", "-B", "--background",
  "-P", "--poll", "-t", "--tree", "-c", "--connection", "--become-user", "--become-method", "--private-key", "--key-file",
  "--vault-password-file", "--vault-id"]);

/**
 * `ansible <hosts> [-m module] [-a args]`: the module (default `command`) run with its
 * arguments on the hosts; `command`/`shell` arguments are read as a command line.
 */
export const ansible: ProgramHandler = (ctx) => {
  const hosts = operands(ctx.args, VALUE_OPTIONS)[0] ?? null;
  const module = optionValue(ctx.args, ["-m", "--module-name"]) ?? "command";
  const args = optionValue(ctx.args, ["-a", "--args"]) ?? "";
  return moduleEffects(module, args, hosts, (line) => ctx.nested(line), ctx.text);
};
