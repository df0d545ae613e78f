import type { Server } from "node:http";

/**
 * Stops accepting connections and waits for in-flight requests (streams included) to finish,
 * at most `graceMs`; then cuts what is left. Idle keep-alive connections are closed at once.
 * Resolves `true` when everything drained in time.
 */
export function shutdownServer(server: Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}
