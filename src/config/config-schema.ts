import { z } from "zod";

const MiB = 1024 * 1024;
const positiveInt = z.number().int().positive();

/**
 * Everything the proxy can be configured with, with named defaults. `load-config.ts` fills it
 * from the environment and an optional file; `docs/configuration.md` documents each field.
 */
export const configSchema = z
  .object({
    port: z.number().int().min(0).max(65535).default(8080),
    host: z.string().min(1).default("127.0.0.1"),
    upstream: z
      .object({
        baseUrl: z
          .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://api.openai.com/v1" })
          .default("https://api.openai.com/v1"),
        apiKey: z.string().min(1).optional(),
        /** Keep-alive connections per upstream origin at most. */
        connections: positiveInt.default(256),
      })
      .strict()
      .prefault({}),
    logLevel: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    mode: z.enum(["enforce", "monitor"]).default("enforce"),
    failOpen: z.boolean().default(false),
    timeouts: z
      .object({
        connectMs: positiveInt.default(5_000),
        firstByteMs: positiveInt.default(120_000),
        idleMs: positiveInt.default(60_000),
        totalMs: positiveInt.default(600_000),
      })
      .strict()
      .prefault({}),
    limits: z
      .object({
        maxBodyBytes: positiveInt.default(10 * MiB),
        maxMessages: positiveInt.default(2000),
        /** Object/array nesting of a request body or a JSON reply; deeper is 400 (request) or 502 (reply). */
        maxJsonDepth: positiveInt.default(128),
        maxToolArgumentBytes: positiveInt.default(MiB),
        maxSseEventBytes: positiveInt.default(4 * MiB),
        maxStreamBufferedBytes: positiveInt.default(16 * MiB),
        maxConcurrentStreams: positiveInt.default(1000),
      })
      .strict()
      .prefault({}),
    policy: z
      .object({
        /** Relative paths are resolved from the package root. */
        bundlePath: z.string().min(1).default("policies/build/bundle.tar.gz"),
        bundleUrl: z.url({ protocol: /^https?$/ }).optional(),
        pollIntervalMs: positiveInt.default(30_000),
        watch: z.boolean().default(true),
        // Wasm cannot be interrupted, so the budget is checked after the fact: it catches a
        // runaway policy, and is set far above a GC pause or a busy machine (evaluations take ~30 µs).
        evalBudgetMs: positiveInt.default(1000),
      })
      .strict()
      .prefault({}),
    decisionLog: z
      .object({
        sink: z.enum(["stdout", "file", "http", "none"]).default("stdout"),
        file: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
        bufferSize: positiveInt.default(10_000),
        batchSize: positiveInt.default(100),
        flushIntervalMs: positiveInt.default(1_000),
        includeText: z.boolean().default(false),
      })
      .strict()
      .superRefine((log, ctx) => {
        if (log.sink === "file" && !log.file) ctx.addIssue({ code: "custom", path: ["file"], message: 'is required when the sink is "file" (DECISION_LOG_FILE)' });
        if (log.sink === "http" && !log.url) ctx.addIssue({ code: "custom", path: ["url"], message: 'is required when the sink is "http" (DECISION_LOG_URL)' });
      })
      .prefault({}),
    adminToken: z.string().min(1).optional(),
    shutdownGraceMs: positiveInt.default(10_000),
  })
  .strict();

/** The validated, frozen configuration. */
export type Config = Readonly<z.infer<typeof configSchema>>;
/** What a config file or the environment may provide before validation. */
export type ConfigInput = z.input<typeof configSchema>;
