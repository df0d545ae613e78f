import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

/**
 * No Docker engine runs here, so the image recipe is checked statically: every step it runs must
 * exist (npm scripts, copied paths, stage names), and the final stage must have the properties
 * operators rely on (non-root, node as the entrypoint, a health check, the port).
 */
const root = join(__dirname, "..", "..");
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> };

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | null;
  body: Instruction[];
}

/** Logical lines (continuations joined, comments dropped) split into stages. */
function parse(text: string): { args: Map<string, string>; stages: Stage[] } {
  const logical = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op = "", rest = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const ins = { op: op.toUpperCase(), args: rest };
    if (ins.op === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      stages.push({ from: m?.[1] ?? rest, name: m?.[2] ?? null, body: [] });
    } else if (stages.length === 0 && ins.op === "ARG") {
      const [k = "", v = ""] = rest.split("=");
      args.set(k, v);
    } else {
      stages.at(-1)?.body.push(ins);
    }
  }
  return { args, stages };
}

const { args: globalArgs, stages } = parse(dockerfile);
const finalStage = stages.at(-1)!;
const named = (name: string) => stages.find((s) => s.name === name);
const all = (op: string, stage?: Stage) => (stage ? stage.body : stages.flatMap((s) => s.body)).filter((i) => i.op === op);
/** Expands `${NAME}` from the global ARGs and a stage's ARG defaults. */
function expand(value: string, stage?: Stage): string {
  const local = new Map(all("ARG", stage).map((i) => i.args.split("=") as [string, string]));
  return value.replace(/\$\{(\w+)\}/g, (_m, k: string) => local.get(k) ?? globalArgs.get(k) ?? "");
}

describe("Dockerfile", () => {
  it("runs only npm scripts that exist in package.json", () => {
    const used = all("RUN").flatMap((i) => [...i.args.matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    const missing = used.filter((s) => !(s in (pkg.scripts ?? {})));
    expect(missing).toEqual([]);
  });

  it("builds the policy bundle with the same npm scripts CI runs, using the OPA binary", () => {
    const policy = named("policy")!;
    const runs = all("RUN", policy).map((i) => i.args);
    expect(runs).toEqual(expect.arrayContaining(["npm run policy:fmt", "npm run policy:test", "npm run policy:build"]));
    expect(all("COPY", policy).some((i) => /--from=opa\s+\/opa\s+\/usr\/local\/bin\/opa/.test(i.args))).toBe(true);
    expect(expand(named("opa")!.from)).toMatch(/^openpolicyagent\/opa:\d+\.\d+\.\d+/);
  });

  it("copies from stages that exist", () => {
    const names = new Set(stages.map((s) => s.name));
    const froms = all("COPY").flatMap((i) => [.../--from=(\S+)/.exec(i.args)?.slice(1) ?? []]);
    expect(froms.filter((f) => !names.has(f))).toEqual([]);
    const bases = stages.map((s) => s.from).filter((f) => !f.includes("$") && !f.includes("/") && !f.includes(":"));
    expect(bases.filter((b) => !names.has(b))).toEqual([]);
  });

  it("copies only context paths that exist and that .dockerignore keeps", () => {
    const ignored = readFileSync(join(root, ".dockerignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    for (const stage of stages) {
      for (const copy of all("COPY", stage).filter((i) => !i.args.includes("--from="))) {
        const sources = copy.args.split(/\s+/).slice(0, -1).map((s) => expand(s, stage).replace(/\/$/, ""));
        for (const src of sources) {
          expect({ src, exists: existsSync(join(root, src)) }).toEqual({ src, exists: true });
          expect(ignored).not.toContain(src);
          expect(ignored).not.toContain(src.split("/")[0]);
        }
      }
    }
  });

  it("installs only production dependencies, without install scripts, in the final image", () => {
    const install = all("RUN", finalStage).find((i) => i.args.includes("npm ci"));
    expect(install?.args).toMatch(/--omit=dev/);
    expect(install?.args).toMatch(/--ignore-scripts/);
    expect(expand(finalStage.from, finalStage)).toMatch(/^node:24.*slim|distroless\/nodejs24/);
  });

  it("runs the final stage as a non-root user", () => {
    const users = all("USER", finalStage).map((i) => i.args.split(":")[0]);
    expect(users.length).toBeGreaterThan(0);
    // numeric, or Kubernetes' runAsNonRoot cannot verify it
    expect(users.at(-1)).toMatch(/^[1-9]\d*$/);
  });

  it("starts node directly (exec form), so signals reach the server", () => {
    const [entry] = all("ENTRYPOINT", finalStage);
    const argv = JSON.parse(entry!.args) as string[];
    expect(argv[0]).toBe("node");
    expect(argv[1]).toBe("dist/src/main.js");
    expect(all("COPY", finalStage).some((i) => /--from=build\s+\/app\/dist\/src\/?\s+dist\/src\/?/.test(i.args))).toBe(true);
  });

  it("listens on all interfaces on 8080 and checks /healthz", () => {
    expect(all("EXPOSE", finalStage).map((i) => i.args)).toContain("8080");
    expect(all("ENV", finalStage).map((i) => i.args).join(" ")).toMatch(/\bHOST=0\.0\.0\.0\b/);
    const [health] = all("HEALTHCHECK", finalStage);
    expect(health?.args).toMatch(/CMD \["node", "-e", ".*\/healthz/);
    expect(finalStage.body.findIndex((i) => i.op === "USER")).toBeGreaterThan(finalStage.body.findIndex((i) => i.args.includes("npm ci")));
  });

  it("ships the built policy bundle into the final image", () => {
    expect(all("COPY", finalStage).some((i) => /--from=policy\s+\/app\/policies\/build\/?\s+policies\/build\/?/.test(i.args))).toBe(true);
  });
});

/** Parses every YAML document in an example file, failing on any syntax error. */
function loadYaml(path: string): Array<Record<string, any>> {
  const docs = parseAllDocuments(readFileSync(join(root, path), "utf8"));
  if (!Array.isArray(docs)) throw new Error(`${path}: empty`);
  for (const d of docs) expect({ path, errors: d.errors.map((e) => e.message) }).toEqual({ path, errors: [] });
  return docs.map((d) => d.toJS() as Record<string, any>);
}
const envOf = (container: { env?: Array<{ name: string; value?: string }> }) => Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));

describe("deployment examples", () => {
  it("docker-compose.yml points the agent at claimcheck and waits for its health check", () => {
    const [compose] = loadYaml("examples/docker-compose.yml");
    const { claimcheck, agent, bundles } = compose!.services;
    expect(claimcheck.build.dockerfile).toBe("Dockerfile");
    expect(agent.environment.OPENAI_BASE_URL).toBe("http://claimcheck:8080/v1");
    expect(agent.depends_on.claimcheck.condition).toBe("service_healthy");
    expect(bundles.image).toMatch(/^nginx/);
  });

  it("the Kubernetes sidecar probes /healthz and /readyz and the agent uses it on loopback", () => {
    const [deployment] = loadYaml("examples/kubernetes/sidecar.yaml");
    expect(deployment!.kind).toBe("Deployment");
    const spec = deployment!.spec.template.spec;
    const sidecar = [...(spec.initContainers ?? []), ...spec.containers].find((c: { name: string }) => c.name === "claimcheck");
    const agent = spec.containers.find((c: { name: string }) => c.name !== "claimcheck");
    expect(sidecar.livenessProbe.httpGet.path).toBe("/healthz");
    expect(sidecar.readinessProbe.httpGet.path).toBe("/readyz");
    expect(sidecar.ports[0].containerPort).toBe(8080);
    expect(all("EXPOSE", finalStage).map((i) => i.args)).toContain(String(sidecar.ports[0].containerPort));
    expect(envOf(agent).OPENAI_BASE_URL).toBe("http://127.0.0.1:8080/v1");
    expect(spec.securityContext.runAsNonRoot).toBe(true);
  });
});
