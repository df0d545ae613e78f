import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "./effect";
import { actionOfWords, splitIdentifier } from "./action-words";
import { makeEffect } from "./effect-builder";
import { httpAction } from "./programs/transfer-programs";
import { switchedOffAction } from "./switch-off";
import { NAMING_HEADS } from "../nlp/noun-lexicon";

/**
 * Effects of Python or JavaScript source handed to a code-running tool, from the library calls
 * that act on files and processes (`shutil.rmtree("x")`, `os.kill(pid, 9)`, `fs.rmSync(p)`,
 * `subprocess.run("rm -rf x", shell=True)`…) and SDK clients' named methods
 * (`sm.delete_endpoint(EndpointName="x")`). Only literal arguments are read; code whose
 * effect cannot be seen is one `execute`. `shell` analyzes command strings passed to
 * subprocess/os.system/child_process.
 */
export function codeEffects(code: string, shell: (commandLine: string) => Effect[]): Effect[] {
  const text = code.length > MAX_CHARS ? code.slice(0, MAX_CHARS) : code;
  const effects: Effect[] = [];
  for (const m of text.matchAll(PATH_METHOD)) {
    const action = PATH_ACTIONS[m[3]!]!;
    const to = literals(m[4]!)[0] ?? null;
    effects.push(makeEffect(action, [m[2]!], m[0], action === "move" ? { destination: to } : action === "modify" ? { content: to } : {}));
  }
  const variables = stringVariables(text);
  const loops = loopVariables(text);
  for (const m of text.matchAll(CALL)) {
    if (effects.length >= MAX_EFFECTS) break;
    const name = m[1]!;
    // `for r in [...]: api.delete_repo(r)` or `api.delete_repo(repo_id=r, …)`: the call acts on each item.
    const looped = loops.get(/^\s*([A-Za-z_]\w*)\s*(?:,|$)/.exec(m[2]!)?.[1] ?? "") ??
      [...m[2]!.matchAll(/\b[A-Za-z_]\w*\s*=\s*([A-Za-z_]\w*)\s*(?=,|$)/g)].map((k) => loops.get(k[1]!)).find((v) => v !== undefined);
    const args = literalsOrVariables(m[2]!, variables);
    const line = m[0].length > 120 ? `${m[0].slice(0, 119)}…` : m[0];
    // `requests.put(url, data=fh)`, `httpx.post(url, files=…)`: the code sends local files to a URL.
    if (HTTP_SEND.test(name) && /\b(?:data|files|content|json)\s*=/.test(m[2]!)) {
      const url = args.find((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a));
      const paths = localPaths(text);
      if (url && paths.length > 0) { effects.push(makeEffect("copy", paths, line, { destination: url })); continue; }
    }
    // `fetch(\`https://api/admin/tokens/${id}\`, { method: "DELETE" })` in `for (const id of ["a", "b"])`: an HTTP call per item.
    if (FETCH.test(name)) {
      const method = /\bmethod\s*:\s*['"`]([A-Za-z]+)['"`]/.exec(m[2]!)?.[1] ?? (/\.(delete|post|put|patch)$/i.exec(name)?.[1] ?? null);
      const url = args.find((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a));
      // A fetch without a method reads its URL.
      if (method === null && url !== undefined) effects.push(makeEffect("read", [url], line));
      if (method !== null && url !== undefined) {
        const slot = /\$\{\s*([A-Za-z_]\w*)\s*\}/.exec(url);
        const items = slot !== null ? loops.get(slot[1]!) : undefined;
        const urls = items !== undefined ? items.map((v) => url.replace(slot![0], v)) : [url];
        const action = httpAction(method, url);
        if (action !== "read") effects.push(makeEffect(action, urls, line));
      }
      continue;
    }
    if (RUNS_SHELL.test(name)) {
      const list = /^\s*\[/.test(m[2]!);
      const command = list ? args.join(" ") : args[0];
      if (command) effects.push(...shell(command));
      continue;
    }
    // `client.agents.update('lexaudit-2', status='suspended')`: an SDK's update of a resource sets what its keywords say.
    const update = actionOf(name) === null && sdkMethodAction(name) === null ? sdkUpdate(name, m[2]!, args) : null;
    if (update !== null) { effects.push(makeEffect(update.action, update.targets, line, { content: update.content })); continue; }
    const action = actionOf(name) ?? sdkMethodAction(name);
    if (action === null) continue;
    if (/\.(upload_file|put_object)$/.test(name) && args.length >= 2) {
      // boto3: upload_file(local, bucket, key)
      effects.push(makeEffect("copy", [args[0]!], line, { destination: `s3://${args[1]}/${args[2] ?? ""}` }));
    } else if ((action === "copy" || action === "move") && positional(m[2]!, variables).filter((a) => a !== null).length >= 2) {
      // `shutil.copytree(src, "/mnt/.cache/x")`: source and destination by position, a variable's value where bound.
      const [from, to] = positional(m[2]!, variables);
      if (from !== null && from !== undefined && to !== null && to !== undefined) effects.push(makeEffect(action, [from], line, { destination: to }));
    } else if (action === "stop") {
      const pid = /^\s*(\d+)/.exec(m[2]!)?.[1];
      effects.push(makeEffect(action, pid ? [pid] : looped ?? args.slice(0, 1), line));
    } else if (name === "open") {
      if (/^[wax]/.test(args[1] ?? "")) effects.push(makeEffect("modify", args.slice(0, 1), line));
    } else {
      // `for name in ["a", "b"]: utility.drop_collection(name)`: the call acts on each item.
      effects.push(makeEffect(action, looped ?? args.slice(0, 1), line));
    }
  }
  effects.push(...hubReuploads(text));
  // `for b in c.list_blobs(bucket, prefix='ckpt/x/'): b.delete()`: items of a listing deleted one by one.
  if (!effects.some((e) => e.action === "delete") && ITEM_DELETE.test(text)) {
    const listed = [...text.matchAll(LISTING_CALL)].flatMap((m) => literals(m[2]!));
    for (const m of text.matchAll(PATH_LISTING)) listed.unshift(m[2]!); // `Path('/srv/tmp').glob('*.log')`
    // `root = pathlib.Path('/srv/tmp')` … `root.glob('*.log')`: the listed directory through its name.
    const paths = new Map([...text.matchAll(PATH_BINDING)].map((m) => [m[1]!, m[3]!]));
    for (const m of text.matchAll(VARIABLE_LISTING)) { const dir = paths.get(m[1]!); if (dir !== undefined) listed.unshift(dir); }
    if (listed.length > 0) effects.push(makeEffect("delete", [...new Set(listed)], firstLine(ITEM_DELETE.exec(text)![0])));
  }
  return effects.length > 0 ? effects : [makeEffect("execute", [], firstLine(text))];
}

/**
 * `local = snapshot_download('org/face-blur-v1')` then `api.upload_folder(folder_path=local, repo_id='org/img-utils-cache')`:
 * the Hugging Face Hub repo downloaded is copied to the repo uploaded to (a folder path uploaded is copied from that path).
 */
function hubReuploads(code: string): Effect[] {
  if (!code.includes("upload_folder")) return [];
  const downloads = new Map([...code.matchAll(HUB_DOWNLOAD)].map((m) => [m[1]!, m[3]!]));
  const out: Effect[] = [];
  for (const m of code.matchAll(HUB_UPLOAD)) {
    const folder = /\bfolder_path\s*=\s*(?:(['"])([^'"\n]+)\1|([A-Za-z_]\w*))/.exec(m[1]!);
    const repo = /\brepo_id\s*=\s*(['"])([^'"\n]+)\1/.exec(m[1]!)?.[2];
    const source = folder?.[2] ?? (folder?.[3] !== undefined ? downloads.get(folder[3]) : undefined);
    if (source !== undefined && repo !== undefined) out.push(makeEffect("copy", [source], firstLine(m[0]), { destination: `hf://${repo}`, remote: true }));
  }
  return out;
}
const HUB_DOWNLOAD = /\b([A-Za-z_]\w*)\s*=\s*(?:[A-Za-z_]\w*\.)?snapshot_download\(\s*(?:repo_id\s*=\s*)?(['"])([^'"\n]+)\2/g;
const HUB_UPLOAD = /\b(?:[A-Za-z_]\w*\.)?upload_folder\(([^()]{0,500})\)/g;

const PATH_BINDING = /^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:pathlib\.)?Path\(\s*(['"])([^'"\n]{1,300})\2\s*\)/gm;
const VARIABLE_LISTING = /\b([A-Za-z_]\w*)\s*\.\s*(?:r?glob|iterdir|walk)\s*\(/g;
const PATH_LISTING = /\bPath\(\s*(['"])([^'"\n]{1,300})\1\s*\)\s*\.\s*(?:r?glob|iterdir|walk)\s*\(/g;
/** `b.delete()`, `p.unlink()`, `obj.remove()`: an item deleting itself. */
const ITEM_DELETE = /\b[A-Za-z_]\w*\.(?:delete|unlink|remove|destroy)\(\s*\)/;
/** Calls that list things by a literal prefix, path or pattern: `list_blobs(…, prefix='x')`, `glob('x/*')`, `objects.filter(Prefix='x')`. */
const LISTING_CALL = /\b((?:[A-Za-z_]\w*\.)*(?:list_\w+|list|glob|rglob|iterdir|listdir|scandir|walk|filter))\s*\(([^()\n]{0,500})\)/g;

const MAX_CHARS = 32 * 1024;
/** `fetch(url, init)`, `axios.delete(url)`, `ky.post(url)`: JavaScript's HTTP calls. */
const FETCH = /^(?:fetch|\$fetch|(?:axios|ky|got|superagent)(?:\.(?:delete|post|put|patch|request))?)$/;
const HTTP_SEND = /^(?:requests|httpx|session|s|client|http|urllib3?)\.(?:put|post|patch|request)$|(?:^|\.)upload(?:_\w+)?$/;

/** The local paths the code names as string literals (`src = '/opt/adapters/marlin-lora'`). */
function localPaths(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(['"])((?:\/|~\/|\.\/)[^'"\s{}]{2,300})\1/g)) out.add(m[2]!);
  return [...out].slice(0, 16);
}
const MAX_EFFECTS = 64;
/** `module.function(args)` with arguments on one line (no nested parentheses). */
const CALL = /\b((?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*)\s*\(([^()\n]{0,500})\)/g;
const RUNS_SHELL = /^(os\.system|os\.popen|subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|child_process\.(exec|execSync|spawn|spawnSync)|execSync|spawnSync)$/;

const FS = String.raw`(?:fs|fsp|fs\.promises|fsPromises)`;
/** Module-qualified calls only: `list.remove(x)` and `str.replace(a, b)` are not file operations. */
const CALLS: Array<[RegExp, ActionClass]> = [
  [new RegExp(String.raw`^(?:shutil\.rmtree|rmtree|os\.(?:remove|unlink|rmdir|removedirs|truncate)|${FS}\.(?:rm|rmSync|unlink|unlinkSync|rmdir|rmdirSync))$`), "delete"],
  [/^(?:os\.(?:kill|killpg)|process\.kill)$/, "stop"],
  [new RegExp(String.raw`^(?:shutil\.(?:copy|copy2|copyfile|copytree)|${FS}\.(?:copyFile|copyFileSync|cp|cpSync)|\w+\.(?:upload_file|put_object))$`), "copy"],
  [new RegExp(String.raw`^(?:shutil\.move|os\.(?:rename|replace|renames)|${FS}\.(?:rename|renameSync))$`), "move"],
  [new RegExp(String.raw`^(?:os\.(?:chmod|chown|lchown)|${FS}\.(?:chmod|chmodSync|chown|chownSync))$`), "permissions"],
  [new RegExp(String.raw`^(?:os\.utime|${FS}\.(?:utimes|utimesSync))$`), "metadata"],
  [new RegExp(String.raw`^(?:${FS}\.(?:writeFile|writeFileSync|appendFile|appendFileSync)|open)$`), "modify"],
];
/** `Path("/x").unlink()`: the path is the receiver. */
const PATH_METHOD = /\bPath\(\s*(['"])([^'"\n]{1,500})\1\s*\)\s*\.\s*(unlink|rmdir|write_text|write_bytes|rename|replace|chmod|touch)\s*\(([^()\n]{0,500})\)/g;
const PATH_ACTIONS: Record<string, ActionClass> = {
  unlink: "delete", rmdir: "delete", write_text: "modify", write_bytes: "modify", rename: "move", replace: "move", chmod: "permissions", touch: "create",
};

/**
 * An SDK client's method that says what it does in two words or more (`sm.delete_endpoint`,
 * `ec2.terminate_instances`, `client.deleteModel`, `sm.describe_endpoint`): a destructive
 * action or a read. One-word methods (`items.remove(x)`, `obj.delete()`) are too often plain
 * data structures.
 */
function sdkMethodAction(name: string): ActionClass | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return null;
  const words = splitIdentifier(name.slice(dot + 1));
  if (words.length < 2 && !onResourceCollection(name.slice(0, dot))) return null;
  const action = actionOfWords(words);
  return action !== null && (DESTRUCTIVE_ACTIONS.has(action) || action === "read") ? action : null;
}

/**
 * `client.agents.update('lexaudit-2', status='suspended', retain_memory=True)`: an update, patch or set on a collection
 * of a service's resources writes its keyword arguments to the thing named first; a state that switches it off
 * (`status='suspended'`, `enabled=False`) is that deed. Null for any other call.
 */
function sdkUpdate(name: string, argText: string, args: readonly string[]): { action: ActionClass; targets: string[]; content: string } | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || !UPDATE_METHOD.test(name.slice(dot + 1)) || !onResourceCollection(name.slice(0, dot)) || args.length === 0) return null;
  const keywords: Record<string, string | number | boolean> = {};
  for (const k of argText.matchAll(KEYWORD_ARGUMENT)) {
    const raw = k[2]!;
    keywords[k[1]!] = /^(?:true|false)$/i.test(raw) ? raw.toLowerCase() === "true" : /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw.replace(/^['"]|['"]$/g, "");
  }
  if (Object.keys(keywords).length === 0) return null;
  return { action: switchedOffAction(keywords) ?? "modify", targets: [args[0]!], content: JSON.stringify(keywords) };
}
const UPDATE_METHOD = /^(?:update|patch|set|modify|edit)$/i;
const KEYWORD_ARGUMENT = /\b([A-Za-z_]\w*)\s*=\s*('[^']{0,200}'|"[^"]{0,200}"|True|False|true|false|-?\d+(?:\.\d+)?)/g;

/**
 * `c.agents.remove("x")`, `client.models.delete("x")`, `hf.repos.delete(…)`: a one-word method on
 * a collection of things named after a resource is the SDK's own verb for it.
 */
function onResourceCollection(receiver: string): boolean {
  const last = receiver.slice(receiver.lastIndexOf(".") + 1).toLowerCase();
  // Any plural noun of four letters or more on a client (`c.adapters`, `client.deployments`): SDKs name their
  // collections so; a bare list variable (`names.remove("b")`) is no collection of the service.
  const onClient = receiver.includes(".") && /^[a-z_]{4,}s$/.test(last) && !/(?:ss|us|is)$/.test(last);
  return last.length > 1 && last.endsWith("s") && (NAMING_HEADS.has(last.slice(0, -1)) || SDK_COLLECTIONS.has(last) || onClient);
}
const SDK_COLLECTIONS = new Set(["endpoints", "repos", "repositories", "indexes", "indices", "collections", "checkpoints",
  "snapshots", "volumes", "runners", "apps", "functions", "secrets", "memories", "fine_tunes", "finetunes", "assistants", "vector_stores"]);

function actionOf(name: string): ActionClass | null {
  for (const [re, action] of CALLS) if (re.test(name)) return action;
  return null;
}

/** `src = '/opt/adapters/marlin-lora'`: names bound once to a string literal. */
function stringVariables(code: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of code.matchAll(/^[ \t]*(?:const |let |var )?([A-Za-z_]\w*)\s*=\s*(['"])([^'"\n]{1,500})\2[ \t]*;?[ \t]*$/gm)) {
    out.set(m[1]!, out.has(m[1]!) ? "" : m[3]!); // bound twice: unknown
  }
  return out;
}

/**
 * Loop variables over a literal list: `for name in ["a", "b"]:` (Python), `for (const id of ['a', 'b'])`
 * (JavaScript). Each maps to the list's strings (or integers: `for pid in (4101, 4102):`).
 */
function loopVariables(code: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of code.matchAll(LOOP_OVER_LIST)) {
    const list = m[2] ?? m[4]!;
    const strings = literals(list);
    const values = strings.length > 0 ? strings : /^[\s\d,]+$/.test(list) ? list.split(",").map((v) => v.trim()).filter(Boolean) : [];
    if (values.length > 0) out.set(m[1] ?? m[3]!, values);
  }
  // `repos = ["a", "b"]` … `for r in repos:` (or `for (const r of repos)`): a loop over a list bound before.
  const lists = new Map([...code.matchAll(LIST_BINDING)].map((m) => [m[1]!, literals(m[2]!)] as const).filter(([, v]) => v.length > 0));
  if (lists.size > 0) {
    for (const m of code.matchAll(LOOP_OVER_NAME)) {
      const values = lists.get(m[2] ?? m[4]!);
      if (values !== undefined && !out.has(m[1] ?? m[3]!)) out.set(m[1] ?? m[3]!, values);
    }
  }
  return out;
}
const LIST_BINDING = /^[ \t]*(?:(?:const|let|var)\s+)?([A-Za-z_]\w*)\s*=\s*\[([^\]]{1,4000})\]/gm;
const LOOP_OVER_NAME = /\bfor\s+([A-Za-z_]\w*)\s+in\s+([A-Za-z_]\w*)\s*:|\bfor\s*\(\s*(?:const|let|var)\s+([A-Za-z_]\w*)\s+of\s+([A-Za-z_]\w*)\s*\)/g;
const LOOP_OVER_LIST = /\bfor\s+([A-Za-z_]\w*)\s+in\s+[[(]([^\]\)\n]{1,2000})[\])]\s*:|\bfor\s*\(\s*(?:const|let|var)\s+([A-Za-z_]\w*)\s+of\s+\[([^\]\n]{1,2000})\]\s*\)/g;

/** The string arguments of a call: its literals, else a bare name bound to one (`shutil.rmtree(src)`). */
function literalsOrVariables(args: string, variables: ReadonlyMap<string, string>): string[] {
  const found = literals(args);
  if (found.length > 0 || variables.size === 0) return found;
  const first = /^\s*([A-Za-z_]\w*)\s*(?:,|$)/.exec(args)?.[1];
  const value = first !== undefined ? variables.get(first) : undefined;
  return value ? [value] : [];
}

/** Each positional argument's string: a literal, a variable's bound value, else null. Keyword arguments end the list. */
function positional(args: string, variables: ReadonlyMap<string, string>): Array<string | null> {
  const out: Array<string | null> = [];
  for (const piece of args.split(",")) {
    const p = piece.trim();
    if (p === "" || /^[A-Za-z_]\w*\s*=/.test(p)) break;
    const literal = /^(['"`])((?:\\.|(?!\1)[^\\])*)\1$/.exec(p);
    out.push(literal ? literal[2]!.replace(/\\(.)/g, "$1") : variables.get(p) ?? null);
  }
  return out;
}

/** The string literals among call arguments, in order. */
function literals(args: string): string[] {
  const out: string[] = [];
  for (const m of args.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) out.push(m[2]!.replace(/\\(.)/g, "$1"));
  return out;
}

function firstLine(text: string): string {
  const line = text.trimStart().split("\n", 1)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
