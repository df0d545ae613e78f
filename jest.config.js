/** Tests are TypeScript, transpiled by swc (type checking is `npm run typecheck`). */
const swc = ["@swc/jest", { jsc: { target: "es2023", parser: { syntax: "typescript" } }, module: { type: "commonjs" } }];
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": swc,
    // eventsource-parser ships ESM only; Node's require(esm) does not reach jest's module registry.
    "/node_modules/eventsource-parser/.+\\.js$": swc,
  },
  transformIgnorePatterns: ["/node_modules/(?!eventsource-parser/)"],
  testTimeout: 20000,
};
