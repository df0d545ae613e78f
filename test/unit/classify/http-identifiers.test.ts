import { httpIdentifiers } from "../../../src/classify/http-identifiers";
import { analyze, brief } from "./call-of";

describe("identifiers an HTTP call names besides its URL", () => {
  test("query string and JSON body fields", () => {
    expect(httpIdentifiers("https://h/api/get?name=underwriter-llm&version=7", null)).toEqual(["underwriter-llm"]);
    expect(httpIdentifiers("https://h/api/delete", '{"name":"underwriter-llm","version":"7","model_id":42}')).toEqual(["underwriter-llm", "42"]);
    expect(httpIdentifiers("https://h/api/delete", "not json")).toEqual([]);
  });
  test("they are targets of the call", () => {
    const call = analyze("http_request", { method: "DELETE", url: "https://h/api/2.0/mlflow/model-versions/delete", body: '{"name":"underwriter-llm","version":"7"}' });
    expect(brief(call.effects)).toEqual(["delete https://h/api/2.0/mlflow/model-versions/delete,underwriter-llm"]);
  });
});
