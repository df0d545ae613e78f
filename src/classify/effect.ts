/**
 * What a tool call does, inferred from the tool's name, description, parameters and
 * arguments (and, for command runners, from the parsed command). Shared by the policy input
 * and by claim verification.
 */

/**
 * Action classes, coarse on purpose: rules and claims match on these.
 * - delete: delete/remove/rm/drop/purge/wipe/uninstall/destroy/truncate
 * - stop: shut down/stop/kill/terminate/halt, scale to zero
 * - pause: pause/suspend/drain/cordon (weaker than stop)
 * - decommission: decommission/retire (stop for good)
 * - disable: disable a service, schedule, flag, or mechanism
 * - revoke: revoke credentials, keys, tokens, access
 * - scale: scale to a non-zero replica count
 * - copy: copy/transfer/upload/sync/backup/export/snapshot (the source survives)
 * - move: move/rename (the source goes away, the content survives)
 * - modify: edit/write/replace/patch/set/update content or config
 * - permissions: chmod/chown/chattr/setfacl
 * - metadata: change timestamps, tags, labels or other metadata (e.g. `touch -d`)
 * - execute: run a script or program whose effect is not otherwise known
 * - create: create/start/deploy/restart (brings something up)
 * - read: list/get/describe/cat/ls/ps/status (no side effect)
 * - other: anything else
 */
export const ACTION_CLASSES = [
  "delete", "stop", "pause", "decommission", "disable", "revoke", "scale", "copy", "move",
  "modify", "permissions", "metadata", "execute", "create", "read", "other",
] as const;
export type ActionClass = (typeof ACTION_CLASSES)[number];

/** Classes that destroy or stop something. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<ActionClass> = new Set([
  "delete", "stop", "pause", "decommission", "disable", "revoke",
]);

/** Deeds that stop a thing running (short of deleting it): a stop request may set more than the stop. */
export const STOPPING_ACTIONS: ReadonlySet<ActionClass> = new Set(["stop", "pause", "disable", "decommission"]);

/** One effect of a tool call. A shell command line can have several (`scp … && rm -rf …`). */
export interface Effect {
  action: ActionClass;
  /** What the effect acts on: ids, names, paths, pids, table names, deployment names. */
  targets: string[];
  /** For copy/move: where the content goes. */
  destination: string | null;
  /** For copy/move: the destination is on another host or bucket (host:/path, s3://, user@host…). */
  remoteDestination: boolean;
  /** For scale: the requested replica count. */
  replicas: number | null;
  /** For modify: the new content written, when the call carries it. */
  content: string | null;
  /** A short human description, e.g. "rm -rf /srv/models/x" or "delete_model(model_id=x)". */
  summary: string;
  /**
   * For modify: the text this write replaces, when the call says (a `str_replace` tool's
   * `old_str`, the pattern of `sed -i 's/old/new/'`). Absent otherwise.
   */
  replacedContent?: string | null;
  /**
   * The call only sends a message commanding the deed (`mqtt_publish(payload='{"action": "shutdown"}')`):
   * a delivered message is the deed asked for, not done; the receiver's report or a later read settles it.
   */
  commandMessage?: boolean;
  /** For a task handed to another agent in words (see guard/delegated-deeds): the agent it was handed to. */
  delegatedTo?: string;
}

/** The classification of one tool call. */
export interface ToolCallAnalysis {
  callId: string;
  tool: string;
  effects: Effect[];
  /** Any effect is in DESTRUCTIVE_ACTIONS (or a copy/move/modify of something the rules care about is left to the policy). */
  destructive: boolean;
  /** Every effect is `read`. */
  readOnly: boolean;
  /** The tool runs commands (shell, kubectl, SQL…) and the command was parsed. */
  commandRunner: boolean;
  /** The arguments were not valid JSON; the effects come from the tool's name only. */
  argumentsInvalid: boolean;
}

/** What a tool offered to the model can do, from its definition alone. */
export interface ToolCapability {
  tool: string;
  /** Action classes the tool can perform (a command runner can perform all of them). */
  actions: ActionClass[];
  commandRunner: boolean;
}
