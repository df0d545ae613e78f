import type { ServerResponse } from "node:http";
import { ProxyError } from "../errors/proxy-error";

/** Why an upstream request was aborted by the proxy. */
export type AbortCause = "client_aborted" | "deadline";

/**
 * One upstream request's abort signal: fires when the client goes away before the reply is
 * finished (so the upstream stops generating) or when the total deadline passes.
 * Call `dispose()` once the exchange is over.
 */
export class RequestDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onClose: () => void;
  cause: AbortCause | null = null;

  constructor(
    private readonly res: ServerResponse,
    totalMs: number,
  ) {
    this.timer = setTimeout(() => this.abort("deadline"), totalMs);
    this.onClose = () => {
      if (!res.writableFinished) this.abort("client_aborted");
    };
    res.once("close", this.onClose);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The error that stands for the abort: 504 for the deadline. */
  error(): ProxyError {
    return this.cause === "deadline"
      ? new ProxyError("upstream_timeout", "The upstream did not finish within the total timeout.")
      : new ProxyError("upstream_unreachable", "The client closed the connection.");
  }

  abort(cause: AbortCause): void {
    if (this.cause) return;
    this.cause = cause;
    this.controller.abort(this.error());
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.res.removeListener("close", this.onClose);
  }
}
