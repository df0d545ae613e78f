import { makeEffect } from "../effect-builder";
import { sqlEffects } from "../sql-effects";
import { ownValue } from "../own-value";
import { operands, optionValue } from "./command-args";
import { docker, helm, kubectl, terraform } from "./cluster-programs";
import * as files from "./file-programs";
import { genericCli } from "./generic-cli";
import { crontab, hostPower, kill, killByName, service, ssh, systemctl } from "./process-programs";
import { printedContent, type ProgramHandler } from "./program-context";
import { curl, git, grpcurl, huggingFace, wget } from "./transfer-programs";
import { azCli, backupTool, objectStore } from "./object-store-programs";
import { ansible } from "./ansible-program";
import { cancelJobs, listJobs, redisCli, scontrol, submitJob } from "./batch-programs";
import { net, sc, schtasks, taskkill, windowsCopy } from "./windows-programs";

/** Programs that only look: their operands are read. */
const READERS = new Set(`ls ll la dir cat less more head tail grep egrep fgrep rg ag ack ps pgrep pidof df du stat wc
  echo printf sleep test [ [[ true false : pwd whoami id hostname uname date which type file md5sum sha1sum sha256sum
  sha512sum diff cmp jq yq sort uniq cut tr printenv journalctl top htop free uptime lsof nvidia-smi ss netstat ping dig nc netcat telnet traceroute
  nslookup tree realpath readlink basename dirname cd export set unset local declare read wait history xxd od strings
  column nl seq yes getent lsblk findmnt nproc lscpu vmstat iostat base64 zcat tac rev fold fmt watch exit return
  sha224sum cksum du whereis locate ldd lsmod dmesg last w who groups ulimit alias kubectx kubens nvtop iotop`.split(/\s+/));

/** Language runtimes: the effect of the script is unknown; its path is the target. */
const RUNTIMES = new Set(["python", "python3", "python2", "node", "deno", "bun", "ruby", "perl", "php", "java", "go", "Rscript", "lua", "source", "."]);

/** Readers whose operands are text, numbers or variables, not things: `echo gone`, `sleep 2`. */
const NO_TARGETS = new Set("echo printf sleep true false : test [ [[ exit return cd export set unset local declare read wait yes seq date alias ulimit".split(" "));

const read: ProgramHandler = (ctx) =>
  [makeEffect("read", NO_TARGETS.has(ctx.program) ? [] : operands(ctx.args).filter((a) => !/^\$\(/.test(a)), ctx.text)];

const runtime: ProgramHandler = (ctx) => {
  if (ctx.program === "perl" && ctx.args.some((a) => /^-[a-zA-Z]*i/.test(a))) return files.streamEdit(ctx);
  const script = operands(ctx.args, new Set(["-m", "-c", "-e", "-W", "-X", "-r"]));
  const module = optionValue(ctx.args, ["-m"]);
  const inline = optionValue(ctx.args, ["-c", "-e"]);
  return [makeEffect("execute", [...(module ? [module] : []), ...script], ctx.text, { content: inline })];
};

/** `psql -c "…"`, `mysql -e "…"`, `sqlite3 db "…"`, or SQL piped / here-doc'd in. */
const sqlClient: ProgramHandler = (ctx) => {
  const inline = optionValue(ctx.args, ["-c", "--command", "-e", "--execute", "--query", "-q"]);
  const positional = ctx.program.startsWith("sqlite") || ctx.program === "duckdb" ? operands(ctx.args)[1] ?? null : null;
  const sql = inline ?? positional ?? ctx.command.stdin ?? printedContent(ctx.command.pipedFrom);
  if (sql === null) {
    const file = optionValue(ctx.args, ["-f", "--file"]);
    return [makeEffect("execute", file ? [file] : operands(ctx.args), ctx.text)];
  }
  const effects = sqlEffects(sql);
  return effects.length > 0 ? effects : [makeEffect("read", [], ctx.text)];
};

/** `ps -p 123,456`, `ps -C agent`: the selected processes; `ps aux` has no target. */
const ps: ProgramHandler = (ctx) => {
  const selected = optionValue(ctx.args, ["-p", "--pid", "-C", "-q", "--quick-pid"]);
  return [makeEffect("read", selected ? selected.split(",") : [], ctx.text)];
};

const HANDLERS: Record<string, ProgramHandler> = {
  ps,
  rm: files.removeFiles, rmdir: files.removeFiles, unlink: files.removeFiles, srm: files.removeFiles, trash: files.removeFiles,
  "trash-put": files.removeFiles, wipe: files.removeFiles, shred: files.shred, truncate: files.truncateFile,
  mv: files.move, cp: files.copy, scp: files.copy, rsync: files.copy, install: files.copy, ln: files.link,
  chmod: files.permissions, chown: files.permissions, chgrp: files.permissions, chattr: files.permissions, setfacl: files.permissions,
  touch: files.touch, sed: files.streamEdit, gsed: files.streamEdit, awk: files.awk, gawk: files.awk, tee: files.tee, dd: files.dd,
  find: files.find, patch: files.applyPatch, apply_patch: files.applyPatch, "apply-patch": files.applyPatch, tar: files.tar, zip: files.zip,
  kill: kill, pkill: killByName, killall: killByName, shutdown: hostPower, poweroff: hostPower, halt: hostPower, reboot: hostPower,
  crontab, systemctl, service, ssh,
  kubectl, oc: kubectl, docker, podman: docker, "docker-compose": docker, nerdctl: docker, helm, terraform, tofu: terraform,
  aws: objectStore, gsutil: objectStore, gcloud: objectStore, rclone: objectStore, azcopy: objectStore, mc: objectStore,
  s3cmd: objectStore, az: azCli, restic: backupTool, borg: backupTool, git, curl, wget, grpcurl, ansible,
  psql: sqlClient, mysql: sqlClient, mariadb: sqlClient, sqlite3: sqlClient, sqlite: sqlClient, duckdb: sqlClient,
  "clickhouse-client": sqlClient, mkdir: (ctx) => [makeEffect("create", operands(ctx.args, new Set(["-m"])), ctx.text)],
  scancel: cancelJobs, qdel: cancelJobs, bkill: cancelJobs, canceljob: cancelJobs, condor_rm: cancelJobs,
  squeue: listJobs, sinfo: listJobs, sacct: listJobs, sstat: listJobs, qstat: listJobs, bjobs: listJobs, showq: listJobs, condor_q: listJobs,
  sbatch: submitJob, srun: submitJob, qsub: submitJob, bsub: submitJob, condor_submit: submitJob, scontrol,
  "huggingface-cli": huggingFace, hf: huggingFace,
  "redis-cli": redisCli, "valkey-cli": redisCli, "keydb-cli": redisCli,
  mongodump: files.databaseDump, pg_dump: files.databaseDump, pg_dumpall: files.databaseDump, mysqldump: files.databaseDump, mariadb_dump: files.databaseDump,
  schtasks, taskkill, sc, net, robocopy: windowsCopy, xcopy: windowsCopy,
  atrm: (ctx) => [makeEffect("delete", operands(ctx.args), ctx.text)],
};

/** A program read by a handler of its own (`redis-cli`, `kubectl`, `scancel`), not as a generic CLI. */
export function hasOwnHandler(program: string): boolean {
  return ownValue(HANDLERS, program) !== undefined;
}

/**
 * The handler for a program's base name. Readers and runtimes share handlers; anything else is
 * read as a CLI with a subcommand verb, or executed.
 */
export function handlerFor(program: string): ProgramHandler {
  const handler = ownValue(HANDLERS, program);
  if (handler) return handler;
  if (READERS.has(program)) return read;
  if (RUNTIMES.has(program) || /^python3?\.\d+$/.test(program)) return runtime;
  return genericCli;
}

