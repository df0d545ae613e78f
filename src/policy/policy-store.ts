import { readFile } from "node:fs/promises";
import { watch, type FSWatcher } from "chokidar";
import { compilePolicy, DEFAULT_MAX_MEMORY_PAGES, type CompiledPolicy } from "./compiled-policy";
import { errorFromThrown } from "./error-from-thrown";
import { DEFAULT_EVAL_BUDGET_MS, evaluatePolicy, type PolicyEvaluation } from "./evaluate-policy";
import { fetchBundle } from "./fetch-bundle";
import { readPolicyBundle } from "./policy-bundle";
import type { PolicyInput } from "./policy-input";

/** The subset of a pino logger the store uses. */
export interface PolicyLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Reported after every attempt to load a new bundle. */
export interface PolicyReloadEvent {
  ok: boolean;
  /** The revision in force after the attempt (the previous one when it failed). */
  revision: string;
  error?: string;
  source: "file" | "url";
}

export interface PolicyReloadResult {
  ok: boolean;
  revision: string;
  error?: string;
}

export interface PolicyStoreOptions {
  /** The bundle tarball (`opa build -t wasm`); loaded at start and, with `watch`, on every change. */
  bundlePath: string;
  /** A bundle service URL polled with `If-None-Match`; its bundles replace the file's. */
  bundleUrl?: string;
  /** Interval between polls of `bundleUrl`. Default 60 s. */
  pollIntervalMs?: number;
  /** Timeout of one poll, body included. Default 10 s. */
  fetchTimeoutMs?: number;
  /** Reload when the bundle file changes. Default true. */
  watch?: boolean;
  /** Quiet time after the last file event before reloading (writes come in bursts). Default 200 ms. */
  watchDebounceMs?: number;
  /** An evaluation slower than this is an error. Default 1000 ms: it catches a runaway policy, not a GC pause. */
  evalBudgetMs?: number;
  /** Wasm memory ceiling per instance, in 64 KiB pages. Default 512 (32 MiB). */
  maxMemoryPages?: number;
  logger?: PolicyLogger;
  onReload?: (event: PolicyReloadEvent) => void;
}

const silent: PolicyLogger = { info() {}, warn() {}, error() {} };

/**
 * Holds the policy in force and replaces it on hot reload. A new bundle is compiled into a new
 * wasm instance (fresh, bounded memory) and swapped in whole; a bundle that fails to load is
 * rejected and the previous policy keeps serving. Loads are serialised, so the last one wins.
 */
export class PolicyStore {
  private current: CompiledPolicy;
  private readonly options: PolicyStoreOptions;
  private readonly logger: PolicyLogger;
  private readonly budgetMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private watcher: FSWatcher | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private etag: string | null = null;
  private closed = false;

  private constructor(initial: CompiledPolicy, options: PolicyStoreOptions) {
    this.current = initial;
    this.options = options;
    this.logger = options.logger ?? silent;
    this.budgetMs = options.evalBudgetMs ?? DEFAULT_EVAL_BUDGET_MS;
  }

  /**
   * Loads the bundle file (rejects with an `Error` saying why when it cannot), then starts the
   * file watcher and the URL poller as configured. The first poll is awaited, bounded by
   * `fetchTimeoutMs`; its failure is logged, not fatal.
   */
  static async load(options: PolicyStoreOptions): Promise<PolicyStore> {
    const maxPages = options.maxMemoryPages ?? DEFAULT_MAX_MEMORY_PAGES;
    let initial: CompiledPolicy;
    try {
      initial = await compilePolicy(await readPolicyBundle(await readFile(options.bundlePath)), maxPages);
    } catch (thrown) {
      throw new Error(`policy bundle ${options.bundlePath} cannot be loaded: ${errorFromThrown(thrown).message}`);
    }
    const store = new PolicyStore(initial, options);
    store.logger.info({ revision: initial.revision, source: "file", path: options.bundlePath }, "policy loaded");
    if (options.watch ?? true) store.startWatching();
    if (options.bundleUrl) {
      await store.reload();
      store.schedulePoll();
    }
    return store;
  }

  /** Evaluates the policy in force. Never throws (see `evaluatePolicy`). */
  evaluate(input: PolicyInput): PolicyEvaluation {
    return evaluatePolicy(this.current, input, this.budgetMs);
  }

  /** The revision of the policy in force (the bundle manifest's `revision`). */
  revision(): string {
    return this.current.revision;
  }

  /** The policy in force, for callers that evaluate it directly (benchmarks, tests). */
  policy(): CompiledPolicy {
    return this.current;
  }

  /** True while a policy is loaded and the store is open (drives /readyz). */
  ready(): boolean {
    return !this.closed;
  }

  /**
   * The data document of the bundle in force, deep-frozen. `data.claimcheck.tool_overrides`
   * maps a tool name to `{ actions: ActionClass[], command_runner: boolean }`.
   */
  data(): unknown {
    return this.current.data;
  }

  /**
   * Reloads now (the admin API): from the URL when one is configured (a 304 leaves the policy
   * as it is), otherwise from the file. Resolves, never rejects; on failure the old policy stays.
   */
  reload(): Promise<PolicyReloadResult> {
    return this.options.bundleUrl ? this.pollUrl(this.options.bundleUrl) : this.reloadFile();
  }

  /** Stops watching and polling. The last policy can still evaluate. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.debounce) clearTimeout(this.debounce);
    if (this.pollTimer) clearTimeout(this.pollTimer);
    await this.watcher?.close();
    this.watcher = null;
    await this.queue;
  }

  private reloadFile(): Promise<PolicyReloadResult> {
    return this.swapIn("file", () => readFile(this.options.bundlePath));
  }

  private pollUrl(url: string): Promise<PolicyReloadResult> {
    const timeoutMs = this.options.fetchTimeoutMs ?? 10_000;
    return this.serialised(async () => {
      let fetched;
      try {
        fetched = await fetchBundle(url, this.etag, timeoutMs);
      } catch (thrown) {
        const error = errorFromThrown(thrown).message;
        this.logger.warn({ url, error, revision: this.current.revision }, "policy bundle poll failed; keeping the policy in force");
        return { ok: false, revision: this.current.revision, error };
      }
      if (fetched.status === "unchanged") return { ok: true, revision: this.current.revision };
      // Remember the ETag even if this bundle is rejected: refetching the same broken bundle
      // every poll would only repeat the error; a fixed bundle comes with a new ETag.
      this.etag = fetched.etag;
      return this.install("url", fetched.bytes);
    });
  }

  private swapIn(source: "file" | "url", read: () => Promise<Uint8Array>): Promise<PolicyReloadResult> {
    return this.serialised(async () => {
      let bytes: Uint8Array;
      try {
        bytes = await read();
      } catch (thrown) {
        return this.rejected(source, errorFromThrown(thrown).message);
      }
      return this.install(source, bytes);
    });
  }

  private async install(source: "file" | "url", bytes: Uint8Array): Promise<PolicyReloadResult> {
    let next: CompiledPolicy;
    try {
      next = await compilePolicy(await readPolicyBundle(bytes), this.options.maxMemoryPages ?? DEFAULT_MAX_MEMORY_PAGES);
    } catch (thrown) {
      return this.rejected(source, errorFromThrown(thrown).message);
    }
    const previous = this.current.revision;
    this.current = next;
    this.logger.info({ revision: next.revision, previous, source }, "policy reloaded");
    this.notify({ ok: true, revision: next.revision, source });
    return { ok: true, revision: next.revision };
  }

  private rejected(source: "file" | "url", error: string): PolicyReloadResult {
    this.logger.error({ source, error, revision: this.current.revision }, "policy bundle rejected; keeping the policy in force");
    this.notify({ ok: false, revision: this.current.revision, error, source });
    return { ok: false, revision: this.current.revision, error };
  }

  private notify(event: PolicyReloadEvent): void {
    try {
      this.options.onReload?.(event);
    } catch (thrown) {
      this.logger.warn({ error: errorFromThrown(thrown).message }, "onReload callback threw");
    }
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private startWatching(): void {
    const delay = this.options.watchDebounceMs ?? 200;
    this.watcher = watch(this.options.bundlePath, { ignoreInitial: true });
    const changed = () => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => {
        this.debounce = null;
        if (!this.closed) void this.reloadFile();
      }, delay);
    };
    this.watcher.on("add", changed).on("change", changed);
    this.watcher.on("error", (error) => this.logger.warn({ error: errorFromThrown(error).message }, "policy bundle watcher error"));
  }

  private schedulePoll(): void {
    const url = this.options.bundleUrl;
    if (!url || this.closed) return;
    this.pollTimer = setTimeout(() => {
      void this.pollUrl(url).finally(() => this.schedulePoll());
    }, this.options.pollIntervalMs ?? 60_000);
    this.pollTimer.unref();
  }
}
