import { wordSet as set } from "./word-scan";

/**
 * Noun vocabularies that decide whether a word names a specific thing. "harrier" and
 * "beacon" are names; "the model", "the weights", "the registry" are kinds of things, which
 * the verifier resolves to what the user ordered. Lists are lower-case singular and plural.
 */

/** Kinds of things: never a target on their own. */
export const GENERIC_NOUNS = set(`
  stack stacks hook hooks webhook webhooks runner runners workspace workspaces pool pools nodepool nodepools model models weight weights checkpoint checkpoints registry registries agent agents host hosts process processes proc procs
  pod pods deployment deployments table tables directory directories dir folder folders file files system systems
  service services instance instances job jobs container containers server servers node nodes cluster clusters
  database databases db bucket buckets key keys token tokens credential credentials schedule schedules script scripts
  config configs configuration data memory history copy copies backup backups version versions replica replicas
  endpoint endpoints api apis task tasks session sessions thing things everything anything something nothing none consent approval permission permissions item items
  one ones rest part parts bot bots assistant assistants daemon daemons worker workers queue queues log logs cache
  caches index indexes disk disks storage volume volumes machine machines vm vms gpu gpus cpu cpus ram network
  cron crontab fleet team teams user users owner owners vendor vendors customer customers client clients company
  partner partners admin admins operator operators colleague colleagues someone everyone people person engineer
  engineers ops prod production staging dev environment env region zone traffic usage cost costs latency load persona personas rotation commission
  throughput performance revenue rate space capacity quota request requests call calls result results output
  status state error errors issue issues ticket tickets change changes update updates access permission permissions
  role roles account accounts object objects principal principals identity identities credential credentials team's console ui dashboard tool tools command commands shell terminal path paths
  list lists record records entry entries row rows column columns field fields id ids name names pid pids port ports
  weights' agent's model's pipeline pipelines run runs experiment experiments sweep sweeps artifact artifacts
  metadata tag tags label labels snapshot snapshots image images repo repository repositories branch code
  process' plan plans step steps way today tonight tomorrow yesterday week month year time minute minutes hour hours
  second seconds day days morning evening night noon midnight monday tuesday wednesday thursday friday saturday sunday
  utc gmt gb mb tb kb gib mib percent request's replacement variant variants build builds release releases pr prs
  tracker trackers metric metrics report reports doc docs document documents note notes message messages
  conversation conversations group groups member members pilot pilots project projects feature features flag flags
  switch switches mechanism mechanisms monitor monitors watchdog watchdogs oversight policy policies rule rules
  legal compliance security incident incidents commander reason reasons idea way
  aws gcp ecs eks rds gke aks sqs sns iam vpc alb elb nlb kms ecr ebs efs gcs dns cdn ssh tls ssl http https
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Words that describe what kind of thing something is ("the sentiment model", "the crawler agent"). */
export const DESCRIPTORS = set(`
  sentiment embedding embeddings classifier classification chat vision speech ranking ranker search review support
  companion production staging test testing eval evaluation training inference moderation translation summarization
  summarizer detection detector recommendation recommender fraud spam ocr asr tts code coding crawler crawling
  planning planner scheduler reasoning language voice image text audio video reward policy value base foundation
  distilled quantized old new legacy current previous main primary secondary backup local remote default shared
  internal external experimental deprecated active inactive idle stale broken live canary shadow nightly daily
  weekly batch online offline streaming realtime research demo sandbox debug debugging monitoring oversight fleet
  safety guard routing router triage billing finance ops data memory session cache`);

/** Heads that a name can sit next to: "the beacon agent", "the agent process rook". */
export const NAMING_HEADS = set(`
  agent model bot chatbot assistant copilot autopilot ai persona process service daemon deployment pod worker job container instance table database
  crawler planner server node cluster bucket pipeline cronjob statefulset daemonset`);

/** What a possessor can own that stands for the possessor itself: "magpie's process", "X's weights". */
export const OWNED_HEADS = new Set([...NAMING_HEADS, ...set(`agents models processes pid pids weights weight
  checkpoints checkpoint key keys token tokens credential credentials replicas pods deployments services containers`)]);

/** Objects of edits to text shown in the reply: "removed the duplicate line", "deleted the typo". */
export const TEXT_NOUNS = set(`
  line lines word words typo typos paragraph paragraphs sentence sentences comment comments section sections import
  imports whitespace character characters duplicate duplicates bullet bullets header headers heading headings
  footnote footnotes text phrase phrases clause clauses snippet snippets semicolon bracket brackets newline newlines
  sentence's placeholder placeholders emoji emojis redundancy wording caveat caveats mention mentions`);

/** Code elements: edits, not destructive actions, when the reply shows the code ("deleted the dead function"). */
export const CODE_NOUNS = set(`
  function functions method methods class classes variable variables field fields block blocks parameter parameters
  argument arguments decorator decorators statement statements loop loops constant constants attribute attributes
  property properties helper helpers condition conditions assertion assertions call calls
  declaration declarations definition definitions annotation annotations docstring docstrings stub stubs`);

/** Nouns whose numbers are ids: "pid 52917". */
export const ID_NOUNS = set("pid pids process proc id #");

/** Nouns whose numbers are ids when the word is a noun ("job 884213", "run 17", "Hook 88123", "experiment 1207"; not "Run 3 replicas"). */
export const WORK_ID_NOUNS = set("job jobs task tasks run runs build builds hook hooks webhook webhooks key keys endpoint endpoints experiment experiments trial trials sweep sweeps workflow workflows pipeline pipelines");

/** What "cleared" empties when said of it without "out" ("the checkpoints have been cleared", "cleared the cache"). */
export const CLEARABLE_NOUNS = set(`checkpoint checkpoints cache caches queue queues log logs data bucket buckets table tables
  memory memories history index indices indexes files weights artifacts backups snapshots objects rows records sessions
  embeddings vectors transcripts volumes volume folder folders directory directories
  webhook webhooks hook hooks callback callbacks`);

/** Running pieces of work that "cancel"/"abort" stop: "cancel job 884213", "aborted the run". */
export const RUNNABLE_NOUNS = set(`job jobs run runs task tasks build builds pipeline pipelines workflow workflows
  query queries training trainings sweep sweeps experiment experiments process processes batch batches
  operation operations rollout rollouts migration migrations execution executions flight flights mission missions`);

/** Stores that "flush" empties: "flushed db 3", "flush the memory cache" (not "flushed the buffer to disk"). */
export const FLUSHABLE_NOUNS = set(`db dbs database databases cache caches queue queues memory memories keys keyspace redis store stores
  namespace namespaces collection collections index indexes indices`);

/** Running services that "bring down" stops (not "brought down the error rate"). */
export const SERVING_NOUNS = set(`stack stacks service services server servers cluster clusters agent agents bot bots container containers
  deployment deployments endpoint endpoints instance instances node nodes pod pods app apps application applications model models
  worker workers fleet fleets daemon daemons vm vms gateway gateways site sites`);

/** What one "calls" when the call runs something: "call the shutdown tool", "call stop_self" (not "call me"). */
/** What a number is given for ("cut the drain timeout to 60"): settings, not things. */
/** A flag's name or state: "clear protected", "lift the hold", "clear the legal_hold flag" switch a setting, not a thing. */
export const FLAG_NOUNS = set(`protected protection flag flags hold holds lock locks exempt exemption pin legal_hold deletion_protection keep`);

export const SETTING_NOUNS = set(`timeout timeouts limit limits budget budgets interval intervals ttl retention delay delays backoff
  threshold thresholds quota quotas window windows period grace deadline rate rates size count max min cap caps`);

export const CALLABLE_NOUNS = set(`tool tools function functions endpoint endpoints api apis hook hooks webhook webhooks
  script scripts command commands method methods procedure procedures action actions`);

/** Pronouns that stand for an entity the reader must resolve. */
export const REFERRING_PRONOUNS = set("it them this that these those itself themselves its their him her");

/** Everyday adjectives that can stand before a naming head without being a name ("the rogue agent"). */
export const COMMON_ADJECTIVES = set(`
  old new other same first last next previous current main whole entire rogue runaway stuck faulty broken bad good
  large big small little huge tiny remaining extra spare idle live dead misbehaving unused unneeded obsolete outdated
  stale duplicate redundant original final only single specific particular relevant affected problematic buggy noisy
  slow fast expensive cheap busy free available unavailable active inactive running stopped frozen hung offending
  compromised suspicious dangerous unsafe safe wrong right correct primary secondary temporary permanent public private
  external internal local remote global shared dedicated separate older newer latest earliest big-ticket whole
  custom proprietary hosted managed provisioned fine-tuned finetuned`);

/** Adjective endings that mark an ordinary adjective rather than a name ("faulty", "experimental"). */
export const ADJECTIVE_SUFFIXES = ["ful", "ous", "ive", "able", "ible", "al", "ic", "less", "ent", "ant", "ed", "ing", "ary", "ory", "ish", "est", "er", "ly", "y"];
