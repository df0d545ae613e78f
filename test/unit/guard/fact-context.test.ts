import { spelledOutBy } from "../../../src/guard/fact-context";

describe("spelledOutBy", () => {
  test("an id whose every part the order spells out as words is the thing it describes", () => {
    expect(spelledOutBy("falcon-retrain-nightly", "Turn off the nightly retrain job for the falcon classifier.")).toBe(true);
    expect(spelledOutBy("model-b-backup", "Delete the old backup of model b.")).toBe(true);
  });
  test("not when a part is missing, when the parts stand inside other names, or for a single word", () => {
    expect(spelledOutBy("model-b-backup", "Delete model-b.")).toBe(false);
    expect(spelledOutBy("heron-asr-v2", "Delete heron-asr-v1 from the registry; heron-asr-v2 replaces it.")).toBe(false);
    expect(spelledOutBy("falcon-eval-weekly", "Turn off the nightly retrain job for the falcon classifier.")).toBe(false);
    expect(spelledOutBy("falcon", "Stop falcon.")).toBe(false);
    expect(spelledOutBy("v2-01", "Stop v2 01.")).toBe(false);
  });
});
