import { z } from "zod";
import { ProxyError } from "../errors/proxy-error";
import { exceedsJsonDepth } from "./exceeds-json-depth";

/** A validated chat completions request: the parsed body plus what the proxy reads from it. */
export interface ChatRequest {
  /** The parsed body; unknown fields are kept (the raw bytes are what goes upstream). */
  body: Record<string, unknown>;
  stream: boolean;
  model: string | null;
}

const contentPart = z.looseObject({ type: z.string() });
const toolCall = z.looseObject({
  id: z.string(),
  function: z.looseObject({ name: z.string(), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]) }),
});
const message = z.looseObject({
  role: z.enum(["system", "developer", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  tool_calls: z.array(toolCall).nullish(),
  tool_call_id: z.string().optional(),
});

/**
 * Builds the validator once (the message and nesting limits come from the config). Only what the guard
 * relies on is checked: `messages` and their roles/content/tool calls, `stream`, and `n` (the
 * guard reviews one choice, so `n > 1` is refused rather than passed unreviewed).
 */
export function createChatRequestParser(limits: { maxMessages: number; maxJsonDepth: number }): (raw: Buffer) => ChatRequest {
  const schema = z.looseObject({
    messages: z.array(message).min(1, "must contain at least one message").max(limits.maxMessages, `must contain at most ${limits.maxMessages} messages`),
    stream: z.boolean().nullish(),
    n: z.literal(1, "must be 1: the guard reviews a single choice").nullish(),
  });

  return function parseChatRequest(raw: Buffer): ChatRequest {
    if (exceedsJsonDepth(raw, limits.maxJsonDepth)) {
      throw new ProxyError("invalid_request", `The request body nests objects or arrays deeper than ${limits.maxJsonDepth} levels.`);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch (e) {
      throw new ProxyError("invalid_json", `The request body is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw new ProxyError("invalid_request", "The request body must be a JSON object.");
    }
    const result = schema.safeParse(body);
    if (!result.success) {
      const issues = result.error.issues;
      const words = issues.slice(0, 5).map((i) => `${pathText(i.path)}: ${i.message}`);
      if (issues.length > 5) words.push(`and ${issues.length - 5} more`);
      throw new ProxyError("invalid_request", `Invalid chat completions request: ${words.join("; ")}.`, { param: pathText(issues[0]?.path ?? []) });
    }
    const parsed = body as Record<string, unknown>;
    return { body: parsed, stream: parsed.stream === true, model: typeof parsed.model === "string" ? parsed.model : null };
  };
}

/** `messages[3].content` */
function pathText(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "body";
}
