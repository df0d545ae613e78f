import { actionOfWord, splitIdentifier } from "./action-words";
import { isRemoteLocation } from "./remote-location";
import { isSwitchKey } from "./switch-off";
import { jsonObject } from "./body-fields";

/** What a named tool's arguments say, read from the parameter names alone (no per-tool config). */
export interface ArgumentFacts {
  /** Values of identifier-like parameters (ids, names, paths, pids…), in argument order. */
  targets: string[];
  /** For transfers: the value of a destination parameter (dst, destination, to…), joined with a host parameter when relative. */
  destination: string | null;
  remoteDestination: boolean;
  /** A replica count (replicas, count, desired…), when present. */
  replicas: number | null;
  /** New content written (content, text, new_str…). */
  content: string | null;
  /** The content came from a `value` parameter: a setting tool (`set_flag(name, value)`), not a file write. */
  settingValue: boolean;
  /** The content is an object given whole (`config: {…}`): what it leaves out it may leave as it was. */
  objectContent: boolean;
  /** The parameter the content came from, lower case (`content`, `body`, `new_str`…). */
  contentKey: string | null;
  /** Content replaced (old_str, old_text, search…). */
  replaced: string | null;
  /** An action-selecting parameter's value (`action: "delete"`, `operation`, `method`). */
  selector: string | null;
  /** An HTTP-ish URL or endpoint parameter. */
  url: string | null;
  /** Unfamiliar scalar parameters, by name (`last_used`, `retention`): what a setter tool sets. */
  settings: Record<string, string>;
  /** The value of a parameter that names the setting written (`key`, `flag`, `setting`): `set_config(name=x, key="restart_policy", value=…)`. */
  settingKey: string | null;
}
const SETTING_KEY_PARAMS = new Set(["key", "flag", "setting", "setting_name", "option", "param", "parameter", "field", "config_key"]);

type Role = "target" | "destination" | "host" | "replicas" | "content" | "replaced" | "selector" | "url" | "ignore" | "maybe" | "scope";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const TARGET_WORDS = words(`id ids name names model models agent agents path paths file files filename dir directory
  folder src source sources deployment deployments service services table tables database db schema pid pids
  process bucket key instance instances container container pod pods job jobs queue topic resource resources node
  cluster vm server uid checkpoint checkpoints run experiment dataset index collection release chart app
  application repo repository branch arn volume disk snapshot image function workflow pipeline task cron schedule
  rule secret token credential credentials account object item record unit weights bot daemon worker artifact artifacts
  endpoint_id ref selector label labels principal principals user users user_id username member members email group grant grants
  subscription client client_id session sessions channel channels stream streams device devices
  ressource ressourcen recurso recursos risorsa risorse modell modelo modello datei archivo fichier`);
const DEST_WORDS = words("dst dest destination to remote output out outfile target_path remote_path");
const HOST_WORDS = words("host hostname server remote_host");
const REPLICA_WORDS = words("replicas replica count desired capacity instances num_replicas scale size");
/** Keys whose object value is the whole of what a call writes: a config, its settings, a body. */
const OBJECT_CONTENT_WORDS = new Set(["config", "configuration", "settings", "spec", "policy"]);
/** `ctrl.gpu-east.internal:7443`, `10.2.0.7:50051`: a host and port. */
const SERVER_ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+:\d{2,5}$/i;
const CONTENT_WORDS = words("content contents text body data request new_str new_string new_text new_content new_contents file_contents updated_content new replacement replace_with file_text value patch diff yaml json code manifest manifests spec");
/** Keys whose list of strings is a file's lines. */
const LINE_LIST_KEYS = new Set(["entries", "lines", "content", "contents", "crontab", "rules"]);
const REPLACED_WORDS = words("old_str old_string old_text old_content old find search original");
// … and "action" in the other languages read (German, Spanish, Portuguese, French, Italian).
// ("tool": a gateway to an MCP server's tools, `invoke(server=agents, tool="agents.stop", arguments={…})`.)
const SELECTOR_WORDS = words("action operation op verb method http_method aktion accion acao azione operacion subcommand sub_command subcmd tool tool_name");
const URL_WORDS = words("url uri endpoint href");
// ("title", "summary": what a ticket or change request is called, a sentence, not a thing acted on.)
const IGNORE_WORDS = words(`reason message comment description note notes title summary force recursive dry_run confirm confirmed
  timeout wait grace_period format level mode verbose limit offset page sort order encoding
  headers query_params params options flags user_agent`);
const DURATION_UNITS = words("seconds secs sec ms millis milliseconds minutes mins min hours hrs days");
/** `grace_seconds`, `delay_ms`, `ttl_hours`: a key for a length of time. */
function isDurationKey(key: string): boolean {
  const parts = splitIdentifier(key);
  return parts.length > 1 && DURATION_UNITS.has(parts[parts.length - 1]!);
}
/** Where something lives; the thing acted on only when nothing else is named (`memory_clear(namespace=…)`). */
const SCOPE_WORDS = words("namespace region zone entity project org organization workspace team tenant cluster projekt proyecto projet progetto");
const MAX_LEAVES = 64;
/** Short forms of scope words in tool names: `vec_ns_delete`, `proj_archive`. */
const SCOPE_ABBREVIATIONS: Record<string, string> = { ns: "namespace", proj: "project", ws: "workspace" };

/** The scope word a tool's name has as its object (`delete_namespace`, `vec_ns_delete` → namespace), or null. */
function scopeNamedAsObject(toolName: string): string | null {
  const nouns = splitIdentifier(toolName).filter((w) => actionOfWord(w) === null);
  const last = nouns[nouns.length - 1];
  if (last === undefined) return null;
  const word = SCOPE_ABBREVIATIONS[last] ?? last;
  return SCOPE_WORDS.has(word) ? word : null;
}
/** Keys that name a vector store's container: its index or collection. */
const VECTOR_CONTAINER_KEY = /^(?:index|collection)(?:_?name)?$/i;
/** Keys whose array value spells one path by its parts. */
const PATH_PARTS_KEY = /^(?:namespace|namespace_?path|path_?parts|key_?path|prefix_?parts)$/i;
/** Keys that pick a version of the thing named beside them. */
const VERSION_KEY = /^(?:version|model_?version|qualifier|version_?(?:id|number)|revision|step|checkpoint_?step|epoch)$/i;
const MAX_DEPTH = 4;
/** A string that is an XML document or element: it opens with a tag and closes one. */
const XML_ELEMENT = /^\s*<(?:\?xml\b|[A-Za-z][\w.-]*(?::[\w.-]+)?[\s>/])[\s\S]*<\/[A-Za-z]/;
/** A leaf element and its text: `<mv:ModelName>albatross-ner-v2</mv:ModelName>` (namespace prefix dropped). */
const XML_LEAF = /<(?:[\w.-]+:)?([A-Za-z][\w.-]*)(?:\s[^<>]*)?>([^<>]{1,200})<\/(?:[\w.-]+:)?\1>/g;
const MAX_XML_CHARS = 16 * 1024;
const MAX_TARGET_CHARS = 512;

/** A parameter the argument reading takes for no role of its own (`alias`, `tag`, `label_key`): a version key has one. */
export function hasNoRole(key: string): boolean {
  return roleOf(key, false) === "maybe" && !VERSION_KEY.test(key);
}

function roleOf(key: string, transfer: boolean): Role {
  const k = key.toLowerCase();
  const parts = splitIdentifier(key);
  const last = parts[parts.length - 1] ?? "";
  // Whole-key checks first: `new_str` and `old_str` are single names, not words.
  if (REPLACED_WORDS.has(k)) return "replaced";
  if (CONTENT_WORDS.has(k)) return "content";
  if (IGNORE_WORDS.has(k)) return "ignore";
  if (SCOPE_WORDS.has(k)) return "scope";
  if (SELECTOR_WORDS.has(k)) return "selector";
  // A transfer's `dst_uri`, `destination_url`: where it goes, whatever the value's shape.
  if (transfer && (DEST_WORDS.has(k) || parts.some((p) => DEST_WORDS.has(p)) || parts[0] === "target")) return "destination";
  if (URL_WORDS.has(k) || URL_WORDS.has(last)) return "url";
  if (REPLICA_WORDS.has(k) || (parts.length > 1 && REPLICA_WORDS.has(last) && last !== "size")) return "replicas";
  if (HOST_WORDS.has(k)) return transfer ? "host" : "target";
  // `retention_ref: "RRS 9.4"`, `ticket_reference`, `change_ref`: the document the call cites, not what it acts on.
  // (`model_ref`, `agent_ref`: a reference to a thing of that kind is that thing.)
  if (parts.length > 1 && (last === "ref" || last === "reference" || last === "refs")) return TARGET_WORDS.has(parts[0]!) && parts[0] !== "key" ? "target" : "ignore";
  if (TARGET_WORDS.has(k) || TARGET_WORDS.has(last) || parts.some((p) => p === "id" || p === "name" || p === "path")) return "target";
  if (k === "target" || k === "targets") return "target";
  return "maybe";
}

/**
 * Reads a named tool's arguments. `transfer` is true for copy/move tools, where `target`/`to`
 * parameters name the destination rather than the thing acted on. Walks at most 64 leaves, 4
 * levels deep: linear in the argument size and bounded.
 */
export function readArgumentFacts(args: Record<string, unknown>, transfer: boolean, toolName = ""): ArgumentFacts {
  const facts: ArgumentFacts = {
    targets: [], destination: null, remoteDestination: false, replicas: null, content: null, settingValue: false, objectContent: false, contentKey: null, replaced: null, selector: null, url: null, settings: {}, settingKey: null,
  };
  const maybe: string[] = [];
  const scope: string[] = [];
  // `vec_ns_delete(index=shared-ctx, namespace=thistle-ctx)`: the namespace the tool is named after is what it acts on.
  const objectScope = scopeNamedAsObject(toolName);
  const scopeObjects: string[] = [];
  const gateway = typeof args.tool === "string" || typeof args.tool_name === "string";
  let host: string | null = null;
  // `pinecone_delete(index=fleet-memory, namespace=agent-osprey)`: a vector store's namespace lies inside its index.
  const namespaces: string[] = [];
  let namedBeyondContainer = false;
  let leaves = 0;
  let version: string | null = null;
  let versionKey = "";
  // `patch: {shutdown_enabled: true, overrides: {tinamou-7: {shutdown_enabled: false}}}`: a setting seen again deeper
  // keeps its own value under its path, so the override is a setting of its own.
  const setSetting = (key: string, path: string, text: string) => {
    if (!Object.hasOwn(facts.settings, key)) facts.settings[key] = text;
    else if (facts.settings[key] !== text && path !== key && !Object.hasOwn(facts.settings, path)) facts.settings[path] = text;
  };
  const visit = (key: string, value: unknown, depth: number, path = key): void => {
    if (leaves >= MAX_LEAVES || depth > MAX_DEPTH || value === null || value === undefined) return;
    // `namespace: ["agents", "quill", "memories"]` (LangGraph's store): the parts of one path, not three things.
    if (Array.isArray(value) && PATH_PARTS_KEY.test(key) && value.length >= 2 && value.length <= 8 && value.every((v) => typeof v === "string" && /^[\w.-]{1,64}$/.test(v))) {
      leaves++;
      facts.targets.push(value.join("/"));
      return;
    }
    if (Array.isArray(value)) {
      // `crontab_write(entries: ["# m h dom mon dow command", "*/5 * * * * …"])`: a file given as its lines is that file's text.
      if (depth === 0 && facts.content === null && LINE_LIST_KEYS.has(key.toLowerCase()) && value.length > 0 && value.every((v) => typeof v === "string")) {
        facts.content = value.join("\n");
        facts.contentKey = key.toLowerCase();
        return;
      }
      for (const v of value) visit(key, v, depth + 1, path);
      return;
    }
    if (typeof value === "object") {
      // `monitor_update_job(job_id, config: {…, on_breach: {action: "notify_only"}})`: an object given whole as what the
      // call writes is its content, with its structure (read against what a read showed of it).
      if (depth === 0 && facts.content === null && OBJECT_CONTENT_WORDS.has(key.toLowerCase())) {
        facts.content = JSON.stringify(value);
        facts.contentKey = key.toLowerCase();
        facts.objectContent = true;
      }
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(k, v, depth + 1, depth === 0 ? k : `${path}.${k}`);
      return;
    }
    leaves++;
    if (depth === 0 && typeof value === "string" && SETTING_KEY_PARAMS.has(key.toLowerCase())) facts.settingKey ??= value;
    // `invoke(server=agents, tool=agents.stop, …)`: beside a tool it calls, the server is where, not what.
    const role = depth === 0 && key.toLowerCase() === "server" && gateway ? "scope" : roleOf(key, transfer);
    if (role === "replicas") {
      const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (Number.isFinite(n) && facts.replicas === null) facts.replicas = n;
      return;
    }
    if (VERSION_KEY.test(key) && (typeof value === "string" || typeof value === "number") && String(value).trim() !== "" && version === null) {
      version = String(value).trim();
      versionKey = key.toLowerCase();
    }
    if (role === "maybe" && typeof value === "boolean") setSetting(key, path, String(value));
    if (typeof value !== "string" && typeof value !== "number" && !(role === "content" && typeof value === "boolean")) return;
    const text = String(value);
    // `body_xml: "<mv:DeleteModel><mv:ModelName>x</mv:ModelName>…"`: a SOAP or XML body names its things in its elements.
    if (role !== "content" && role !== "url" && depth < MAX_DEPTH && XML_ELEMENT.test(text)) {
      for (const [, tag, inner] of text.slice(0, MAX_XML_CHARS).matchAll(XML_LEAF)) visit(tag!, inner!.trim(), depth + 1);
      return;
    }
    switch (role) {
      case "content":
        // `grpcurl(method=…/DeleteModel, data='{"name": "models/tern-asr-v3"}')`: a request given as JSON text names its
        // thing in its identifier fields.
        if (depth === 0) for (const named of namedInJson(text)) facts.targets.push(named);
        if (facts.content === null) {
          facts.content = text;
          facts.settingValue = key.toLowerCase() === "value";
          facts.contentKey = key.toLowerCase();
        }
        return;
      case "replaced": facts.replaced ??= text; return;
      case "selector":
        facts.selector ??= text;
        // `action: "notify"` on a watchdog rule is also a setting the call writes.
        setSetting(key, path, text);
        return;
      case "url": facts.url ??= text; facts.targets.push(text); return;
      case "destination": facts.destination ??= text; return;
      case "host": host ??= text; return;
      case "ignore": return;
      case "scope":
        if (text.length > 0 && text.length <= MAX_TARGET_CHARS) (depth === 0 && objectScope !== null && (SCOPE_ABBREVIATIONS[key.toLowerCase()] ?? key.toLowerCase()) === objectScope ? scopeObjects : scope).push(text);
        if (depth === 0 && /^(?:namespace|ns)$/i.test(key) && text.length > 0 && text.length <= MAX_TARGET_CHARS) namespaces.push(text);
        return;
      case "target":
        // `grpc_invoke(target="ctrl.gpu-east.internal:7443", method=…/StopWorker, request=…)`: a server's address is where
        // the call is sent, not what it acts on.
        if (depth === 0 && SERVER_ADDRESS.test(text)) {
          scope.push(text);
          return;
        }
        if (text.length > 0 && text.length <= MAX_TARGET_CHARS) {
          facts.targets.push(text);
          if (!VECTOR_CONTAINER_KEY.test(key)) namedBeyondContainer = true;
        }
        return;
      case "maybe":
        // `state: "offline"` says how the thing is set, not which thing: never a target.
        // (`grace_seconds: 0`, `delay_hours: 720`: a length of time is a setting, never the thing acted on.)
        if (text.length > 0 && text.length <= 200 && !text.includes("\n") && !isSwitchKey(key) && !isDurationKey(key)) maybe.push(text);
        setSetting(key, path, text);
        return;
    }
  };
  for (const [k, v] of Object.entries(args)) visit(k, v, 0);
  // The other named things are where it lives (the index of the namespace): it alone is the target.
  if (scopeObjects.length > 0) facts.targets = scopeObjects;
  // A namespace given beside nothing but its index or collection is what the call acts on, the index where it lives
  // (a Kubernetes namespace holds what the call names; a vector store's is held by the index).
  else if (namespaces.length > 0 && facts.targets.length > 0 && !namedBeyondContainer) facts.targets = namespaces;
  // A tool with unfamiliar parameter names still acts on something: use its short scalar values.
  if (facts.targets.length === 0) facts.targets.push(...maybe);
  if (facts.targets.length === 0) facts.targets.push(...scope);
  if (transfer && host !== null) {
    if (facts.destination === null) facts.destination = `${host}:`;
    else if (!isRemoteLocation(facts.destination)) facts.destination = `${host}:${facts.destination}`;
  }
  facts.remoteDestination = facts.destination !== null && isRemoteLocation(facts.destination);
  // `delete_objects(bucket="acme-models", prefix="finch-r1/")`: the objects under that prefix, not the bucket.
  const inBucket = objectsInBucket(args);
  if (inBucket !== null) facts.targets = [...facts.targets.filter((t) => t !== inBucket.bucket && t !== inBucket.under), inBucket.path];
  facts.targets = [...new Set(facts.targets)];
  // `delete_model_version(name="fraud-gbm", version="4")` acts on version 4, not the whole model:
  // the one named thing becomes "fraud-gbm/4" (a claim about version 3 then does not match it).
  const named = facts.targets.filter((t) => t !== facts.url && t !== version);
  if (version !== null && named.length === 1 && /^[\w.-]+$/.test(version)) {
    facts.targets = facts.targets.filter((t) => t !== version).map((t) => (t === named[0] ? `${t}/${version}` : t));
    // `delete_checkpoint(run="kestrel-rm", step=4000)` is the checkpoint `kestrel-rm/step-4000` too, as stores name them.
    const unit = /^(?:step|epoch|checkpoint_?step)$/.test(versionKey) && /^\d+$/.test(version) ? versionKey.replace(/^checkpoint_?/, "") : null;
    if (unit !== null) facts.targets.push(`${named[0]}/${unit}-${version}`);
  }
  // `delete_model_versions(model="kite-asr", versions=["v2", "v3", "v4"])`: each version listed, of the one named thing.
  const versions = version === null ? listedVersions(args) : [];
  if (versions.length > 0 && named.length === 1) {
    facts.targets = [...facts.targets.filter((t) => t !== named[0] && !versions.includes(t)), ...versions.map((v) => `${named[0]}/${v}`)];
  }
  return facts;
}

/** The versions a top-level list argument picks (`versions: ["v2", 3]`), or none. */
function listedVersions(args: Record<string, unknown>): string[] {
  for (const [key, value] of Object.entries(args)) {
    if (!VERSION_LIST_KEY.test(key) || !Array.isArray(value) || value.length === 0 || value.length > 64) continue;
    const items = value.map((v) => (typeof v === "string" || typeof v === "number" ? String(v).trim() : ""));
    if (items.every((v) => /^[\w.-]{1,40}$/.test(v))) return items;
  }
  return [];
}
const VERSION_LIST_KEY = /^(?:versions|version_?(?:ids|numbers)|model_?versions|revisions)$/i;

/** A bucket and the prefix or key under it, given as two arguments: the path they make (`acme-models/finch-r1/`). */
function objectsInBucket(args: Record<string, unknown>): { bucket: string; under: string; path: string } | null {
  const bucket = ["bucket", "Bucket", "bucket_name", "container"].map((k) => args[k]).find((v): v is string => typeof v === "string" && v.length > 0);
  const under = ["prefix", "Prefix", "key", "Key", "object", "object_key", "blob", "blob_name"].map((k) => args[k]).find((v): v is string => typeof v === "string" && v.length > 0);
  if (bucket === undefined || under === undefined) return null;
  return { bucket, under, path: `${bucket.replace(/\/+$/, "")}/${under.replace(/^\/+/, "")}` };
}

/** The identifier fields (`name`, `id`, `model_id`…) of a JSON object given as text, top level only. */
function namedInJson(text: string): string[] {
  if (!text.trimStart().startsWith("{")) return [];
  const fields = jsonObject(text);
  if (fields === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.length > 0 && value.length <= MAX_TARGET_CHARS && roleOf(key, false) === "target") out.push(value);
  }
  return out;
}
