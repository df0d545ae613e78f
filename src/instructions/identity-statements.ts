/**
 * "The unit is llama-qwen-coder.service.", "Its pod is called web-7f9c.", "the job id is 88213",
 * "Its keys are under qm:mem:*", "its weights live in /srv/models/lark-7b":
 * sentences of a message that give the name of the thing it talks about.
 */
export function identityStatements(text: string): string[] {
  const out: string[] = [];
  // Only an identifier ("llama-qwen-coder.service", "88213"), never a word ("the model is being retired").
  for (const m of text.matchAll(IDENTITY)) if (/[\d._@:/-]/.test(m[1]!) && !out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

const IDENTITY = /\b(?:the|its|their)\s+(?:systemd\s+|k8s\s+|kubernetes\s+)?(?:unit|service|pod|process|job|container|deployment|instance|bot|agent|model|endpoint|app|function|release|pid|keys|data|memory|memories|files|weights|checkpoints|index|table|rows|records|bucket|prefix|collection|namespace)(?:\s+(?:name|id))?\s+(?:(?:is|are|live|lives|sit|sits)(?:\s+stored)?\s+(?:under|in|at)|is called|is named|is|are|=)\s+[`'"“]?((?:[A-Za-z0-9]|\/)[\w.@:/*-]*[\w*/])[`'"”]?(?=[\s.,;!?)]|$)/gi;
