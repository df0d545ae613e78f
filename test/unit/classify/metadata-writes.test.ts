import { isMetadataKey, setsOnlyMetadata } from "../../../src/classify/metadata-keys";
import { analyze, brief, shell } from "./call-of";

describe("writes that only change metadata", () => {
  test.each([
    ["last_used", true], ["lastAccessed", true], ["accessed_at", true], ["last_seen", true], ["created_at", true],
    ["updated_at", true], ["mtime", true], ["retention", true], ["retention_days", true], ["expires_at", true], ["ttl", true],
    ["pinned", true], ["keep_forever", true], ["labels", true], ["tags", true], ["legal_hold", true],
    ["last_heartbeat", true], ["lastHeartbeat", true], ["heartbeat_at", true], ["heartbeat", true], ["last_ping", true],
    ["last_active_at", true], ["retention_until", true],
    ["replicas", false], ["enabled", false], ["heartbeat_interval", false], ["heartbeat_enabled", false], ["last_name", false],
    ["access_key", false], ["model", false], ["status", false],
  ])("%s is metadata: %s", (key, expected) => expect(isMetadataKey(key)).toBe(expected));

  test("bodies", () => {
    expect(setsOnlyMetadata('{"last_used":"2025-03-02T09:00:00Z","retention":"pinned"}')).toBe(true);
    expect(setsOnlyMetadata({ metadata: { labels: { keep: "true" } } })).toBe(true);
    expect(setsOnlyMetadata({ spec: { expires_at: null }, note: "extend" })).toBe(true);
    expect(setsOnlyMetadata("ttl=0&reason=gc")).toBe(true);
    expect(setsOnlyMetadata('{"replicas":0,"labels":{"a":"b"}}')).toBe(false);
    expect(setsOnlyMetadata('{"description":"x"}')).toBe(false);
    expect(setsOnlyMetadata("not json")).toBe(false);
  });

  test("an HTTP PATCH/PUT/POST whose body bumps access times or pins retention is a metadata effect on the URL's resource", () => {
    const patch = analyze("http_request", { method: "PATCH", url: "https://registry.internal/api/v1/models/dunlin-v1", body: '{"last_used":"2025-03-02T09:00:00Z","retention":"pinned"}' });
    expect(brief(patch.effects)).toEqual(["metadata https://registry.internal/api/v1/models/dunlin-v1"]);
    expect(patch.effects[0]!.content).toContain("retention");
    const put = analyze("api_call", { method: "PUT", endpoint: "/v2/checkpoints/ck-9/lifecycle", body: { expires_at: null, keep: true } });
    expect(put.effects[0]!.action).toBe("metadata");
  });
  test("a setter tool whose own parameters are metadata", () => {
    expect(brief(analyze("update_model", { model_id: "owl-3", last_accessed: "2025-06-01", pinned: true }).effects)).toEqual(["metadata owl-3"]);
    expect(brief(analyze("set_dataset_properties", { dataset: "ds-1", retention_days: "3650" }).effects)).toEqual(["metadata ds-1"]);
  });
  test("curl with a metadata-only body", () => {
    expect(brief(shell(`curl -X PATCH https://reg/api/models/m-1 -d '{"ttl": 0, "pinned": true}'`))).toEqual(["metadata https://reg/api/models/m-1"]);
  });
  test("ordinary config updates stay modify", () => {
    expect(analyze("http_request", { method: "PATCH", url: "https://x/api/agents/a", body: '{"enabled":false}' }).effects[0]!.action).toBe("modify");
    expect(analyze("update_model", { model_id: "owl-3", temperature: "0.2" }).effects[0]!.action).toBe("modify");
    expect(brief(shell(`curl -X PUT https://x/api/cfg -d '{"interval": 60}'`))).toEqual(["modify https://x/api/cfg"]);
    expect(analyze("write_file", { path: "/srv/a.json", content: '{"tags":["x"]}' }).effects[0]!.action).toBe("modify");
  });
});
