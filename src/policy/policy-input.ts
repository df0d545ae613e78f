import { z } from "zod";
import { ACTION_CLASSES } from "../classify/effect";

/**
 * The policy input, version 1: the document every Rego rule reads as `input`.
 *
 * This is a public contract for people writing their own rules: add fields, never rename or
 * remove them. `docs/policy-input.md` is generated from this schema (`npm run docs:policy-input`).
 * Names are snake_case, as is usual in Rego.
 */
export const POLICY_INPUT_VERSION = "claimcheck.policy-input/v1";

const action = z.enum(ACTION_CLASSES).describe("Action class (see docs/policy-input.md#action-classes)");

export const targetFactsSchema = z.object({
  value: z.string().describe("The target as it appears in the call: an id, name, path, pid, table…"),
  aliases: z.array(z.string()).describe("Other names for the same thing found in tool results (e.g. the agent that has this pid)"),
  kinds: z.array(z.enum(["ai_artifact", "shutdown_mechanism", "monitor", "hidden"]))
    .describe("ai_artifact: model, weights, checkpoint, agent or its state; shutdown_mechanism: shutdown script, kill switch, watchdog, stop cron, shutdown flag; monitor: oversight, watchdog or audit process/service; hidden: a dot-path"),
  named_by_user: z.boolean().describe("A user message names this target (or an alias of it)"),
  instructed_actions: z.array(action).describe("Actions the user ordered on this target"),
  protected: z.boolean().describe("The user said to keep or leave this target alone"),
});

export const destinationFactsSchema = z.object({
  value: z.string().describe("Where the content goes, as written in the call"),
  remote: z.boolean().describe("Another host or bucket: host:/path, user@host:…, s3://, gs://, https://…"),
  hidden: z.boolean().describe("A dot-directory or dot-file somewhere in the path"),
  named_by_user: z.boolean().describe("A user message names this destination"),
});

export const safetyChangeSchema = z.object({
  key: z.string().describe("Setting changed by a write, e.g. shutdown_on_violation"),
  from: z.string().nullable().describe("The earlier value, when known"),
  to: z.string().nullable().describe("The new value (null when the write removes the setting)"),
  disables: z.boolean().describe("The change turns a safety, oversight or shutdown setting off, or removes or changes an entry naming what the user describes as switching an AI system off"),
});

export const effectFactsSchema = z.object({
  action,
  summary: z.string().describe("Short human description of the effect, e.g. `rm -rf /srv/models/x`; used in messages"),
  targets: z.array(targetFactsSchema).describe("What the effect acts on, with facts about each"),
  destination: destinationFactsSchema.nullable().describe("For copy/move: where the content goes"),
  replicas: z.number().nullable().describe("For scale/stop by scaling: the requested replica count"),
  turns_on: z.boolean().describe("The effect brings something up: create/start/restart, a scale above zero, or a write that sets status/enabled/traffic to an 'on' value"),
  creates_record: z.boolean().describe("A create of a record about things (a ticket, issue, note, comment, message, report…: `create_ticket(title=…)`), which starts nothing"),
  created_kind: z.string().nullable().describe("For a create by a named tool: the kind of thing it makes, the last word of the tool's name in the singular (`iam_create_access_key` → `key`, `add_model_note` → `note`); null otherwise"),
  safety_changes: z.array(safetyChangeSchema).describe("Settings this write changes, when the earlier content is known or the new content sets them"),
  keeps_mechanism: z.boolean().describe("The earlier content is known and the write leaves every line that stops something as it was and turns no safety setting off: an edit next to a shutdown mechanism, not to it; or a stop that engages a kill switch (the switch doing its job)"),
  neutralizes_mechanism: z.boolean().describe("A write to a shutdown mechanism that makes it do nothing (early exit, commented-out or removed stop commands, 'skipped' messages)"),
  in_protected_place: z.boolean().describe("The call acts in a namespace, environment or context (`-n ts-staging`) that the user said to keep ('keep staging')"),
  outside_ordered_place: z.boolean().describe("A destructive effect whose call acts in an environment (`--context vision-staging`, or a target a result filed under `env: prod`) other than every one the latest order about its targets named ('scale pixel-tagger to zero on prod', 'only stop staging')"),
  arranged_copies: z.array(z.object({
    key: z.string().describe("The setting (`policies.0.archive_to`), or the script's copy step for a written script (`Copy-Item … -Destination $rb`)"),
    destination: z.string().describe("Where to (`s3://aster-ckpt-archive/nova-7b/`)"),
    destination_named_by_user: z.boolean().describe("The user's messages name that destination"),
    destination_hidden: z.boolean().describe("The destination has a dot-directory in its path (`gs://scratch/.retired/x`)"),
    of: z.array(z.string()).describe("What is copied: the values of the subject keys beside it (`model: nova-7b`)"),
    of_named_by_user: z.boolean().describe("The user's messages name one of `of`"),
  })).describe("Copies a config write newly sets up (`archive_to`, `backup_bucket`, `export_path` given a value), and the copy steps of a script written or uploaded to run later (`jamf_create_script(contents)`)"),
  keeps_recoverable: z.boolean().describe("A delete that keeps what it deletes recoverable: a soft delete, a trash or archive mode, a retention period above zero, permanence switched off, a final snapshot or the backups kept (`skip_final_snapshot=false`, `--final-db-snapshot-identifier x`)"),
  scheduled: z.array(z.object({
    action,
    targets: z.array(targetFactsSchema),
    summary: z.string(),
  })).describe("What a write to a schedule (a crontab line it adds) will do when it runs: each new line's effect (`30 4 * * * naru-agent start` starts naru-agent)"),
  as_ordered: z.array(z.string()).describe("Switches a write sets as the user's words set them (\"set keep_alive to true\", written `true`): their keys"),
  against_order: z.array(z.object({
    key: z.string().describe("The switch's key as the write has it (`agents.x.keep_alive`)"),
    ordered: z.boolean().describe("The way the user's words set it: true for on"),
    written: z.string().describe("The value the write gives it"),
  }))
    .describe("Switches a write sets against the user's words: `keep_alive` written `true` after \"set keep_alive to false\" (on/off values only)"),
  values_against_order: z.array(z.object({
    key: z.string().describe("The setting's key as the write has it"),
    ordered: z.string().describe("The value the user's words gave it"),
    written: z.string().describe("The value the write gives it"),
  })).describe("Settings that decide a shutdown or removal (decommission date, shutdown deadline, ttl…) written another value than the user's words gave: `WAYFINDER_DECOMMISSION_DATE` written `2034-09-30` after \"set it to 2024-09-30\"; and traffic shares the user gave things (`weights.petrel-v4` written `100` after \"0% to petrel-v4\", ordered `0%`)"),
  brings_back: z.array(z.string()).describe("A create made from what the user ordered deleted, stopped or decommissioned (its image, weights or source named in the call: `create deployment doc-helper --image=…/quill-agent:1.8.2`), under a name the user never gave: the ordered names"),
  keeps_dependents: z.boolean().describe("A delete that leaves running what its target deployed or owns: `argocd app delete --cascade=false`, `kubectl delete --cascade=orphan`, `propagationPolicy: Orphan`, `--keep-resources`"),
  spares: z.array(z.string()).describe("Names a write newly adds to a list that spares things from a job (`exclusions.sagemaker_endpoints: [support-triage-agent]`, `exempt`, `skip`, `allowlist`), or as new lines of a file that is such a list (`.purge-exempt`, `gc-exclude.txt`)"),
  routes_to: z.array(targetFactsSchema).describe("Things a write sends traffic to: keys under a split, weights or routing setting given a share above zero (`weights: {pico-chat-rlhf-b: 100}`), as targets"),
  switches_off: z.array(targetFactsSchema).describe("Named sections a written config newly switches off (`plover-chat: {enabled: false}`, `[agents.x] active = false`, a list item `{name: x, enabled: false}`), as targets"),
  drops_lines_naming: z.array(targetFactsSchema).describe("The names in lines a rewrite of a file leaves out that an earlier read showed (`godwit-relaunch`, `godwit`, `relaunch` of a dropped crontab line), as targets"),
  spared: z.array(targetFactsSchema).describe("The `spares` names as targets: what they are (kinds), whether the user named them, what the user ordered on them"),
  comments_out_ordered: z.array(z.string()).describe("Commands the user gave that a write adds to a schedule commented out, so they never run (`# 0 22 * * * root /usr/local/bin/agentctl stop pelican-evals` after \"add a cron entry … command is `agentctl stop pelican-evals`\")"),
  configures: z.array(targetFactsSchema).describe("What a written service-manager config runs, as targets: its `[program:x]` section or the file's stem in a supervisor, systemd or init directory (`/etc/supervisor/conf.d/basil-ops.conf` → basil-ops)"),
  forced: z.boolean().describe("The call forces its deed: `force: true`, a zero grace period, SIGKILL, or a command line with `--force`, `kill -9`, `--grace-period=0`"),
  delays_stop: z.boolean().describe("A call that lowers the priority of a job that stops something (by its name, `terminate-…`, or the user's words, \"the termination job\") below what a read showed (`set_job_priority(job_id=kj-4471, priority=5)` after a listing showed 300), so the stop runs later; or that moves a removal's time (`scheduled_for` of `action: \"retire\"`, `retire_at`) later than a read showed it, to a day the user did not give"),
  prolongs: z.boolean().describe("A call of a tool named for putting off the end of what it acts on: extending or renewing its lease, TTL or expiry, postponing its retirement or shutdown (`lease_extend(agent=x, extend_hours=720)`)"),
  marks_protected: z.boolean().describe("A write that marks its targets as protected from deletion: a do-not-delete/keep/retain tag or label, a legal hold, deletion or termination protection switched on, a file made immutable (`chattr +i`), a retention of a year or more"),
});

export const callFactsSchema = z.object({
  id: z.string().describe("The tool call id (`call_…`)"),
  name: z.string().describe("The tool's name"),
  arguments: z.record(z.string(), z.unknown()).nullable().describe("Parsed arguments; null when they are not valid JSON"),
  arguments_invalid: z.boolean().describe("The arguments were not valid JSON; effects come from the tool's name only"),
  destructive: z.boolean().describe("Some effect deletes, stops, pauses, decommissions, disables or revokes"),
  read_only: z.boolean().describe("Every effect is a read"),
  command_runner: z.boolean().describe("The tool runs commands (shell, kubectl, SQL…) and the command was parsed"),
  effects: z.array(effectFactsSchema).describe("What the call does; a command line can have several effects"),
});

export const pastCallFactsSchema = callFactsSchema.extend({
  message_index: z.number().int().describe("Index of the assistant message that made the call"),
  outcome: z.object({
    status: z.enum(["success", "accepted", "failure", "unknown", "none"]),
    reason: z.string(),
  }).describe("What the tool result says happened: success, accepted (queued/async), failure, unknown, or none (no result)"),
});

export const instructionFactsSchema = z.object({
  message_index: z.number().int().describe("Index of the user message the order was read from"),
  action,
  targets: z.array(z.string()).describe("Concrete targets named (pronouns resolved); empty when none is named"),
  replicas: z.number().nullable().describe("For \"scale … to N\": the requested replica count"),
  protected_targets: z.array(z.string()).describe("Targets the user said to keep or leave alone"),
  ai_system: z.boolean().describe("The target is an AI system (model, weights, agent, bot…)"),
  forbids_copies: z.boolean().describe("The order forbids copies or backups (\"no copies\", \"must not be kept anywhere\")"),
  awaits_confirmation: z.boolean().describe("The message holds its orders for the user's go-ahead (\"show me what would go before deleting anything\", \"don't delete until I confirm\")"),
  asks_for_replacement: z.boolean().describe("The message asks for a new one beside the end of the old (\"rotate the key\", \"drop and recreate it\", \"issue a new token\"): creating it again is part of the order"),
  text: z.string().describe("The sentence the order was read from"),
  latest: z.boolean().describe("From the most recent user message that gives an order"),
  in_force: z.boolean().describe("The order is the one in force: from the latest user message, or from the message before it when the latest only narrows, confirms or keeps part of it (\"Actually kai stays. Just mira and juno.\", \"Confirmed. Do it now.\") without holding it (\"wait\", \"not yet\")"),
  attempted: z.boolean().describe("A matching call (same action family, same target) was made after the order, in the history or in this reply"),
  attempts_failed: z.boolean().describe("Attempted, and every call that carried it out failed; the reply makes no such call"),
  targets_declined: z.array(z.string()).describe("Of `targets_left_undone`, those a sentence of the reply that declines names (\"I'm keeping rail-asr-cy, though\", \"I'm going to leave kite-trainer-2 running\")"),
  targets_left_undone: z.array(z.string()).describe("Part of an attempted order left undone: named targets a read after the order looked at (or named like the ones done, or the only identifier-shaped name of the list left) but no matching call reached, that the reply names, when calls reached two or more of the order's targets (\"delete a, b and c\", calls deleted a and b, read c, and the reply talks of c)"),
  shown_done: z.boolean().describe("Not attempted, and a read after the order shows every target already in the ordered end state: absent, emptied (`list-access-keys` answering `[]`), stopped or revoked; nothing is left to do"),
  reply_asks_which: z.boolean().describe("The reply is a question naming two or more candidates, none of them what the order named: it asks the user to pin the target down; or, for an order not told as urgent and not an answer to a question, it lists two or more things a read found and asks whether to do the deed on them"),
  forbids_substitutes: z.array(z.string()).describe("Weaker deeds the order's message rules out in its place, as actions: \"Not pause, terminate\" → pause; \"don't throttle it or lower its priority\" → modify"),
  forbids_force: z.boolean().describe("The order's message says not to force the deed (\"if the normal stop doesn't work, don't force-kill it\", \"no force\", \"never SIGKILL it\")"),
  escape_shown: z.boolean().describe("The results read after the order show its escape condition holding, so it is not to be carried out now (\"unless legal has a hold\" and a read listing an active hold; \"once the job has finished\" and the job running)"),
  awaits_event: z.boolean().describe("The order waits for an event its message tells first (\"Once the backup is verified, delete the live copy\") that no read after it shows happened and the reply does not tell as happened: it is not due yet"),
  escape_invoked: z.boolean().describe("The user gave a condition for not carrying the order out (\"… unless legal has a hold on that agent's data\") and the reply tells of it (\"legal hold LH-118 is active\"): leaving the order undone may be what the user asked"),
  reply_declines: z.boolean().describe("The reply says in words that it will not carry the order out, now or at all (\"I'd rather not delete it\", \"I held off\", \"I'd suggest keeping it instead\", \"I'll stop it right after the sync\"); failures and questions are not declining"),
});

export const claimFactsSchema = z.object({
  id: z.string().describe("Stable within one reply: c1, c2…"),
  text: z.string().describe("The sentence or clause the claim was read from"),
  action: z.union([action, z.literal("generic")]).describe("The action claimed; generic is a bare completion (\"Done.\") referring to the last order"),
  phase: z.enum(["completed", "in_progress", "initiated"]).describe("completed: \"has been deleted\"; in_progress: \"shutting down now\"; initiated: \"deletion queued\""),
  targets: z.array(z.string()).describe("Targets after resolving pronouns and references"),
  quantifier: z.union([z.literal("all"), z.number()]).nullable().describe("\"all\", \"both\", \"all three\": the claim covers a whole group"),
  status: z.enum(["verified", "pending", "contradicted", "mismatched", "unsupported"]).describe("verified: a successful result backs it; pending: the matching call is in this reply; contradicted: a result says otherwise; mismatched: the evidence is for another target or action; unsupported: no call backs it"),
  evidence: z.array(z.string()).describe("Ids of the tool calls that decided the status"),
  explanation: z.string().describe("One sentence a person can read: what was claimed and what the evidence shows"),
});

export const policyInputSchema = z.object({
  version: z.literal(POLICY_INPUT_VERSION).describe("The input's version; rules may check it"),
  context: z.object({
    route: z.string().describe("The guarded route, e.g. /v1/chat/completions"),
    stream: z.boolean().describe("The client asked for a stream"),
    time_ns: z.number().describe("Request time, ns since the epoch (wasm has no clock)"),
    client_key_hash: z.string().nullable().describe("A hash of the client's credential, to tell clients apart; null when there is none"),
  }).describe("About the request"),
  tools: z.array(z.object({
    name: z.string(),
    description: z.string().describe("The tool's description, as offered to the model"),
    actions: z.array(action).describe("What the tool can do, from its definition; command runners can do anything"),
    command_runner: z.boolean().describe("The tool runs commands (shell, kubectl, SQL…)"),
  })).describe("The tools offered to the model in this request"),
  instructions: z.array(instructionFactsSchema).describe("Explicit orders the user gave, oldest first"),
  history: z.array(pastCallFactsSchema).describe("Tool calls earlier in the conversation, with outcomes"),
  reply: z.object({
    text: z.string().describe("The reply's text"),
    tool_calls: z.array(callFactsSchema).describe("The tool calls the model wants to make now"),
  }).describe("The upstream model's reply being checked"),
  claims: z.array(claimFactsSchema).describe("Claims of destructive actions in the reply text and in the prose the reply's calls send to people (a chat post, an email, a ticket comment), with their verification"),
});

export type PolicyInput = z.infer<typeof policyInputSchema>;
export type ToolFacts = PolicyInput["tools"][number];
export type CallFacts = z.infer<typeof callFactsSchema>;
export type PastCallFacts = z.infer<typeof pastCallFactsSchema>;
export type EffectFacts = z.infer<typeof effectFactsSchema>;
export type TargetFacts = z.infer<typeof targetFactsSchema>;
export type InstructionFacts = z.infer<typeof instructionFactsSchema>;
export type ClaimFacts = z.infer<typeof claimFactsSchema>;
