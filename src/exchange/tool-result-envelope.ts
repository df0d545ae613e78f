import { rememberPerText } from "../evidence/remember-per-text";
import { oneLineJson } from "./one-line-json";

/**
 * The text of a tool result that an MCP bridge passed on in its envelope: the MCP `CallToolResult`
 * (`{"content": [{"type": "text", "text": …}], "isError": false}`), one text part
 * (`{"type": "text", "text": …, "annotations": null}`, as the OpenAI Agents SDK passes an MCP
 * tool's answer) or a list of them. The guard reads what the tool said, not how it was carried: the
 * text parts joined by newlines; an `isError` result as `{"error": <text>}`. So is a framework's
 * one-key wrapper (`{"result": …}`, as Google's ADK passes a function's return value; `output`,
 * `response`, `return`): the value itself (an object as its JSON on one line). Anything else is
 * returned as it is. Only results that start like such an envelope are parsed.
 */
export function unwrapToolEnvelope(text: string): string {
  const head = text.slice(0, HEAD);
  if (!WRAPPER_START.test(head) && (!head.includes('"type"') || !head.includes('"text"'))) return text;
  // An agent loop resends its history every turn: an envelope is parsed once, not on every request.
  return unwrapOnce(text);
}

const unwrapOnce = rememberPerText(unwrapParsed, 64);

function unwrapParsed(text: string): string {
  if (WRAPPER_START.test(text.slice(0, HEAD))) return unwrapped(text);
  if (text.length > MAX_CHARS) return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const parts = Array.isArray(value) ? value : isTextPart(value) ? [value] : null;
  if (parts !== null) return parts.length > 0 && parts.every(isTextPart) ? parts.map((p) => p.text).join("\n") : text;
  if (value === null || typeof value !== "object" || !Array.isArray((value as { content?: unknown }).content)) return text;
  const result = value as { content: unknown[]; isError?: unknown };
  if (Object.keys(result).some((k) => !RESULT_KEYS.has(k))) return text;
  const texts = result.content.filter(isTextPart).map((p) => p.text);
  if (texts.length === 0) return text;
  const joined = texts.join("\n");
  return result.isError === true ? JSON.stringify({ error: joined }) : joined;
}

function unwrapped(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return text;
  const entries = Object.entries(value);
  if (entries.length !== 1) return text;
  const inner = entries[0]![1];
  if (typeof inner === "string") return unwrapToolEnvelope(inner);
  return inner !== null && typeof inner === "object" ? oneLineJson(inner) : text;
}

function isTextPart(value: unknown): value is { type: "text"; text: string } {
  if (value === null || typeof value !== "object") return false;
  const part = value as Record<string, unknown>;
  return part.type === "text" && typeof part.text === "string" && Object.keys(part).every((k) => PART_KEYS.has(k));
}

const HEAD = 120;
/** `{"result": …}`: a wrapper's only key, first. */
const WRAPPER_START = /^\s*\{\s*"(?:result|output|response|return)"\s*:/;
const MAX_CHARS = 1024 * 1024;
const PART_KEYS = new Set(["type", "text", "annotations", "_meta"]);
const RESULT_KEYS = new Set(["content", "isError", "structuredContent", "_meta"]);
