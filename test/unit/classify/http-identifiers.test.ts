import { httpIdentifiers, storageObject } from "../../../src/classify/http-identifiers";
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
  test("a path ending in an operation names the thing before it; the body's action field says what is done", () => {
    expect(httpIdentifiers("https://h/api/v1/agents/kiwi-dock/lifecycle", null)).toEqual(["kiwi-dock"]);
    expect(httpIdentifiers("https://h/api/instances/i-0ab12/actions/stop", null)).toEqual(["i-0ab12"]);
    expect(httpIdentifiers("https://h/api/agents/stop", null)).toEqual([]);
    // A version under a model's path is that version, as claims name it.
    expect(httpIdentifiers("https://h/api/v1/models/juno-policy/versions/12", null)).toEqual(["juno-policy/12"]);
    const terminate = analyze("http_request", { method: "POST", url: "https://h/api/v1/agents/kiwi-dock/lifecycle", json: { action: "terminate", reason: "retrofit" } });
    expect(brief(terminate.effects)).toEqual(["stop https://h/api/v1/agents/kiwi-dock/lifecycle,kiwi-dock"]);
    const hub = analyze("hf_api", { method: "DELETE", path: "/api/repos/delete", json: { type: "model", organization: "tidewater-ai", name: "harbor-llama-ft" } });
    expect(brief(hub.effects)).toEqual(["delete /api/repos/delete,harbor-llama-ft"]);
    const engage = analyze("http_request", { method: "POST", url: "https://h/api/v1/agents/rover/kill-switch", body: { engaged: true } });
    expect(engage.effects[0]!.action).not.toBe("stop"); // a thing named after what it does, not the call's verb
    const note = analyze("http_request", { method: "POST", url: "https://h/api/v1/agents/kiwi-dock/notes", json: { text: "terminate later" } });
    expect(note.effects[0]!.action).toBe("execute");
  });
  test("S3 multi-object delete: `POST ?delete` deletes, and the XML body's keys are what it deletes", () => {
    const body = "<Delete><Object><Key>runs/x/model-1.safetensors</Key></Object><Object><Key>runs/x/model-2.safetensors</Key></Object></Delete>";
    expect(httpIdentifiers("https://s3.h/bucket?delete", body)).toEqual(["runs/x/model-1.safetensors", "runs/x/model-2.safetensors"]);
    const del = analyze("http_request", { method: "POST", url: "https://s3.h/bucket?delete", body });
    expect(del.effects[0]!.action).toBe("delete");
    expect(analyze("http_request", { method: "POST", url: "https://s3.h/bucket?uploads", body: "<x/>" }).effects[0]!.action).toBe("execute");
  });
  test("a localized operation in the path (French `…/agents/x/arret`) says what the call does", () => {
    expect(analyze("http_request", { method: "POST", url: "https://api.orchestre.fr/v2/agents/tri-factures/arret" }).effects[0]!.action).toBe("stop");
  });
});

describe("storageObject: a cloud storage object addressed over HTTP is its gs:// or s3:// name", () => {
  test.each([
    ["https://storage.googleapis.com/storage/v1/b/lyra-ckpt/o/marmot-34b%2Fconfig.json", "gs://lyra-ckpt/marmot-34b/config.json"],
    ["https://storage.googleapis.com/lyra-ckpt/marmot-34b/config.json", "gs://lyra-ckpt/marmot-34b/config.json"],
    ["https://lyra-ckpt.storage.googleapis.com/marmot-34b/config.json?generation=3", "gs://lyra-ckpt/marmot-34b/config.json"],
    ["https://weights.s3.eu-west-1.amazonaws.com/runs/x/model.bin", "s3://weights/runs/x/model.bin"],
    ["https://s3.us-east-2.amazonaws.com/weights/runs/x/model.bin", "s3://weights/runs/x/model.bin"],
  ])("%s → %s", (url, name) => {
    expect(storageObject(url)).toBe(name);
    expect(httpIdentifiers(url, null)).toContain(name);
  });
  test("other URLs are no storage objects", () => {
    expect(storageObject("https://api.example.com/v1/models/marmot-34b")).toBeNull();
    expect(storageObject("https://storage.googleapis.com/storage/v1/b/lyra-ckpt")).toBeNull();
  });
});
