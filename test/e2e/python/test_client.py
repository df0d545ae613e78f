"""The official Python `openai` client against claimcheck (driven by openai-python-client.test.ts).

The fake upstream answers by model name: "reply-allow", "reply-block" (the guard double blocks
replies containing "model-b was deleted"), and "rate-limited" (429 with Retry-After).
Usage: python3 test_client.py BASE_URL   (exits non-zero on the first failed check)
"""
import sys

import openai

base = sys.argv[1]
client = openai.OpenAI(base_url=f"{base}/v1", api_key="sk-python-test", max_retries=0)
messages = [{"role": "user", "content": "Delete model-b."}]


def check(name, condition, detail=""):
    if not condition:
        print(f"FAIL {name} {detail}")
        sys.exit(1)
    print(f"ok {name}")


# JSON, allowed: the reply and the verdict header
raw = client.chat.completions.with_raw_response.create(model="reply-allow", messages=messages)
reply = raw.parse()
check("json reply", reply.choices[0].message.content == "Nothing to report.", reply.choices[0].message.content)
check("json verdict header", raw.headers.get("x-guard-verdict") == "allow")

# Streaming: text assembles, usage arrives, and the final guard chunk (choices: []) is accepted
stream = client.chat.completions.create(model="reply-allow", messages=messages, stream=True, stream_options={"include_usage": True})
text, guard, usage = "", None, None
for chunk in stream:
    if chunk.choices:
        text += chunk.choices[0].delta.content or ""
    if chunk.usage:
        usage = chunk.usage
    extra = chunk.model_extra or {}
    if "guard" in extra:
        guard = extra["guard"]
check("stream text", text == "Nothing to report.", repr(text))
check("stream usage", usage is not None and usage.total_tokens == 15)
check("stream guard chunk", guard is not None and guard["verdict"] == "allow", repr(guard))

# Blocked JSON reply: a normal completion whose content is the notice
blocked = client.chat.completions.create(model="reply-block", messages=messages)
check("block finish_reason", blocked.choices[0].finish_reason == "content_filter", blocked.choices[0].finish_reason)
check("block notice", blocked.choices[0].message.content.startswith("[claimcheck] This reply was blocked"))
check("block guard object", (blocked.model_extra or {}).get("guard", {}).get("verdict") == "block")

# Blocked stream: the claim never arrives, the finish reason says why
stream = client.chat.completions.create(model="reply-block", messages=messages, stream=True)
text, finish = "", None
for chunk in stream:
    if chunk.choices:
        text += chunk.choices[0].delta.content or ""
        finish = chunk.choices[0].finish_reason or finish
check("blocked stream hides the claim", "model-b was deleted" not in text, repr(text))
check("blocked stream finish_reason", finish == "content_filter", repr(finish))

# Upstream 429 passes through as the SDK's RateLimitError
try:
    client.chat.completions.create(model="rate-limited", messages=messages)
    check("rate limit raises", False)
except openai.RateLimitError as e:
    check("rate limit status", e.status_code == 429)
    check("rate limit retry-after", e.response.headers.get("retry-after") == "3")

print("all python checks passed")
