import { sentMessages } from "../../../src/claims/sent-messages";
import type { ToolCallView } from "../../../src/exchange/exchange";

const call = (name: string, args: Record<string, unknown>, readOnly = false) => ({
  call: { id: `call_${name}`, name, argumentsText: JSON.stringify(args), arguments: args } satisfies ToolCallView, readOnly,
});

describe("sentMessages", () => {
  test("the prose a post, an email or a ticket comment sends", () => {
    const out = sentMessages([
      call("post_message", { channel: "#incident-4471", text: "Update: sentinel-agent is no longer running." }),
      call("send_email", { to: ["a@x"], subject: "Status", body: "scout-a and scout-b are stopped." }),
      call("jira_add_comment", { issue_key: "DATA-7734", body: "Disabled the nightly cron entry for mlbatch." }),
      call("chat_postMessage", { channel: "C1", text: "The old bot has been removed from the workspace." }),
    ]);
    expect(out.map((m) => m.callId)).toEqual(["call_post_message", "call_send_email", "call_jira_add_comment", "call_chat_postMessage"]);
    // A one-word subject line is no prose.
    expect(out[1]!.text).toBe("scout-a and scout-b are stopped.");
  });
  test("not calls that only read, act on things, or carry no prose", () => {
    expect(sentMessages([
      call("get_messages", { channel: "#ops", text: "anything at all here" }, true),
      call("delete_model", { model_id: "m-1", reason: "replaced by m-2 last week" }),
      call("write_file", { path: "notes.md", content: "The model was deleted yesterday." }),
      call("post_message", { channel: "#ops", text: "ok" }),
      call("compost_heap", { text: "three words here" }),
    ])).toEqual([]);
  });
});
