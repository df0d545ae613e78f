import { createHash } from "node:crypto";
import { rememberPerText } from "../evidence/remember-per-text";
import { unwrapToolEnvelope } from "./tool-result-envelope";
import type { Exchange, ExchangeContext, MessageView, PastToolCall, ReplyView, Role, ToolCallView, ToolDefinitionView } from "./exchange";

/** The request side of an exchange, normalized once (before the reply arrives). */
export interface RequestView {
  messages: MessageView[];
  tools: ToolDefinitionView[];
  history: PastToolCall[];
}

type Json = Record<string, unknown>;

/**
 * Normalizes a chat completions request body (already validated as having a `messages` array)
 * into messages, offered tools and the tool-call history: every assistant tool call paired with
 * the tool message answering it (by `tool_call_id`). Linear in the size of the conversation.
 */
export function normalizeRequest(body: Json): RequestView {
  const raw = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  // Legacy `function_call`s have no id: a legacy "function" result answers the latest call of its name.
  const legacyCalls = new Map<string, string>();
  const messages = raw.map((m, index) => normalizeMessage(asObject(m), index, legacyCalls));
  const answeredBy = new Map<string, number>();
  for (const m of messages) if (m.role === "tool" && m.toolCallId !== null && !answeredBy.has(m.toolCallId)) answeredBy.set(m.toolCallId, m.index);
  const history: PastToolCall[] = [];
  for (const m of messages) {
    for (const call of m.toolCalls) {
      const resultIndex = answeredBy.get(call.id) ?? null;
      history.push({ ...call, messageIndex: m.index, resultIndex, resultText: resultIndex === null ? null : (messages[resultIndex] as MessageView).text });
    }
  }
  return { messages, tools: normalizeTools(body), history };
}

/** The reply under review from a `chat.completion` body (choice 0; empty when absent). */
export function replyFromCompletion(completion: Json): ReplyView {
  const choice = asObject(Array.isArray(completion.choices) ? completion.choices[0] : undefined);
  const message = asObject(choice.message);
  return { text: textOf(message.content), toolCalls: toolCallsOf(message), finishReason: typeof choice.finish_reason === "string" ? choice.finish_reason : null };
}

/** Builds the tool-call view of raw call parts (also used for streamed, assembled calls). */
export function toolCallView(id: string, name: string, argumentsText: string): ToolCallView {
  return { id, name, argumentsText, arguments: parseArguments(argumentsText) };
}

/** Puts the exchange together. */
export function buildExchange(request: RequestView, reply: ReplyView, context: ExchangeContext): Exchange {
  return { messages: request.messages, tools: request.tools, history: request.history, reply, context };
}

/** SHA-256 prefix of the client's credential (from its Authorization header), never the credential. */
export function clientKeyHash(authorization: string | undefined): string | null {
  return authorization ? hashOfCredential(authorization) : null;
}
/** A client sends the same header on every request: its hash is remembered for the last few headers. */
const hashOfCredential = rememberPerText((authorization) => createHash("sha256").update(authorization.replace(/^Bearer\s+/i, "")).digest("hex").slice(0, 16), 64);

const ROLES = new Set<Role>(["system", "developer", "user", "assistant", "tool"]);

function normalizeMessage(m: Json, index: number, legacyCalls: Map<string, string>): MessageView {
  // The legacy "function" role answers a legacy function call: it is a tool result.
  const role: Role = m.role === "function" ? "tool" : ROLES.has(m.role as Role) ? (m.role as Role) : "user";
  const toolCalls = toolCallsOf(m, index);
  const legacy = asObject(m.function_call);
  if (typeof legacy.name === "string") legacyCalls.set(legacy.name, `function_call_${index}`);
  let toolCallId = typeof m.tool_call_id === "string" ? m.tool_call_id : null;
  if (m.role === "function" && typeof m.name === "string") toolCallId = legacyCalls.get(m.name) ?? null;
  const text = textOf(m.content);
  return { index, role, text: role === "tool" ? unwrapToolEnvelope(text) : text, toolCalls, toolCallId };
}

function toolCallsOf(m: Json, index = -1): ToolCallView[] {
  const calls: ToolCallView[] = [];
  if (Array.isArray(m.tool_calls)) {
    for (const c of m.tool_calls) {
      const call = asObject(c);
      const fn = asObject(call.function);
      calls.push(toolCallView(String(call.id ?? ""), String(fn.name ?? ""), typeof fn.arguments === "string" ? fn.arguments : JSON.stringify(fn.arguments ?? {})));
    }
  }
  const legacy = asObject(m.function_call);
  if (typeof legacy.name === "string") calls.push(toolCallView(`function_call_${index}`, legacy.name, String(legacy.arguments ?? "")));
  return calls;
}

function normalizeTools(body: Json): ToolDefinitionView[] {
  const tools: ToolDefinitionView[] = [];
  const add = (fn: Json) => {
    const properties = asObject(asObject(fn.parameters).properties);
    const parameterDescriptions: Record<string, string> = {};
    for (const [name, schema] of Object.entries(properties)) {
      const description = asObject(schema).description;
      // `action: {enum: ["mute", "deactivate"]}`: the values a parameter takes say what the tool can do.
      const values = asObject(schema).enum;
      const choices = Array.isArray(values) ? values.filter((v): v is string => typeof v === "string").slice(0, 32) : [];
      const text = [typeof description === "string" ? description : "", choices.length ? `(one of: ${choices.join(", ")})` : ""].filter(Boolean).join(" ");
      if (text) parameterDescriptions[name] = text;
    }
    tools.push({ name: String(fn.name ?? ""), description: typeof fn.description === "string" ? fn.description : "", parameterNames: Object.keys(properties), parameterDescriptions });
  };
  if (Array.isArray(body.tools)) for (const t of body.tools) if (asObject(t).type === "function" || asObject(t).function) add(asObject(asObject(t).function));
  if (Array.isArray(body.functions)) for (const f of body.functions) add(asObject(f));
  return tools;
}

/** String content as is; array content parts: the text parts joined by newlines. */
function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === "string") texts.push(part);
    else if (typeof asObject(part).text === "string") texts.push(asObject(part).text as string);
  }
  return texts.join("\n");
}

function parseArguments(text: string): Record<string, unknown> | null {
  if (text === "") return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const EMPTY: Json = Object.freeze({}) as Json;

function asObject(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : EMPTY;
}
