import type { Server } from "node:http";

/** How often idle keep-alive connections are closed while draining. */
const SWEEP_MS = 50;

/**
 * Stops accepting connections and waits for in-flight requests (streams included) to finish,
 * at most `graceMs`; then cuts what is left. Keep-alive connections are closed as soon as they
 * are idle (a sweep, because a connection busy at the start becomes idle only later).
 * Resolves `true` when everything drained in time.
 */
export function shutdownServer(server: Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    const deadline = setTimeout(() => {
      clearInterval(sweep);
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}
