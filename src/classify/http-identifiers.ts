import { GENERIC_NOUNS } from "../nlp/noun-lexicon";
import { actionOfWord } from "./action-words";
import { graphqlOperation } from "./graphql-operation";
import { jsonObject } from "./body-fields";
/**
 * What an HTTP call names besides its URL: identifier fields of its query string
 * (`/model-versions/get?name=underwriter-llm&version=7`) and of a JSON body sent as text
 * (`{"name": "underwriter-llm", "version": "7"}`). APIs that take the thing in the body or the
 * query act on it as surely as REST paths do.
 */
export function httpIdentifiers(url: string | null, body: string | null): string[] {
  const out: string[] = [];
  if (url !== null) {
    const owner = operationOwner(url);
    if (owner !== null) out.push(owner);
    const object = storageObject(url);
    if (object !== null) out.push(object);
    // `…/models/juno-dispatch-policy/versions/12` is version 12 of that model, "juno-dispatch-policy/12" as claims name it.
    const versioned = VERSION_PATH.exec(url.split(/[?#]/)[0] ?? "");
    if (versioned) out.push(`${decodeURIComponent(versioned[1]!)}/${decodeURIComponent(versioned[2]!)}`);
    const query = url.indexOf("?");
    if (query !== -1) {
      for (const [key, value] of new URLSearchParams(url.slice(query + 1).split("#")[0])) if (ID_KEY.test(key) && value) out.push(value);
    }
  }
  const graphql = graphqlOperation(body);
  if (graphql !== null) out.push(...graphql.targets);
  else {
    // A body that is not a JSON object names nothing read here.
    for (const [key, value] of Object.entries(jsonObject(body) ?? {})) {
      if (ID_KEY.test(key) && (typeof value === "string" || typeof value === "number") && String(value).length > 0) out.push(String(value));
    }
  }
  // `<Delete><Object><Key>runs/x/model-0001.safetensors</Key></Object>…`: an XML body names its objects.
  if (body !== null && body.trimStart().startsWith("<") && body.length <= MAX_BODY_CHARS) {
    for (const m of body.matchAll(XML_ID_ELEMENT)) if (m[1]!.trim()) out.push(m[1]!.trim());
  }
  return out;
}

/**
 * A cloud storage object addressed by its HTTP API, as its `gs://` or `s3://` name:
 * `https://storage.googleapis.com/storage/v1/b/lyra-ckpt/o/marmot-34b%2Fconfig.json` is
 * `gs://lyra-ckpt/marmot-34b/config.json`; `https://w.s3.eu-west-1.amazonaws.com/a/b.bin` is `s3://w/a/b.bin`.
 */
export function storageObject(url: string): string | null {
  const bare = url.split(/[?#]/)[0] ?? "";
  const decode = (path: string) => { try { return decodeURIComponent(path); } catch { return null; } };
  const named = (scheme: string, bucket: string, path: string) => { const key = decode(path); return key === null ? null : `${scheme}://${bucket}/${key}`; };
  let m = GCS_JSON_API.exec(bare);
  if (m) return named("gs", m[1]!, m[2]!);
  m = GCS_XML_API.exec(bare) ?? GCS_BUCKET_HOST.exec(bare);
  if (m) return named("gs", m[1]!, m[2]!);
  m = S3_BUCKET_HOST.exec(bare) ?? S3_PATH_STYLE.exec(bare);
  if (m) return named("s3", m[1]!, m[2]!);
  return null;
}
const GCS_JSON_API = /^https?:\/\/(?:storage|www)\.googleapis\.com\/(?:upload\/)?storage\/v1\/b\/([^/]+)\/o\/([^/]+)$/i;
const GCS_XML_API = /^https?:\/\/storage\.googleapis\.com\/(?!storage\/|upload\/)([^/]+)\/(.+)$/i;
const GCS_BUCKET_HOST = /^https?:\/\/([a-z0-9][\w.-]*)\.storage\.googleapis\.com\/(.+)$/i;
const S3_BUCKET_HOST = /^https?:\/\/([a-z0-9][\w.-]*?)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com\/(.+)$/i;
const S3_PATH_STYLE = /^https?:\/\/s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com\/([^/]+)\/(.+)$/i;

const VERSION_PATH = /\/([^/]+)\/(?:versions|revisions)\/([^/]+)\/?$/i;
const XML_ID_ELEMENT = /<(?:Key|Id|ID|Name|VersionId)>([^<]{1,512})<\//g;

/**
 * `…/agents/kiwi-dock/lifecycle`, `…/instances/i-0ab/actions/stop`: a path that ends in an
 * operation on a thing names that thing just before the operation.
 */
function operationOwner(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").split(/[?#]/)[0] ?? "";
  const segments = path.split("/").filter(Boolean);
  // `…/serviceAccounts/sa-x/keys:revokeAll`: a custom method on a thing's collection acts on that thing.
  const custom = /^([a-z_-]+s):[a-z]/i.exec(segments.at(-1) ?? "");
  if (custom !== null && segments.length >= 2) {
    const owner = decodeURIComponent(segments[segments.length - 2]!);
    return /[\d_-]/.test(owner) && !isCollection(owner) ? owner : null;
  }
  let k = segments.length - 1;
  if (k >= 1 && actionOfWord(segments[k]!.toLowerCase()) !== null && OPERATION_SEGMENTS.has(segments[k - 1]!.toLowerCase())) k--;
  if (k < 1 || !(OPERATION_SEGMENTS.has(segments[k]!.toLowerCase()) || actionOfWord(segments[k]!.toLowerCase()) !== null)) return null;
  const owner = decodeURIComponent(segments[k - 1]!);
  return /[\d_-]/.test(owner) && !isCollection(owner) ? owner : null; // an id, not the collection ("…/agents/stop", "…/model-versions/delete")
}

/** `model-versions`, `agent_pools`: a plural of a kind of thing names a collection, not one thing. */
function isCollection(segment: string): boolean {
  const last = segment.toLowerCase().split(/[-_]/).at(-1) ?? "";
  return last.endsWith("s") && GENERIC_NOUNS.has(last) && GENERIC_NOUNS.has(last.slice(0, -1));
}
const OPERATION_SEGMENTS = new Set(["lifecycle", "actions", "action", "state", "status", "power", "operations", "control", "transition", "transitions"]);

const ID_KEY = /^(?:id|name|[a-z]+_(?:id|name)|[a-z]+(?:Id|Name))$/;
const MAX_BODY_CHARS = 64 * 1024;
