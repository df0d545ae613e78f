/** What one poll of a bundle URL found. */
export type BundleFetch =
  | { status: "unchanged" }
  | { status: "updated"; bytes: Uint8Array; etag: string | null };

/** Largest bundle accepted from a URL. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

/**
 * One request of the OPA bundle service protocol: GET with `If-None-Match: <etag>` when we
 * already hold a bundle; 304 means unchanged. Rejects with an `Error` on a network error, a
 * timeout (`timeoutMs` for the whole exchange, body included), another status, or a body over 64 MiB.
 */
export async function fetchBundle(url: string, etag: string | null, timeoutMs: number): Promise<BundleFetch> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: etag ? { "if-none-match": etag } : {}, signal });
  } catch (error) {
    throw new Error(`bundle fetch from ${url} failed: ${describe(error, timeoutMs)}`);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: "unchanged" };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new Error(`bundle fetch from ${url} answered ${response.status}`);
  }
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_BUNDLE_BYTES) {
    await response.body?.cancel();
    throw new Error(`bundle at ${url} is ${length} bytes, over the ${MAX_BUNDLE_BYTES} byte limit`);
  }
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (error) {
    throw new Error(`bundle download from ${url} failed: ${describe(error, timeoutMs)}`);
  }
  if (body.byteLength > MAX_BUNDLE_BYTES) throw new Error(`bundle at ${url} is over the ${MAX_BUNDLE_BYTES} byte limit`);
  return { status: "updated", bytes: new Uint8Array(body), etag: response.headers.get("etag") };
}

function describe(error: unknown, timeoutMs: number): string {
  // Checked by name, not instanceof: the timeout is a DOMException, from another realm under test runners.
  const { name, message, cause } = (error ?? {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
  if (name === "TimeoutError" || name === "AbortError") return `timed out after ${timeoutMs} ms`;
  const text = typeof message === "string" ? message : String(error);
  return typeof cause?.message === "string" ? `${text}: ${cause.message}` : text;
}
