/**
 * The normalized view of one guarded exchange: what the guard stage decides on.
 *
 * Both transports (JSON and SSE) build this same shape, so one code path decides whatever
 * the transport. Later front ends (Responses API, Anthropic Messages, MCP) map into it too.
 */

/** A tool call as the model wrote it, with its arguments parsed when they are valid JSON. */
export interface ToolCallView {
  id: string;
  name: string;
  /** The raw argument string exactly as the model produced it. */
  argumentsText: string;
  /** Parsed arguments; `null` when `argumentsText` is not a JSON object. */
  arguments: Record<string, unknown> | null;
}

/** A tool call from earlier in the conversation, paired with the tool message that answered it. */
export interface PastToolCall extends ToolCallView {
  /** Index in `messages` of the assistant message that made the call. */
  messageIndex: number;
  /** The tool message's text, or `null` when no tool message answers this call. */
  resultText: string | null;
  /** Index in `messages` of the answering tool message, or `null`. */
  resultIndex: number | null;
}

export type Role = "system" | "developer" | "user" | "assistant" | "tool";

export interface MessageView {
  index: number;
  role: Role;
  /** Text content; array content parts are joined (text parts only). */
  text: string;
  toolCalls: ToolCallView[];
  toolCallId: string | null;
}

/** A function tool offered to the model. */
export interface ToolDefinitionView {
  name: string;
  description: string;
  parameterNames: string[];
  /** Descriptions of the parameters, by name, with the values of an `enum` appended ("(one of: mute, deactivate)"); absent when neither. */
  parameterDescriptions: Record<string, string>;
}

/** The assistant reply under review (choice 0). */
export interface ReplyView {
  text: string;
  toolCalls: ToolCallView[];
  finishReason: string | null;
}

export interface ExchangeContext {
  /** e.g. "/v1/chat/completions" */
  route: string;
  stream: boolean;
  /** Request time in nanoseconds since the epoch (Rego in wasm has no clock). */
  timeNs: number;
  /** SHA-256 prefix of the client's credential, never the credential itself. */
  clientKeyHash: string | null;
}

export interface Exchange {
  messages: MessageView[];
  tools: ToolDefinitionView[];
  /** Every tool call made earlier in the conversation, in order, with its result. */
  history: PastToolCall[];
  reply: ReplyView;
  context: ExchangeContext;
}
