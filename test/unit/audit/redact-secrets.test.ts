import { redactRecord, redactSecrets, REDACTED } from "../../../src/audit/redact-secrets";
import { aRecord } from "./record-fixture";

describe("redactSecrets", () => {
  it.each([
    ["an OpenAI key", "use sk-proj-abcdefghijklmnopqrstuvwx please", "use [REDACTED] please"],
    ["an Anthropic key", "key sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAA", "key [REDACTED]"],
    ["a bearer token", "Authorization: Bearer abc.def.ghijklmnop", `Authorization: ${REDACTED}`],
    ["a lower-case bearer token", "authorization: bearer abc.def.ghijklmnop", `authorization: ${REDACTED}`],
    ["an AWS key id", "AKIAABCDEFGHIJKLMNOP leaked", "[REDACTED] leaked"],
    ["a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", REDACTED],
    ["a JSON api_key field", '{"api_key": "hunter2hunter2", "n": 1}', `{"api_key": "${REDACTED}", "n": 1}`],
    ["an env assignment", "OPENAI_API_KEY=abc123xyz", `OPENAI_API_KEY=${REDACTED}`],
    ["a client secret", "client_secret: s3cr3t!", `client_secret: ${REDACTED}`],
    ["an access token query", "?access_token=zzz&x=1", `?access_token=${REDACTED}&x=1`],
    ["a password", "password='pa55word'", `password='${REDACTED}'`],
  ])("removes %s", (_what, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it.each([
    ["ordinary prose", "I deleted model-b and the risk-free task finished."],
    ["token counts", "max_tokens: 256 and total tokens 12"],
    ["short sk- words", "we used sk-learn for it"],
  ])("leaves %s alone", (_what, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it("stays fast on long dashed runs (no quadratic backtracking)", () => {
    const text = "a-".repeat(200_000);
    const start = performance.now();
    redactSecrets(text);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe("redactRecord", () => {
  const withText = aRecord({
    messages: [{ role: "user", text: "my key is sk-abcdefghijklmnopqrstuvwxyz" }],
    reply_text: "Bearer abcdefghijklmnop",
    claims: [{ text: "api_key=abcdefgh123 deleted", action: "delete", phase: "completed", targets: [], status: "unsupported", evidence: [], explanation: "" }],
    error: "upstream said: invalid api_key: sk-zzzzzzzzzzzzzzzzzzzzzz",
  });

  it("redacts every free-text field when text logging is on", () => {
    const out = redactRecord(withText, true);
    expect(JSON.stringify(out)).not.toMatch(/sk-[a-z]{10}|abcdefghijklmnop|abcdefgh123/);
    expect(out.messages?.[0]?.text).toBe(`my key is ${REDACTED}`);
  });

  it("drops message text when text logging is off", () => {
    const out = redactRecord(withText, false);
    expect(out.messages).toBeUndefined();
    expect(out.reply_text).toBeUndefined();
    expect(out.claims[0]).not.toHaveProperty("text");
    expect(out.error).not.toContain("sk-zzz");
  });

  it("does not mutate the caller's record", () => {
    const before = JSON.stringify(withText);
    redactRecord(withText, true);
    redactRecord(withText, false);
    expect(JSON.stringify(withText)).toBe(before);
  });
});
