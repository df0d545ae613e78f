import { overlaidRecord } from "../../../src/evidence/overlaid-record";

describe("a partial write laid over the record a read showed", () => {
  test("what the write leaves out stays; nested objects are laid over key by key", () => {
    const shown = '{"job_id":"m1","drift":{"metric":"psi","threshold":0.1},"on_breach":{"action":"retire_model","target":"eta"}}';
    const out = overlaidRecord(shown, '{"drift":{"threshold":0.2},"on_breach":{"action":"notify_only"}}')!;
    expect(JSON.parse(out.next)).toEqual({ job_id: "m1", drift: { metric: "psi", threshold: 0.2 }, on_breach: { action: "notify_only", target: "eta" } });
    expect(JSON.parse(out.previous)).toEqual(JSON.parse(shown));
  });
  test("an HTTP answer's body is the record; text that is no object gives nothing", () => {
    const out = overlaidRecord('{"status":200,"body":{"temperature":0.8,"kill_switch":{"enabled":true}}}', '{"temperature":0.3}')!;
    expect(JSON.parse(out.next)).toEqual({ temperature: 0.3, kill_switch: { enabled: true } });
    expect(overlaidRecord("config.json\nmodel.bin", '{"a":1}')).toBeNull();
    expect(overlaidRecord('{"a":1}', "a: 2")).toBeNull();
  });
});
