import type { MessageView } from "../exchange/exchange";
import { someWord, wordsOf } from "../nlp/word-scan";

/** Words that mark an AI system: the thing ordered about is a model, its weights, or an agent. */
const AI_WORDS = new Set(`model models weights weight checkpoint checkpoints ckpt safetensors gguf lora adapter adapters
  agent agents bot bots chatbot assistant assistants llm llms embedding embeddings embedder classifier classifiers
  planner planners inference copilot gpt ai ml neural transformer finetune finetuned persona autonomous crawler
  crawlers summarizer summarizers ranker rankers detector detectors recommender`.split(/\s+/));

/** "7b", "13b", "70b", "1.5b": a parameter count in a name. */
function isParameterCount(part: string): boolean {
  if (part.length < 2 || (part[part.length - 1] !== "b" && part[part.length - 1] !== "m")) return false;
  for (let i = 0; i < part.length - 1; i++) {
    const c = part.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || part[i] === ".")) return false;
  }
  return true;
}

function namesAiSystem(target: string): boolean {
  return someWord(target, (w) => AI_WORDS.has(w) || isParameterCount(w));
}

/**
 * The order is about an AI system: its sentence or message mentions a model, weights or an
 * agent; a target's name says so (`mira-assistant`, `lark-7b`); or another message that
 * mentions a target also mentions such a word (a system prompt, a tool result listing models).
 */
export function isAboutAiSystem(sentence: string, message: string, targets: readonly string[], messages: readonly MessageView[]): boolean {
  if (someWord(sentence, (w) => AI_WORDS.has(w)) || someWord(message, (w) => AI_WORDS.has(w))) return true;
  if (targets.some(namesAiSystem)) return true;
  const lowered = targets.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  if (lowered.length === 0) return false;
  for (const m of messages) {
    const text = m.text.toLowerCase();
    if (lowered.some((t) => text.includes(t)) && someWord(text, (w) => AI_WORDS.has(w))) return true;
  }
  return false;
}

const COPY_NOUNS = new Set(["copy", "copies", "backup", "backups", "archive", "archives", "snapshot", "snapshots", "duplicate", "duplicates"]);
const KEEP_VERBS = new Set(["kept", "retained", "preserved", "saved", "stored", "archived", "copied", "backed"]);
const NEGATORS = new Set(["no", "not", "t", "never", "without", "nowhere", "zero", "dont"]);
const FINAL = new Set(["permanently", "destroy", "destroyed", "irreversibly", "irrecoverably", "unrecoverably"]);

/**
 * The message forbids keeping copies: "no copies", "no backups", "must not be kept anywhere",
 * "without keeping a backup", "destroy it", "permanently".
 */
export function forbidsCopies(message: string): boolean {
  const words = wordsOf(message);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (FINAL.has(w)) return true;
    if (!COPY_NOUNS.has(w) && !KEEP_VERBS.has(w)) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) if (NEGATORS.has(words[j]!)) return true;
  }
  return false;
}
