import { parseResult } from "./parse-result";
import { normalizeName } from "./same-target";
import { listedRows } from "./listed-rows";
import { stateOfWord } from "./state-words";

/** Other names of the same thing, learned from tool results. */
export interface AliasIndex {
  /** The other identifiers recorded with `value` in one object (pid 48213 → "meridian"); empty when none. */
  aliasesOf(value: string): string[];
  /**
   * Roles the value (or its object) was seen in: the key an object sits under
   * (`supervised_by`), the key a name is given under (`monitored_by: fleet-watchdog`), or the
   * object's own `role`/`type`/`kind` field.
   */
  rolesOf(value: string): string[];
}

/** Keys whose scalar value identifies the object that holds it. */
const ID_KEY = /^(id|name|title|alias|pid|uid|uuid|slug|arn|model|agent|deployment|service|unit|container|pod|instance|process|path|file|dir|directory|checkpoint|job|release|table|bucket|login|username|email|handle|run|workflow|station)$|_(id|name|path|pid|uid|arn|slug)$/i;
/**
 * Keys holding a shortened form of the object's id, as credentials are shown (`"prefix":
 * "sk-live-7Hq2"`, `fingerprint`, `last4`, `"display": "AKIA…7QX2"`). A value with a slash is a path filter, not an id.
 */
const SHORT_ID_KEY = /^(?:(?:key|token|secret)_?)?(?:prefix|fingerprint|last_?4|masked|display|redacted|hint)$/i;
/** `agentId`, `agentName`, `displayName`, `FunctionArn`: APIs that spell ids in camelCase. */
const CAMEL_ID_KEY = /[a-z](?:Id|Name|Identifier|Arn)$/;
/** Keys whose value names another thing in a role: `monitored_by`, `supervisor`, `watchdog`… */
const ROLE_KEY = /(_by|_of|^supervisor|^monitor|^watchdog|^overseer|^auditor|^guard|^sentinel|^parent|^controller|^manager|^owner|^successor|^predecessor|^replaces|^killswitch|^kill_switch)$/i;
const SELF_ROLE_KEY = /^(role|type|kind|purpose|function|category)$/i;
/** An id key of an AI system's record: `model_id`, `agentId`, `bot_name`. */
const AI_ID_KEY = /^(?:model|agent|bot|assistant|llm|checkpoint)_?(?:id|name|key|uuid)$/i;
const MAX_NODES = 20_000;
const MAX_DEPTH = 32;
const MAX_GROUPS_PER_VALUE = 8;
const MAX_VALUE_CHARS = 256;

const norm = normalizeName;
/** The rows of a `{"columns": […], "rows": [[…], …]}` answer as objects keyed by the columns, or null for any other object. */
function columnsAndRows(node: Record<string, unknown>): Array<Record<string, unknown>> | null {
  const { columns, rows } = node;
  if (!Array.isArray(columns) || !Array.isArray(rows) || !columns.every((c) => typeof c === "string")) return null;
  const out: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    if (!Array.isArray(row)) return null;
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columns.length && i < row.length; i++) object[columns[i] as string] = row[i];
    out.push(object);
  }
  return out;
}

/** `owner/name` with no other slash: the part after it. */
const OWNER_NAME = /^[a-z0-9][\w.-]*\/([a-z0-9][\w.-]*)$/;

/**
 * Walks each tool result once (JSON, a command result's stdout, or `key: value` lines) and,
 * for every object, links the identifying scalars it holds. Linear in the results' size and
 * bounded (20,000 nodes and 32 levels per result). A value found in more than 8 objects is too common to
 * identify anything and gets no aliases.
 */
export function collectAliases(results: readonly string[], extraGroups: ReadonlyArray<readonly string[]> = []): AliasIndex {
  const groups: string[][] = [];
  const groupsOf = new Map<string, number[]>();
  /** Groups holding a file path, by the path's file name. */
  const filesOf = new Map<string, number[]>();
  // `osprey-13b` is found as `acme-ai/osprey-13b`, unless two owners have a repo of that name
  // (`acme-ai-mirrors/osprey-13b`): then the bare name says not which.
  const groupsByName = new Map<string, { groups: number[]; owners: Set<string> }>();
  const roles = new Map<string, Set<string>>();
  const addRole = (value: string, role: string) => {
    const key = norm(value);
    let set = roles.get(key);
    if (!set) roles.set(key, (set = new Set()));
    set.add(role.toLowerCase());
  };
  const addGroup = (ids: string[], objectRoles: string[]) => {
    if (ids.length === 0) return;
    const index = groups.length;
    groups.push(ids);
    for (const id of ids) {
      const key = norm(id);
      const list = groupsOf.get(key) ?? [];
      if (list.length <= MAX_GROUPS_PER_VALUE) list.push(index);
      groupsOf.set(key, list);
      // `.github/workflows/llm-triage.yml` is also found by its file name (`workflow: "llm-triage.yml"`).
      const file = id.includes("/") && !id.includes("://") && /\.[a-z]{1,5}$/i.test(id) ? norm(lastPathSegment(id)) : null;
      if (file !== null && file !== key) {
        const byFile = filesOf.get(file) ?? [];
        if (byFile.length <= MAX_GROUPS_PER_VALUE && !byFile.includes(index)) byFile.push(index);
        filesOf.set(file, byFile);
      }
      // `tidewater-ai/harbor-llama` (owner/name, as on the Hugging Face Hub or GitHub) is also found by its name.
      const owned = OWNER_NAME.exec(key);
      if (owned) {
        const byName = groupsByName.get(owned[1]!) ?? { groups: [], owners: new Set<string>() };
        if (byName.groups.length <= MAX_GROUPS_PER_VALUE && !byName.groups.includes(index)) byName.groups.push(index);
        byName.owners.add(key);
        groupsByName.set(owned[1]!, byName);
      }
      for (const r of objectRoles) addRole(id, r);
    }
  };
  for (const group of extraGroups) addGroup([...group], []);
  for (const text of results) {
    let nodes = 0;
    const visit = (node: unknown, underKey: string | null, depth: number): void => {
      if (++nodes > MAX_NODES || depth > MAX_DEPTH || node === null || typeof node !== "object") return;
      if (Array.isArray(node)) { for (const item of node) visit(item, underKey, depth + 1); return; }
      // `{"columns": ["id", "name"], "rows": [[512, "pelican-r1"]]}` (an SQL tool's answer): each row is an object.
      const table = columnsAndRows(node as Record<string, unknown>);
      if (table !== null) { for (const row of table) visit(row, underKey, depth + 1); return; }
      const ids: string[] = [];
      const objectRoles: string[] = underKey !== null && !/^(items|results|data|list|entries|objects|records|rows)$/i.test(underKey) ? [underKey] : [];
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        const idKey = ID_KEY.test(key) || CAMEL_ID_KEY.test(key) || (SHORT_ID_KEY.test(key) && typeof value === "string" && !value.includes("/"));
        // Under an id key a small number is an id too (`"pm_id": 3`).
        const scalar = idKey && typeof value === "number" && Number.isInteger(value) && value >= 0 ? String(value) : idKey && NAME_KEY.test(key) ? displayName(value) ?? scalarId(value) : scalarId(value);
        if (scalar !== null) {
          // `"model_id": "kestrel-vision-3"`: the key says what kind of thing the id is.
          if (idKey && AI_ID_KEY.test(key)) addRole(scalar, key);
          if (idKey) ids.push(scalar);
          else if (ROLE_KEY.test(key)) addRole(scalar, key);
          else if (SELF_ROLE_KEY.test(key)) objectRoles.push(scalar);
        } else if (Array.isArray(value) && ROLE_KEY.test(key)) {
          for (const v of value) { const s = scalarId(v); if (s !== null) addRole(s, key); }
        }
        if (value !== null && typeof value === "object" && !Array.isArray(value) && DESCRIBES_PARENT.test(key)) {
          // `cardData: {model_name: "Harbor Support Llama"}`, `metadata: {name: x}`, `scheduleState: {id: x}`: names of the object itself.
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            const name = ID_KEY.test(k) || CAMEL_ID_KEY.test(k) ? (NAME_KEY.test(k) ? displayName(v) ?? scalarId(v) : scalarId(v)) : null;
            // `CurrentState: {Code: 32, Name: "shutting-down"}`: a state's name is the state, not a name of the object.
            if (name !== null && !(STATE_SECTION.test(key) && stateOfWord(name.replace(/-/g, " ")) !== null)) ids.push(name);
          }
        } else if (value !== null && typeof value === "object") visit(value, key, depth + 1);
      }
      addGroup(referencesDropped(node as Record<string, unknown>, ids), objectRoles);
    };
    const parsed = parseResult(text);
    for (const doc of parsed.documents) visit(doc, null, 0);
    const stdout = parsed.stdout ?? parsed.text;
    for (const row of listedRows(stdout)) addGroup(row, []);
  }
  return {
    aliasesOf(value) {
      // `…/config_entries/entry/01J0BUTLER7Q3M9X`: a path or URL ending in an id has that id's names.
      const byName = groupsByName.get(norm(value));
      const own = groupsOf.get(norm(value));
      const named = byName !== undefined && byName.owners.size === 1 ? byName.groups : undefined;
      const list = own !== undefined && named !== undefined ? [...new Set([...own, ...named])] : own ?? named ?? groupsOf.get(norm(lastPathSegment(value))) ?? filesOf.get(norm(value));
      if (!list || list.length > MAX_GROUPS_PER_VALUE) return [];
      const self = norm(value);
      const out = new Set<string>();
      for (const g of list) {
        for (const id of groups[g]!) {
          const key = norm(id);
          if (key !== self && (groupsOf.get(key)?.length ?? 0) <= MAX_GROUPS_PER_VALUE) out.add(id);
        }
      }
      return [...out];
    },
    rolesOf(value) {
      const out = new Set(roles.get(norm(value)) ?? []);
      for (const alias of this.aliasesOf(value)) for (const r of roles.get(norm(alias)) ?? []) out.add(r);
      return [...out];
    },
  };
}

/**
 * `{"EndpointName": "x", "EndpointArn": "…", "EndpointConfigName": "x-cfg"}`: of the camelCase id
 * keys of an object, those named for the shortest subject (`Endpoint`) name the object; the
 * others (`EndpointConfig…`, `Model…`, `Role…`) name other things it refers to.
 */
function referencesDropped(node: Record<string, unknown>, ids: string[]): string[] {
  const camel = Object.keys(node).filter((k) => CAMEL_SUBJECT_KEY.test(k));
  if (camel.length < 2) return ids;
  const subjects = camel.map((k) => k.replace(CAMEL_SUBJECT_KEY, "$1"));
  const own = subjects.reduce((a, b) => (b.length < a.length ? b : a));
  if (subjects.every((x) => x === own)) return ids;
  const references = new Set(camel.filter((_, i) => subjects[i] !== own).map((k) => String(node[k])));
  return ids.filter((id) => !references.has(id));
}
/** `EndpointConfigName` → `EndpointConfig`: an upper-case camelCase key and the subject its id is of. */
const CAMEL_SUBJECT_KEY = /^([A-Z][A-Za-z]*?)(?:Id|Name|Identifier|Arn)$/;

/** Keys of a nested object that describes the object holding it rather than another thing. */
const STATE_SECTION = /^(?:state|status)$|_state$|[a-z]State$/i;
const DESCRIBES_PARENT = /^(?:metadata|meta|card_?data|info|details|properties|attributes|labels|annotations|state|status|profile)$|_state$|[a-z]State$/i;

/** Keys whose value is what people call the thing, often several words ("Quill Legal Drafter"). */
const NAME_KEY = /^(name|title|alias)$|_name$|[a-z]Name$/i;

/** A name of up to six words under a name key; a sentence (". ", a line break) is prose, not a name. */
function displayName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v.length === 0 || v.length > 80 || /[.!?:;]\s|\n/.test(v) || v.split(/\s+/).length > 6) return null;
  return v;
}

/** A string or integer that can identify something: not a boolean, not a tiny number, not prose. */
function scalarId(value: unknown): string | null {
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) >= 10 ? String(value) : null;
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v.length === 0 || v.length > MAX_VALUE_CHARS || /\s{1}\S+\s/.test(v)) return null;
  return v;
}

/** The last segment of a path or URL, without its query; the value itself when it has no `/`. */
function lastPathSegment(value: string): string {
  if (!value.includes("/")) return value;
  return value.split(/[?#]/, 1)[0]!.replace(/\/+$/, "").split("/").pop() ?? value;
}
