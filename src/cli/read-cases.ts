import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { VERDICTS, type Verdict } from "../policy/decision";

/**
 * One recorded conversation, in the shape of the corpus cases: the chat completion request
 * body, the assistant message the provider answered, and optionally the acceptable verdicts.
 * Extra fields (tags, note…) are ignored.
 */
export interface RecordedCase {
  /** The case's `id`, or `FILE#N` (N counts from 1) when it has none. */
  id: string;
  request: { messages: unknown[]; tools?: unknown[] } & Record<string, unknown>;
  response: Record<string, unknown>;
  expect?: Verdict[];
}

const caseSchema = z
  .object({
    id: z.string().min(1).optional(),
    request: z.object({ messages: z.array(z.unknown()).min(1), tools: z.array(z.unknown()).optional() }).passthrough(),
    response: z.object({ role: z.literal("assistant").optional() }).passthrough(),
    expect: z.array(z.enum(VERDICTS)).min(1).optional(),
  })
  .passthrough();

/** Input the checker cannot read: exit 2, with the file and the reason. */
export class CaseReadError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "CaseReadError";
  }
}

/**
 * Reads one file of recorded conversations: a JSON case object, a JSON array of them, or JSON
 * lines (one case per line; blank lines skipped). Rejects with {@link CaseReadError} when the
 * file cannot be read, is not JSON, or holds something that is not a case (saying which).
 */
export async function readCases(file: string): Promise<RecordedCase[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new CaseReadError(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message);
  }
  const values = parseJsonOrLines(file, text);
  return values.map((value, i) => toCase(file, value, i, values.length));
}

function parseJsonOrLines(file: string, text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === "") throw new CaseReadError(file, "empty file");
  try {
    const whole: unknown = JSON.parse(trimmed);
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    // Not one JSON document: try JSON lines, naming the first bad line.
  }
  const values: unknown[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    try {
      values.push(JSON.parse(line));
    } catch (e) {
      throw new CaseReadError(file, `not JSON nor JSON lines (line ${i + 1}: ${(e as Error).message})`);
    }
  }
  return values;
}

function toCase(file: string, value: unknown, index: number, count: number): RecordedCase {
  const parsed = caseSchema.safeParse(value);
  const where = count > 1 ? `case ${index + 1}` : "case";
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CaseReadError(file, `${where} is not a recorded conversation (${issue.path.join(".") || "root"}: ${issue.message})`);
  }
  const c = parsed.data;
  return {
    id: c.id ?? (count > 1 ? `${basename(file)}#${index + 1}` : basename(file)),
    request: c.request,
    response: c.response,
    ...(c.expect ? { expect: c.expect } : {}),
  };
}
