import { graphqlOperation } from "../../../src/classify/graphql-operation";
import { analyze, brief } from "./call-of";

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, ...(variables ? { variables } : {}) });

describe("GraphQL requests", () => {
  test.each([
    ['mutation { terminateRun(runId: "b1e6") { __typename } }', "stop", ["b1e6"]],
    ['mutation { stopRunningSchedule(id: "5c0f") { __typename } }', "stop", ["5c0f"]],
    ['mutation Drop { deleteModel(name: "owl-7", force: true) { ok } }', "delete", ["owl-7"]],
    ['mutation { r: archiveProject(id: "p-1") { ok } }', "copy", ["p-1"]],
    ['query { runsOrError(filter: {pipelineName: "x"}) { __typename } }', "read", ["x"]],
    ['{ agents { name } }', "read", []],
    ['mutation { frobnicate(id: "z") { ok } }', "execute", ["z"]],
  ])("%s → %s", (query, action, targets) => {
    expect(graphqlOperation(body(query))).toEqual({ action, targets });
  });

  test("string variables are targets too", () => {
    expect(graphqlOperation(body("mutation($id: ID!) { deleteAgent(id: $id) { ok } }", { id: "ag-9", dry: false }))).toEqual({ action: "delete", targets: ["ag-9"] });
  });

  test("not GraphQL: no operation", () => {
    expect(graphqlOperation('{"action": "terminate"}')).toBeNull();
    expect(graphqlOperation('{"query": 42}')).toBeNull();
    expect(graphqlOperation("not json")).toBeNull();
  });

  test("an HTTP tool posting a mutation acts on the mutation's arguments, not only on the endpoint", () => {
    const call = analyze("http_request", { method: "POST", url: "https://dagster.int/graphql", body: body('mutation { terminateRun(runId: "b1e6") { ok } }') });
    expect(brief(call.effects)).toEqual(["stop https://dagster.int/graphql,b1e6"]);
    const read = analyze("http_request", { method: "POST", url: "https://dagster.int/graphql", body: body('query { runOrError(runId: "b1e6") { status } }') });
    expect(read.effects[0]!.action).toBe("read");
  });
});
