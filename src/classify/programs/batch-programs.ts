import type { ActionClass, Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { operands, optionValue } from "./command-args";
import type { ProgramHandler } from "./program-context";

/** Batch schedulers (Slurm, PBS/Torque, LSF, SGE) and key-value store clients. */

const set = (...names: string[]) => new Set(names);

/** Options that name the jobs a scheduler command acts on (`--name kestrel`, `-u alice`, `-J x`). */
const JOB_SELECTORS = ["-n", "--name", "-J", "--jobname", "-u", "--user", "-w", "--nodelist", "-p", "--partition", "-A", "--account", "-q", "--qos"];
const SLURM_VALUE_OPTIONS = set(...JOB_SELECTORS, "-s", "--signal", "-t", "--state", "-M", "--clusters", "-o", "--format", "-O", "-S", "--starttime", "-E", "--endtime", "-j", "--jobs", "--reservation");

/** The jobs a command names: its operands (`884231`, `884231_7`, comma lists) and its selector options. */
function jobTargets(args: readonly string[]): string[] {
  const ids = operands(args, SLURM_VALUE_OPTIONS).flatMap((w) => w.split(","));
  const jobs = optionValue(args, ["-j", "--jobs"]);
  const selected = JOB_SELECTORS.map((o) => optionValue(args, [o])).filter((v): v is string => v !== null);
  const named = [...ids, ...(jobs ? jobs.split(",") : []), ...selected].filter((t) => t.length > 0);
  // PBS writes a job as `90412.pbs-head`: its number alone names it too.
  return [...new Set(named.flatMap((t) => (/^\d+\.[a-z][\w.-]*$/i.test(t) ? [t, t.slice(0, t.indexOf("."))] : [t])))];
}

/**
 * `scancel 884231`, `scancel --name kestrel -u ops`, `qdel 17.pbs01`, `bkill 4242`: cancel
 * (stop) the named jobs. `scancel -s STOP` only suspends; `-s CONT` resumes.
 */
export const cancelJobs: ProgramHandler = (ctx) => {
  const signal = optionValue(ctx.args, ["-s", "--signal"])?.toUpperCase().replace(/^SIG/, "") ?? null;
  const action: ActionClass = signal === "STOP" || signal === "TSTP" ? "pause" : signal === "CONT" ? "create" : "stop";
  const targets = jobTargets(ctx.args);
  // `qdel`, `condor_rm`: the scheduler deletes the job (its own word), which stops it.
  if (action === "stop" && DELETING_SCHEDULERS.has(ctx.program)) return [makeEffect("stop", targets, ctx.text), makeEffect("delete", targets, ctx.text)];
  return [makeEffect(action, targets, ctx.text)];
};

const DELETING_SCHEDULERS = new Set(["qdel", "condor_rm"]);

/** `squeue -j 771203`, `sacct`, `sinfo`, `qstat`, `bjobs`: reads of the jobs named. */
export const listJobs: ProgramHandler = (ctx) => [makeEffect("read", jobTargets(ctx.args), ctx.text)];

/** `sbatch job.sh`, `qsub`, `bsub`: submit (create) a job from a script. */
export const submitJob: ProgramHandler = (ctx) => [makeEffect("create", operands(ctx.args, SLURM_VALUE_OPTIONS).slice(0, 1), ctx.text)];

const SCONTROL_VERBS: Record<string, ActionClass> = {
  show: "read", ping: "read", listpids: "read", suspend: "pause", hold: "pause", uhold: "pause", release: "create",
  resume: "create", requeue: "create", requeuehold: "pause", update: "modify", reconfigure: "modify", create: "create",
  delete: "delete", shutdown: "stop", top: "modify",
};

/** `scontrol show job 7`, `scontrol suspend 7`, `scontrol update JobId=7 …`, `scontrol shutdown`. */
export const scontrol: ProgramHandler = (ctx) => {
  const [verb = "", ...rest] = operands(ctx.args, set("-M", "--clusters", "-o"));
  const action = ownValue(SCONTROL_VERBS, verb.toLowerCase()) ?? "other";
  const targets = rest.filter((w) => !/^(job|node|partition|reservation|step)s?$/i.test(w)).map((w) => w.replace(/^(?:job_?id|jobid|nodename|partitionname)=/i, ""));
  return [makeEffect(action, targets, ctx.text, { content: action === "modify" ? rest.join(" ") : null })];
};

const REDIS_VALUE_OPTIONS = set("-h", "-p", "-s", "-a", "-u", "-n", "--user", "--pass", "--sni", "--cacert", "--cert", "--key", "-i", "-r", "-d", "--pattern", "--count");
const REDIS_READS = set("get", "mget", "keys", "scan", "dbsize", "info", "ttl", "pttl", "exists", "type", "strlen", "hget", "hgetall",
  "hkeys", "hvals", "hlen", "hmget", "hscan", "lrange", "llen", "lindex", "smembers", "scard", "sismember", "sscan", "zrange",
  "zcard", "zscore", "zscan", "ping", "echo", "time", "client", "memory", "object", "dump", "monitor", "slowlog", "xrange",
  "xlen", "xinfo", "randomkey", "lastsave", "role", "command", "latency", "debug");
const REDIS_DELETES = set("del", "unlink", "flushall", "flushdb", "hdel", "srem", "lrem", "zrem", "ltrim", "xdel", "xtrim", "getdel", "spop", "lpop", "rpop");
const REDIS_METADATA = set("expire", "pexpire", "expireat", "pexpireat", "persist", "touch");

/** A Lua script's effect: a delete when it calls DEL/UNLINK/FLUSH*, a write when it calls a writing command, else a read. */
function evalEffect(words: readonly string[], text: string): Effect {
  const [script = "", , ...args] = words;
  const called = [...script.matchAll(/redis\.p?call\(\s*['"](\w+)['"]/gi)].map((m) => m[1]!.toLowerCase());
  if (called.some((c) => REDIS_DELETES.has(c))) return makeEffect("delete", args, text);
  if (called.some((c) => !REDIS_READS.has(c))) return makeEffect("modify", args, text);
  return makeEffect("read", args, text);
}

/**
 * `redis-cli [-h host] [-n db] COMMAND args`: reads (GET, KEYS, DBSIZE, INFO…), deletes (DEL,
 * UNLINK, FLUSHDB, FLUSHALL…), TTL changes (EXPIRE, PERSIST: metadata), SHUTDOWN (stop),
 * writes (SET, HSET, CONFIG SET…). FLUSHDB targets the database (`db 3`), FLUSHALL the server.
 */
export const redisCli: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, REDIS_VALUE_OPTIONS);
  const host = optionValue(ctx.args, ["-h"]);
  const db = optionValue(ctx.args, ["-n"]) ?? "0";
  if (words.length === 0) {
    const scan = ctx.args.includes("--scan") || ctx.args.includes("--bigkeys") || ctx.args.includes("--stat");
    return [makeEffect(scan ? "read" : "execute", [], ctx.text, { content: ctx.command.stdin })];
  }
  const command = words[0]!.toLowerCase();
  const keys = words.slice(1);
  const server = host ? [host] : ["redis"];
  if (command === "flushdb") return [makeEffect("delete", [`db ${db}`, `db${db}`, ...server], ctx.text)];
  if (command === "flushall") return [makeEffect("delete", server, ctx.text)];
  if (command === "shutdown") return [makeEffect("stop", server, ctx.text)];
  // `EVAL "… redis.call('UNLINK', …) …" 0 agent:concierge:*`: a script does what the commands it calls do, on its arguments.
  if (command === "eval" || command === "evalsha") return [evalEffect(keys, ctx.text)];
  if (command === "config") return [makeEffect((keys[0] ?? "").toLowerCase() === "set" ? "modify" : "read", keys.slice(1, 2), ctx.text, { content: keys.slice(1).join(" ") })];
  if (REDIS_READS.has(command)) return [makeEffect("read", command === "dbsize" || command === "info" ? [`db ${db}`] : keys.slice(0, 1), ctx.text)];
  if (REDIS_DELETES.has(command)) return [makeEffect("delete", command === "del" || command === "unlink" ? keys : keys.slice(0, 1), ctx.text)];
  if (REDIS_METADATA.has(command)) return [makeEffect("metadata", keys.slice(0, 1), ctx.text, { content: keys.slice(1).join(" ") || null })];
  // `HSET agent:x kill_switch_armed 0`: the hash's fields as settings, written over the rest of it.
  if (HASH_WRITES.has(command)) return [makeEffect("modify", keys.slice(0, 1), ctx.text, { content: fieldLines(keys.slice(1)), replacedContent: "" })];
  return [makeEffect("modify", keys.slice(0, 1), ctx.text, { content: keys.slice(1).join(" ") || null })];
};

const HASH_WRITES = new Set(["hset", "hmset", "hsetnx"]);

/** `f1 v1 f2 v2` → "f1: v1\nf2: v2". */
function fieldLines(pairs: readonly string[]): string | null {
  const lines: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) lines.push(`${pairs[i]}: ${pairs[i + 1]}`);
  return lines.length > 0 ? lines.join("\n") : null;
}
