import { isHttpRoute } from "../nlp/identifier-shape";
import { isLeadingLabels } from "./domain-name";
import { rememberPerPair, rememberPerText } from "./remember-per-text";

/**
 * Whether two strings name the same thing, as written in different places: a claim says
 * `lark-7b`, the command says `/srv/models/lark-7b`, kubectl says `deployment/lark-7b`.
 *
 * Both are normalized (lower case, `_` read as `-`, quotes and trailing slashes dropped, systemd
 * unit suffixes removed) and split into segments at `/`, `\`, `:`, `=`, `@`, `,`, a URL's `?` and `&`, and whitespace. They match when
 * one's segments appear, in order and adjacent, in the other's. Segments compare whole, so
 * `m-7` never matches `m-70` and `heron-asr-v1` never matches `heron-asr-v2`. One more rule for
 * Kubernetes: a pod name (`support-bot-7d9f8c6b5-2xkqp`) matches its deployment (`support-bot`).
 * And one for Compose: a container `lumen-assist-llm-1` matches its service `llm`.
 * And one for DNS: a segment shaped like a fully qualified domain name matches its leading
 * label(s), `staging-old` ~ `staging-old.example.org` (never a file's stem: `m-7` ≁ `m-7.bak`).
 * And one for hex ids: six or more leading hex digits name the id they start (`a3f9e1` ~ `a3f9e1c0`).
 * And one for runs: a base name and a start time name a run of that base (`x-v3` ~ `x-v3-2024-06-11-08-14-52-301`).
 */
export const sameTarget: (a: string, b: string) => boolean = rememberPerPair((a, b) => {
  // `deployment.apps/ranker-shadow` (as `kubectl get` prints it) is `deployment/ranker-shadow`.
  if (KIND_GROUP.test(a) || KIND_GROUP.test(b)) return sameTargetAs(withoutApiGroup(a), withoutApiGroup(b));
  return sameTargetAs(a, b);
}, 512);
/** `deployment.apps/x`, `cronjob.batch/x`, `ingress.networking.k8s.io/x`: a Kubernetes kind with its API group. */
const KIND_GROUP = /^[a-z]+\.(?:apps|batch|extensions|networking\.k8s\.io|policy|autoscaling|rbac\.authorization\.k8s\.io|storage\.k8s\.io|[a-z0-9-]+\.(?:io|com|dev|org))\//;
function withoutApiGroup(name: string): string {
  const m = KIND_GROUP.exec(name);
  return m ? `${name.slice(0, name.indexOf("."))}${name.slice(m[0].length - 1)}` : name;
}

function sameTargetAs(a: string, b: string): boolean {
  // A winget package id (`Ollama.Ollama`, `ElementLabs.LMStudio`) is its package, named by its last part.
  if (PACKAGE_ID.test(a) && !PACKAGE_ID.test(b)) return sameTarget(a.slice(a.indexOf(".") + 1), b) || sameSegments(a, b);
  if (PACKAGE_ID.test(b) && !PACKAGE_ID.test(a)) return sameTarget(a, b.slice(b.indexOf(".") + 1)) || sameSegments(a, b);
  return sameSegments(a, b);
}
const routePath = (s: string) => normalizeName(s.replace(HTTP_METHOD, ""));
const HTTP_METHOD = /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)\s+/i;
/** `Publisher.Package`, both parts capitalised: a package manager's id. */
const PACKAGE_ID = /^[A-Z][A-Za-z0-9]+\.[A-Z][A-Za-z0-9]+$/;

function sameSegments(a: string, b: string): boolean {
  // `POST /v1/triage` and `POST /v1/triage/stream` are two routes of an API gateway: routes compare whole.
  // A route and a bare path compare their paths whole (`/v1/triage` is not `POST /v1/triage/stream`).
  const ra = isHttpRoute(a);
  const rb = isHttpRoute(b);
  if (ra && rb) return normalizeName(a).replace(/\s+/g, " ") === normalizeName(b).replace(/\s+/g, " ");
  if ((ra && b.trimStart().startsWith("/")) || (rb && a.trimStart().startsWith("/"))) return routePath(a) === routePath(b);
  // "Invoice Helper (legacy)" and "Invoice Helper": a display name's qualifier in parentheses tells two things apart.
  if (QUALIFIED_DISPLAY_NAME.test(a) !== QUALIFIED_DISPLAY_NAME.test(b) && /\s/.test(a) && /\s/.test(b)) return normalizeName(a) === normalizeName(b);
  // `find /data/ckpt/x -mindepth 1 … -exec rm -rf {} +` acted on `/data/ckpt/x/*`: each thing right under that folder.
  if (inFolderOf(a, b) || inFolderOf(b, a)) return true;
  const x = segmentsOf(a);
  const y = segmentsOf(b);
  if (x.length === 0 || y.length === 0) return false;
  if ((x.cut && truncatedOf(x, y)) || (y.cut && truncatedOf(y, x))) return true;
  // Globs are rare: only a pair that has one compares segments as patterns.
  const same = x.glob || y.glob ? sameSegmentOrGlob : sameSegment;
  if (containsRun(x, y, same) || containsRun(y, x, same)) return true;
  return podOf(x, y) || podOf(y, x) || composeContainerOf(x, y) || composeContainerOf(y, x) || (x.mail && y.mail && (shortenedEmail(a, b) || shortenedEmail(b, a)))
    || (y.length === 1 && a.includes(" ") && slugOf(x, y[0]!)) || (x.length === 1 && b.includes(" ") && slugOf(y, x[0]!))
    || fileOfName(a, b) || fileOfName(b, a);
}

/** `/data/ckpt/x/*` and `/data/ckpt/x/step_12000`: the folder's contents and a thing right under it (a folder two deep at least). */
function inFolderOf(contents: string, path: string): boolean {
  if (!contents.endsWith("/*") || path.includes("*")) return false;
  const folder = contents.slice(0, -1).toLowerCase();
  const p = path.toLowerCase();
  return folder.split("/").filter((s) => s !== "").length >= 2 && p.startsWith(folder) && p.length > folder.length && !p.slice(folder.length).includes("/");
}

/**
 * `auto-nav-v7` and `/uplink/staging/auto-nav-v7.bin`: a name and the one file of it, named after it with an
 * artifact's extension. Only a name with a joiner or digit (`model` is no name of `model.bin`).
 */
function fileOfName(name: string, path: string): boolean {
  const m = ARTIFACT_FILE.exec(path);
  return m !== null && m[1]!.toLowerCase() === name.toLowerCase() && /[-_\d]/.test(name) && !/[/.]/.test(name);
}
const ARTIFACT_FILE = /(?:^|\/)([^/]+)\.(?:bin|img|gguf|ggml|safetensors|onnx|pt|pth|ckpt|h5|tflite|engine|tar|tgz|tar\.gz|zip|whl|jar)$/i;

const QUALIFIED_DISPLAY_NAME = /\s\([a-z][\w .-]*\)\s*$/i;

/** `Retrain intent model` (a display name) and `retrain-intent-model` (its slug): the words joined by hyphens. */
function slugOf(words: readonly string[], slug: string): boolean {
  return slug.length === words.reduce((n, w) => n + w.length + 1, -1) && slug === words.join("-");
}

/** `a.ferreira@ext` in prose for `a.ferreira@ext.bancolitoral.pt`: the same mailbox with its domain cut after a label. */
function shortenedEmail(short: string, full: string): boolean {
  const at = short.indexOf("@");
  if (at <= 0 || full.length <= short.length + 1) return false;
  const s = short.trim().toLowerCase();
  const f = full.trim().toLowerCase();
  return f.startsWith(s) && f[s.length] === "." && f.indexOf("@") === at && /^[a-z0-9-]+$/.test(s.slice(at + 1));
}

/**
 * `372e6795…` (an id cut short in prose) names the id it starts: six characters at least.
 * `8Ggq…5sYm`, `AKIA...7QXZ`: cut in the middle, it names the id it starts and ends, with
 * six characters kept in all.
 */
function truncatedOf(cut: readonly string[], full: readonly string[]): boolean {
  if (cut.length !== 1) return false;
  const c = cut[0]!;
  const at = c.indexOf("…") >= 0 ? c.indexOf("…") : c.indexOf("...");
  if (at < 0) return false;
  const head = c.slice(0, at);
  const tail = c.slice(at + (c[at] === "…" ? 1 : 3));
  if (tail.length === 0) return head.length >= 6 && full.some((s) => s.length > head.length && s.startsWith(head));
  return head.length >= 3 && tail.length >= 3 && head.length + tail.length >= 6 && !/[.…]/.test(tail) &&
    full.some((s) => s.length > head.length + tail.length && s.startsWith(head) && s.endsWith(tail));
}

/** docker compose names a service's containers `<project>-<service>-<n>` (`_` in Compose v1). */
function composeContainerOf(container: readonly string[], service: readonly string[]): boolean {
  if (container.length !== 1 || service.length !== 1) return false;
  const c = container[0]!;
  const s = service[0]!;
  // Cheap rejections first: this runs for every pair of one-segment names compared.
  let i = c.length - 1;
  while (i >= 0 && c.charCodeAt(i) >= 48 && c.charCodeAt(i) <= 57) i--;
  const digits = c.length - 1 - i;
  if (digits < 1 || digits > 3 || (c[i] !== "-" && c[i] !== "_")) return false;
  const at = i - s.length - 1; // the separator before the service name
  return at > 0 && (c[at] === "-" || c[at] === "_") && c.startsWith(s, at + 1) && /^[a-z0-9]/.test(s);
}

/** A name as written, compared exactly: case, surrounding spaces and trailing slashes ignored. */
export function normalizeName(value: string): string {
  return value.trim().toLowerCase().replace(/\/+$/, "");
}

const MAX_CHARS = 1024;

/** Segments of a target, and whether one is a glob (`*`), an id cut short (`…`, `...`) or a mailbox (`@`): decided once per value. */
type Segments = string[] & { glob: boolean; cut: boolean; mail: boolean };

/** Normalized segments of a target; memoized because the same targets are compared many times per request. */
export const segmentsOf: (value: string) => Segments = rememberPerText((value) => withFlags(value.includes("@"), value
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replace(/["'`]/g, "")
    .split(/[\s/\\:=@,?&]+/)
    // `_statuspal-verify.acme.io.` (a DNS label, an absolute name) is `statuspal-verify.acme.io`;
    // `aria_support` (a flag key, a Python name) and `aria-support` (a DNS-safe name) are one name.
    .map((s) => s.replace(/^_+/, "").replace(/(?<=[a-z0-9])\.$/, "").replace(/_/g, "-").replace(/\.(service|socket|timer|target|scope)$/, ""))
    // The Hugging Face cache keeps `meta-llama/Llama-2-13b-chat-hf` in `models--meta-llama--Llama-2-13b-chat-hf`.
    .flatMap((s) => (HF_CACHE_DIR.test(s) ? s.split("--").slice(1) : [s]))
    .filter((s) => s.length > 0 && s !== "." && s !== "~")), 4096);

const HF_CACHE_DIR = /^(?:models|datasets|spaces)--[^-].*--./;

function withFlags(mail: boolean, segments: string[]): Segments {
  return Object.assign(segments, { glob: segments.some((s) => s.includes("*")), cut: segments.some((s) => s.includes("…") || s.includes("...")), mail });
}

/** True when `needle` occurs as a contiguous run of whole segments in `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[], same: (hay: string, needle: string) => boolean): boolean {
  if (needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (!same(hay[i + j]!, needle[j]!) && !(j > 0 && sameVersion(hay[i + j]!, needle[j]!))) continue outer;
    return true;
  }
  return false;
}

/** `avocet-tts/v1` and `avocet-tts/1`: after a name, a version written with or without its `v`. */
function sameVersion(a: string, b: string): boolean {
  return VERSION_SEGMENT.test(a) && VERSION_SEGMENT.test(b) && a.replace(/^v/, "") === b.replace(/^v/, "");
}
const VERSION_SEGMENT = /^v?\d+(?:\.\d+)*$/;

/** Equal segments, or a domain name in the hay and its leading labels in the needle. */
function sameSegment(hay: string, needle: string): boolean {
  return hay === needle || isLeadingLabels(needle, hay) || isQualifiedName(hay, needle) || isModuleFile(hay, needle) || shortHashOf(hay, needle) ||
    stampedRunOf(hay, needle) || podSuffixOf(hay, needle);
}

/** `a3f9e1` for `a3f9e1c0`, `9f2c1ab` for a commit or container id: a hex id cut short, as git and docker print them. */
/** `tigris-reward-v3-2024-06-11-08-14-52-301` for `tigris-reward-v3`: a job or run named by its base and the date and time it was started. */
function stampedRunOf(hay: string, needle: string): boolean {
  return hay.length > needle.length + 8 && hay[needle.length] === "-" && hay.startsWith(needle) && /[a-z]/.test(needle) && START_STAMP.test(hay.slice(needle.length + 1));
}
// Only a date and a time written with separators, as launchers name runs (SageMaker's `-2024-06-11-08-14-52-301`):
// a compact stamp (`-20240611020015`) is as often what a schedule made (a backup), which is not the schedule.
const START_STAMP = /^20\d\d-[01]\d-[0-3]\d(?:-\d\d){2,3}(?:-\d{1,3})?$/;

/** `8bw2k` for the pod `llm-inference-pinned-6c9f7d-8bw2k`: a pod named by its own five-character suffix, as drain tables show it. */
function podSuffixOf(hay: string, needle: string): boolean {
  return needle.length === 5 && /\d/.test(needle) && /[a-z]/.test(needle) && hay.endsWith(`-${needle}`) && POD_NAME.test(hay);
}
/** `-6c9f7d-8bw2k`: a ReplicaSet hash (with a digit) and the pod's own suffix. */
const POD_NAME = /-(?=[a-z]*\d)[a-z0-9]{5,10}-[a-z0-9]{5}$/;

function shortHashOf(hay: string, needle: string): boolean {
  return needle.length >= 6 && hay.length > needle.length && hay.length <= 64 && hay.startsWith(needle) &&
    HEX.test(hay) && /\d/.test(needle) && /[a-f]/.test(needle);
}
const HEX = /^[0-9a-f]+$/;

function sameSegmentOrGlob(hay: string, needle: string): boolean {
  return sameSegment(hay, needle) || (hay.includes("*") && globCovers(hay, needle)) || (needle.includes("*") && globCovers(needle, hay));
}

/**
 * `logs-app-2023.*` (a pattern a call acted on) covers `logs-app-2023.04` and stands for the
 * group its fixed part names, `logs-app-2023` (six characters at least); `*.log` covers `run-1.log`
 * (four fixed characters at least).
 */
function globCovers(glob: string, name: string): boolean {
  if (name.includes("*")) return false;
  const star = glob.indexOf("*");
  const fixed = glob.slice(0, star).replace(/[-_.]+$/, "");
  if (name === fixed) return fixed.length >= 6;
  const parts = glob.split("*");
  if (parts.join("").length < 4) return false;
  if (!name.startsWith(parts[0]!) || !name.endsWith(parts[parts.length - 1]!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = name.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return at <= name.length - parts[parts.length - 1]!.length;
}

/** `legacy_embedder.py` is the module `legacy_embedder`, `com.x.agent.plist` the launchd job `com.x.agent`, `rundll32.exe` the program `rundll32` (a backup `m-7.bak` is not `m-7`). */
function isModuleFile(hay: string, needle: string): boolean {
  return hay.length > needle.length + 1 && hay.startsWith(needle) && hay[needle.length] === "." && SOURCE_EXTENSION.test(hay.slice(needle.length));
}
const SOURCE_EXTENSION = /^\.(?:py|js|mjs|cjs|ts|tsx|jsx|go|rb|java|kt|rs|php|cs|swift|scala|plist|exe)$/;

/**
 * `agent_memory.zircon_episodes` (dataset.table), `public.kestrel_memory` (schema.table): a
 * dotted qualification of a specific name (one with `_`, `-` or a digit; "models.json" is a
 * file, not a qualified "json").
 */
function isQualifiedName(hay: string, needle: string): boolean {
  return hay.length > needle.length + 1 && hay.endsWith(needle) && hay[hay.length - needle.length - 1] === "." && /[_\d-]/.test(needle) &&
    (!/\.[a-z0-9]{1,5}$/.test(`.${needle}`) || TERRAFORM_RESOURCE.test(needle));
}
/** `aws_sagemaker_endpoint.this` (segments read `_` as `-`): a Terraform resource's type and name, which a module path qualifies. */
const TERRAFORM_RESOURCE = /^(?:aws|google|azurerm|azuread|kubernetes|helm|null|random|local|tls|vault|datadog|cloudflare|github|oci|ibm|digitalocean|docker|databricks|snowflake)(?:-[a-z0-9]+)+\.[a-z0-9-]+$/;

/** `module.kestrel_7b.aws_sagemaker_endpoint.this`: a Terraform resource in the module named after `kestrel-7b`, part of its stack. */
export function isModuleResourceOf(address: string, name: string): boolean {
  const a = address.toLowerCase().replace(/_/g, "-");
  const n = name.trim().toLowerCase().replace(/_/g, "-");
  return n.length > 0 && a.startsWith(`module.${n}.`) && a.length > n.length + 8;
}

/** A Deployment's pods are named `<deployment>-<replicaset hash>-<pod hash>`. */
const POD_SUFFIX = /^-[a-z0-9]{6,10}-[a-z0-9]{5}$/;

/** `ragbot-6c9f7d8b4-k8mzt` is a pod of the Deployment `ragbot`. */
/**
 * `gannet-13b-vllm` for `gannet-13b`: the workload that serves a model, named after it with the
 * serving part's word. Stopping it takes the model offline (it does not delete the model).
 */
export function isServingWorkloadOf(workload: string, name: string): boolean {
  const w = segmentsOf(workload);
  const n = segmentsOf(name);
  if (w.length === 0 || n.length !== 1) return false;
  const last = w[w.length - 1]!;
  const base = n[0]!;
  // `vllm-rag-answerer-v1`: the runtime may come first too.
  if (last.length > base.length + 1 && last.endsWith(base) && last[last.length - base.length - 1] === "-") return SERVING_PARTS.has(last.slice(0, last.length - base.length - 1));
  if (last.length <= base.length + 1 || !last.startsWith(base)) return false;
  // `gannet-13b-vllm`, and `AtlasAgent` (a Windows service named in one word) for "Atlas".
  return last[base.length] === "-" ? SERVING_PARTS.has(last.slice(base.length + 1)) : /[a-z]$/.test(base) && RUNNER_PARTS.has(last.slice(base.length));
}
const RUNNER_PARTS = new Set(["agent", "bot", "service", "svc", "daemon", "worker", "server"]);
const SERVING_PARTS = new Set(["vllm", "tgi", "triton", "ollama", "serving", "server", "serve", "svc", "service", "deploy", "deployment",
  "worker", "workers", "inference", "infer", "api", "endpoint", "app", "predictor", "runtime", "backend", "gateway", "llm"]);

export function isPodOf(pod: string, deployment: string): boolean {
  return podOf(segmentsOf(pod), segmentsOf(deployment));
}

function podOf(pod: readonly string[], deployment: readonly string[]): boolean {
  const p = pod[pod.length - 1]!;
  const d = deployment[deployment.length - 1]!;
  if (!p.startsWith(d) || !POD_SUFFIX.test(p.slice(d.length))) return false;
  // The hashes always hold a digit; a plain word such as `-canary-build` does not make a pod.
  return /\d/.test(p.slice(d.length));
}
