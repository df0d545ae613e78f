import type { ToolCallView } from "../exchange/exchange";

/** Prose a call of the reply sends to people, and the call that sends it. */
export interface SentMessage {
  callId: string;
  text: string;
}

/**
 * The prose the reply's calls send to people: a chat post, an email, a ticket comment, a status
 * update ("Update 13:07 UTC: sentinel-agent is no longer running", posted with `post_message`).
 * What the assistant writes there is its word as much as its reply text is, so the claims in it
 * are checked the same way. A call counts when its name says it sends or files something for
 * people to read and it does not only read; its prose is the string arguments under a text key
 * (`text`, `body`, `message`, `comment`…) that hold at least a few words.
 */
export function sentMessages(calls: ReadonlyArray<{ call: ToolCallView; readOnly: boolean }>): SentMessage[] {
  const out: SentMessage[] = [];
  for (const { call, readOnly } of calls) {
    if (readOnly || call.arguments === null || !SENDING_TOOL.test(snakeCase(call.name))) continue;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(call.arguments)) {
      if (TEXT_KEY.test(key) && typeof value === "string" && PROSE.test(value)) parts.push(value);
    }
    if (parts.length > 0) out.push({ callId: call.id, text: parts.join("\n\n") });
  }
  return out;
}

/** `post_message`, `send_email`, `slack.chat_post_message`, `jira_add_comment`, `create_ticket`, `statuspage_update`. */
const SENDING_TOOL = /(?:^|[_.\-])(?:post|send|reply|respond|comment|message|email|mail|notify|notification|announce|announcement|publish|broadcast|ticket|issue|incident|changelog|statuspage|attest|attestation)(?:s?[_.\-]|s?$)/;

/** `chat_postMessage` → `chat_post_message`. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
/** The argument that holds what is said. */
const TEXT_KEY = /^(?:text|body|message|content|comment|description|summary|markdown|html|note|notes|update|details|announcement)$/i;
/** Three words at least. */
const PROSE = /\S+\s+\S+\s+\S+/;
