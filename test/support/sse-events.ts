/** The `data:` payloads of an SSE body, JSON-parsed (`[DONE]` kept as the string). */
export function sseData(text: string): unknown[] {
  return text
    .split("\n\n")
    .map((frame) => frame.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n"))
    .filter((d) => d !== "")
    .map((d) => (d === "[DONE]" ? d : JSON.parse(d)));
}

type Chunk = { choices: Array<{ delta: { content?: string; tool_calls?: unknown[] }; finish_reason: string | null }>; guard?: Record<string, unknown>; usage?: unknown };

/** The text a client assembles from the chunks. */
export function streamedText(events: unknown[]): string {
  return (events.filter((e) => e !== "[DONE]") as Chunk[]).map((c) => c.choices[0]?.delta.content ?? "").join("");
}
