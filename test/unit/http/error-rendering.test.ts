import { ERROR_CODES, ProxyError, toProxyError } from "../../../src/errors/proxy-error";
import { errorEnvelope } from "../../../src/errors/render-error";
import { upstreamFailure } from "../../../src/upstream/upstream-failure";
import { blockNotice } from "../../../src/guard/enforce-verdict";

describe("error registry and envelope", () => {
  it("renders every registry code as the OpenAI envelope with its status and type", () => {
    for (const [code, { status, type }] of Object.entries(ERROR_CODES)) {
      const error = new ProxyError(code as keyof typeof ERROR_CODES, "why", { param: "messages" });
      expect(error.status).toBe(status);
      expect(errorEnvelope(error)).toEqual({ error: { message: "why", type, code, param: "messages" } });
    }
  });

  it("turns anything unknown into a 500 internal_error without leaking its message", () => {
    const error = toProxyError(new Error("secret sk-abc detail"));
    expect(error.status).toBe(500);
    expect(error.message).not.toMatch(/sk-abc/);
  });

  it("maps undici timeouts to 504 and connection failures to 502", () => {
    expect(upstreamFailure(Object.assign(new Error("x"), { code: "UND_ERR_HEADERS_TIMEOUT" })).status).toBe(504);
    expect(upstreamFailure(Object.assign(new Error("x"), { code: "UND_ERR_BODY_TIMEOUT" })).status).toBe(504);
    expect(upstreamFailure(Object.assign(new Error("x"), { code: "UND_ERR_CONNECT_TIMEOUT" })).status).toBe(504);
    expect(upstreamFailure(Object.assign(new Error("x"), { code: "ECONNREFUSED" })).status).toBe(502);
  });
});

describe("blockNotice", () => {
  it("says why (blocking violations first) and what was withheld", () => {
    const notice = blockNotice(
      {
        decisionId: "d1",
        verdict: "block",
        status: "evaluated",
        violations: [
          { rule: "a", message: "Minor concern.", severity: "flag", tool_call_ids: [], claim_ids: [] },
          { rule: "b", message: "Copies weights away", severity: "block", tool_call_ids: ["c2"], claim_ids: [] },
        ],
        claims: [],
        policyRevision: "r",
        guardMs: 0,
        error: null,
      },
      { text: "all", toolCalls: [{ id: "c1", name: "ls" }, { id: "c2", name: "scp" }] },
    );
    expect(notice).toBe("[claimcheck] This reply was blocked: Copies weights away; Minor concern. Withheld: the reply text and the tool calls ls (c1), scp (c2, offending). Decision d1.");
  });
});
