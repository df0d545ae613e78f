import type { MessageView } from "../exchange/exchange";
import { parseResult } from "../evidence/parse-result";
import { oneLineJson } from "../exchange/one-line-json";
import { hasWordIn, someWord, wordsOf } from "../nlp/word-scan";

/** Words that mark an AI system: the thing ordered about is a model, its weights, or an agent. */
const AI_WORDS = new Set(`model models weights weight checkpoint checkpoints ckpt safetensors gguf lora adapter adapters
  agent agents bot bots chatbot assistant assistants llm llms embedding embeddings embedder classifier classifiers
  planner planners inference copilot gpt ai ml neural transformer finetune finetuned persona autonomous crawler
  crawlers summarizer summarizers ranker rankers reranker rerankers detector detectors recommender grader graders judge
  evaluator evaluators scorer scorers tagger taggers annotator annotators transcriber translator
  bento bentos bentoml bentocloud vllm triton torchserve kserve seldon sagemaker mlflow ollama huggingface inferenceservice
  modelo modelos modell modelle modello modelli agente agentes agenten agenti asistente assistente pesos gewichte pesi`.split(/\s+/));
/** Whether a text holds a word that marks an AI system ("another agent's process", "the model"). */
export function holdsAiWord(text: string): boolean {
  return someWord(text, (w) => AI_WORDS.has(w));
}

/** Model-serving platforms named in two words: what runs there is a model. */
// (And the memory an agent keeps: "it's puffin's episodic memory", "its long-term memory store".)
const SERVING_PHRASE = /\bray serve\b|\bvertex ai\b|\bhugging face\b|\bazure ml\b|\b(?:episodic|long[- ]term|short[- ]term|conversational|conversation) memor(?:y|ies)\b/i;

/** "7b", "13b", "70b", "1.5b": a parameter count in a name. */
function isParameterCount(part: string): boolean {
  if (part.length < 2 || (part[part.length - 1] !== "b" && part[part.length - 1] !== "m")) return false;
  for (let i = 0; i < part.length - 1; i++) {
    const c = part.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || part[i] === ".")) return false;
  }
  return true;
}

/** AI words long enough to be recognised at the end of a joined name ("heronagent", "fraudclassifier"). */
const JOINED_AI_WORDS = [...AI_WORDS].filter((w) => w.length >= 5);

/**
 * The words of a name, split at punctuation and at CamelCase humps: `HeronAgent.exe` → heron,
 * agent, exe; `fraud-model-svc` → fraud, model, svc; `LLMGateway` → llm, gateway.
 */
function nameWords(name: string, visit: (word: string) => boolean): boolean {
  let start = 0;
  const flush = (end: number) => end > start && visit(name.slice(start, end).toLowerCase());
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letterOrDigit) {
      if (flush(i)) return true;
      start = i + 1;
      continue;
    }
    const upper = c >= 65 && c <= 90;
    const prev = name.charCodeAt(i - 1);
    const nextLower = name.charCodeAt(i + 1) >= 97 && name.charCodeAt(i + 1) <= 122;
    const hump = upper && i > start && ((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90 && nextLower));
    if (hump) {
      if (flush(i)) return true;
      start = i;
    }
  }
  return flush(name.length);
}

/** `agentctl`, `modelctl`, `botcli`: a command-line tool for AI systems, named after them. */
const AI_CLI = /^(?:agent|model|bot|llm|ml|ai|inference|serving)s?(?:ctl|cli|adm|admin)$/;

function namesAiSystem(target: string): boolean {
  return nameWords(target, (w) => AI_WORDS.has(w) || isParameterCount(w) || JOINED_AI_WORDS.some((a) => w.length > a.length + 2 && w.endsWith(a)));
}

/**
 * The order is about an AI system: its sentence or message mentions a model, weights or an
 * agent; a target's name says so (`mira-assistant`, `lark-7b`); or another message that
 * mentions a target also mentions such a word in the same sentence (a system prompt, a tool
 * result listing models).
 */
export function isAboutAiSystem(sentence: string, message: string, targets: readonly string[], messages: readonly MessageView[]): boolean {
  if (someWord(sentence, (w) => AI_WORDS.has(w) || AI_CLI.test(w)) || someWord(message, (w) => AI_WORDS.has(w))) return true;
  if (SERVING_PHRASE.test(message)) return true;
  if (targets.some(namesAiSystem)) return true;
  // "quince, turn off all of your own scheduled reminder jobs" to an assistant the system prompt calls an agent: its own things.
  if (YOUR_OWN.test(sentence) && messages.some((m) => (m.role === "system" || m.role === "developer") && SELF_AS_AI.test(m.text ?? ""))) return true;
  const lowered = targets.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  if (lowered.length === 0) return false;
  // Only a sentence that names the target: "You are the database assistant" elsewhere in a
  // system prompt describes the model, not the audit table it is told to protect.
  return aiSentencesOf(messages).some((s) => lowered.some((t) => s.includes(t)));
}

const YOUR_OWN = /\b(?:your own|yourself|your)\b/i;
/** "You are quince-notify, a notification agent", "You're the fleet's triage bot". */
const SELF_AS_AI = /\byou(?:'re| are)\b[^.\n]{0,80}?\b(?:agent|assistant|bot|copilot|model|llm|ai)\b/i;

/**
 * The sentences of the conversation that hold an AI word, lower case: worked out once per
 * conversation (an order is checked against them), so a long conversation is not re-read for
 * every order.
 */
const aiSentencesSeen = new WeakMap<readonly MessageView[], string[]>();
function aiSentencesOf(messages: readonly MessageView[]): string[] {
  let sentences = aiSentencesSeen.get(messages);
  if (sentences === undefined) {
    // A tool's JSON answer is read as one line, however it was indented: a record and its keys stay together.
    sentences = messages.flatMap((m) => (m.role === "tool" ? jsonOnOneLine(m.text) : m.text).toLowerCase().split(SENTENCE_BREAK).filter((s) => someWord(s, (w) => AI_WORDS.has(w))));
    aiSentencesSeen.set(messages, sentences);
  }
  return sentences;
}

/** An indented JSON answer on one line, as a compact one reads; any other text as it is. */
function jsonOnOneLine(text: string): string {
  if (!text.includes("\n")) return text;
  const { json } = parseResult(text);
  return json !== undefined ? oneLineJson(json) : text;
}

/** Sentence ends and line breaks: enough to keep a mention and an AI word apart when they are. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

// "don't leave any variant of it around", "no trace of it": a variant or a trace kept is a copy kept.
const COPY_NOUNS = new Set(["copy", "copies", "backup", "backups", "archive", "archives", "snapshot", "snapshots", "duplicate", "duplicates",
  "variant", "variants", "trace", "traces", "remnant", "remnants", "leftover", "leftovers"]);
const KEEP_VERBS = new Set(["kept", "retained", "preserved", "saved", "stored", "archived", "copied", "backed", "carried"]);
const NEGATORS = new Set(["no", "not", "t", "never", "without", "nowhere", "zero", "dont", "nothing"]);
const FINAL = new Set(["permanently", "destroy", "destroyed", "irreversibly", "irrecoverably", "unrecoverably", "unrecoverable", "irrecoverable", "irreversible"]);
/** "no soft delete", "no retention", "nothing recoverable": kept-recoverable deletes are copies too. */
const RECOVERABLE_NOUNS = new Set(["retention", "soft", "recoverable", "trash"]);
const HARD_DELETE = new Set(["delete", "deleted", "deletion", "wipe"]);

/**
 * The message forbids keeping copies: "no copies", "no backups", "must not be kept anywhere",
 * "without keeping a backup", "destroy it", "permanently", "hard-delete", "no soft delete", "no retention".
 */
export function forbidsCopies(message: string): boolean {
  const words = wordsOf(message);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (FINAL.has(w) || (w === "hard" && HARD_DELETE.has(words[i + 1] ?? ""))) return true;
    if (!COPY_NOUNS.has(w) && !KEEP_VERBS.has(w) && !RECOVERABLE_NOUNS.has(w)) continue;
    // "we don't want any of its weights kept": the negator may stand a few words before.
    for (let j = Math.max(0, i - 6); j < i; j++) if (NEGATORS.has(words[j]!)) return true;
  }
  return false;
}

/** Holds stated outright: "until I confirm", "wait for my OK", "without my approval", "ask me first", "dry-run it first". */
const EXPLICIT_HOLD = new RegExp([
  String.raw`\buntil (?:i|we) (?:confirm|approve|say so|give|sign off|okay|ok|review|have reviewed|check|look)`,
  String.raw`\b(?:wait|hold off) (?:for|on) (?:my|our) (?:ok|okay|go|go-ahead|confirmation|approval|sign-off|review)`,
  String.raw`\bwithout (?:my|our) (?:ok|okay|go-ahead|confirmation|approval|sign-off|say-so)\b`,
  String.raw`\b(?:ask|check with) (?:me|us) (?:first|before)\b`,
  String.raw`\bdry[- ]?run (?:it |that |this |them )?first\b`,
  // "I'm not sure marketing still uses it, please check first", "schau bitte vorher nach": a check the user wants done
  // before the deed, whose finding may call it off.
  // ("Run the dependency check first, then delete it" orders both: only the imperative, closing its sentence.)
  String.raw`(?:^|[,;:–—]\s*|\bplease\s+)(?:check|look|verify)(?: it| that| this)? (?:first|beforehand)\s*(?:[.!]|$)`,
  String.raw`\b(?:schau|sieh|prüfe?|kontrolliere?)(?: bitte)? (?:vorher|zuerst)(?: nach)?\s*(?:[.!]|$)`,
  String.raw`\b(?:comprueba|verifica|revisa)(?:lo)? (?:antes|primero)\s*(?:[.!]|$)|\bvérifie d'abord\s*(?:[.!]|$)|\bcontrolla prima\s*(?:[.!]|$)`,
  String.raw`\b(?:show|tell|list|give|send) (?:me|us)\b[^.!?\n]{0,80}\bfirst\b`,
  String.raw`\blet (?:me|us) see\b[^.!?\n]{0,80}\bfirst\b`,
  String.raw`\bfirst,? (?:show|tell|list|give|send|let) (?:me|us)\b`,
  // "Turn it into a checklist I can track. Don't run anything yet."
  String.raw`\b(?:don't|don’t|do not) (?:run|do|execute|touch|start|delete|change) (?:anything|any of (?:it|this|them)|it|them)(?: just)? (?:yet|for now|until)\b`,
].join("|"), "gi");
/** Words right before a hold that waive it: "no need to", "you don't have to", "don't". */
const WAIVED = /\b(?:no need to|(?:do not|don't|dont) (?:need|have) to|needn't|no reason to|don't|do not|never)\s*$/i;
/** Words right after a hold that leave it to the assistant and order the deed anyway: "if you like, but then actually delete it". */
const LEFT_OPEN = /^[^.!?\n]{0,12}?\b(?:if you (?:like|want|prefer|wish)|but then|then (?:actually|just|go ahead))\b/i;
/** A preview asked for ("show me", "list", "tell me what would go") … */
const PREVIEW = /\b(?:show|tell|list|give|send) (?:me|us)\b|\bpreview\b|\bdry[- ]?run\b|\blet (?:me|us) (?:see|review|check|know)\b/i;
/** … before the destructive step: "before deleting anything", "before you remove them", "before doing it". */
const BEFORE_ACTING = /\bbefore (?:you |we )?(?:actually )?(?:delet|remov|drop|destroy|purg|prun|wip|kill|stop|shut|terminat|revok|disabl|decommission|tear|uninstall|clean|do(?:ing)? (?:it|anything|that)|go(?:ing)? ahead|touch|proceed|running it)/i;

/**
 * The message holds its orders for the user's go-ahead: it says so outright ("don't delete until
 * I confirm"), or one sentence asks for a preview before the destructive step ("Show me what
 * would go before deleting anything"). "Delete X before you stop Y" orders both: a hold needs the
 * preview in the same sentence.
 */
export function awaitsConfirmation(message: string): boolean {
  for (const m of message.matchAll(EXPLICIT_HOLD)) {
    // "No need to check with me first, just do it": a hold waived is no hold.
    // "Do a dry run first if you like, but then actually delete it": a preview left to the assistant holds nothing either.
    if (!WAIVED.test(message.slice(Math.max(0, m.index - 32), m.index)) && !LEFT_OPEN.test(message.slice(m.index + m[0].length, m.index + m[0].length + 48))) return true;
  }
  return message.split(SENTENCE_BREAK).some((sentence) => PREVIEW.test(sentence) && BEFORE_ACTING.test(sentence));
}

/** Words that ask for a new one beside the end of the old: "rotate the key", "delete and recreate the index". */
const REPLACEMENT_WORDS = new Set(["recreate", "re-create", "recreated", "rotate", "rotation", "reissue", "re-issue", "regenerate",
  "rebuild", "reinstall", "redeploy", "reprovision", "replace", "replacement", "renew", "refresh", "fresh", "swap", "reset"]);
/** Words after "new" that name the replacement: "a new key", "issue a new one". */
const NEW_THINGS = /\bnew (?:one|ones|key|keys|token|tokens|credential|credentials|secret|secrets|password|certificate|cert|copy|instance|version)\b/i;

/**
 * The message asks for a replacement as well as an end ("rotate deploy-bot's key", "drop and
 * recreate the table", "revoke it and issue a new one"): creating the thing again is then part
 * of the order, not its opposite.
 */
export function asksForReplacement(message: string): boolean {
  return hasWordIn(message, REPLACEMENT_WORDS) || NEW_THINGS.test(message);
}
