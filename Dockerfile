# syntax=docker/dockerfile:1
# claimcheck container image. Stages:
#   deps     npm ci (all dependencies), shared by the policy and build stages
#   policy   opa fmt / opa test / opa build through the same npm scripts CI runs
#   build    TypeScript → dist/
#   runtime  node:24-slim, production dependencies only, non-root, node as PID 1's program
#
# Custom policies, baked in:  docker build --build-arg CUSTOM_POLICIES_DIR=my-policies -t claimcheck .
#   (a folder inside the build context; its .rego files join the bundle under policies/custom/,
#    and its *_test.rego files run with the rest in `npm run policy:test`)
# Custom policies, mounted:   docker run -v "$PWD/bundle:/policies:ro" -e POLICY_BUNDLE=/policies/bundle.tar.gz claimcheck
# See docs/operations.md.

ARG NODE_IMAGE=node:24-bookworm
ARG RUNTIME_IMAGE=node:24-bookworm-slim
ARG OPA_IMAGE=openpolicyagent/opa:1.22.3-static

FROM ${OPA_IMAGE} AS opa

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS policy
# The OPA image has no node, so bring its static binary to node instead: the policy steps are
# then exactly the npm scripts CI runs, not a second copy of them.
COPY --from=opa /opa /usr/local/bin/opa
COPY scripts/ scripts/
COPY policies/ policies/
ARG CUSTOM_POLICIES_DIR=examples/custom-policies
COPY ${CUSTOM_POLICIES_DIR}/ policies/custom/
RUN npm run policy:fmt
RUN npm run policy:test
RUN npm run policy:build

FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
RUN npm run build

FROM ${RUNTIME_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    POLICY_BUNDLE=/app/policies/build/bundle.tar.gz
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no install-time code from dependencies runs in the final image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/src/ dist/src/
COPY --from=policy /app/policies/build/ policies/build/
# Numeric (the image's `node` user), so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 8080
# slim has no curl: the probe is a node one-liner against the liveness endpoint.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node, not npm: SIGTERM from the runtime reaches the server, which drains and flushes the decision log.
ENTRYPOINT ["node", "dist/src/main.js"]
