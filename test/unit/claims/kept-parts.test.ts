import { partKeptIn } from "../../../src/claims/kept-parts";

describe("partKeptIn", () => {
  const answer = '{"deleted":true,"model_id":"starling-tts-v1","metadata_removed":true,"artifacts":{"removed":false,"reason":"bucket has object lock"}}';
  test("an answer that says a part of the claimed kind was not removed", () => {
    expect(partKeptIn("Yes, the weight files are gone too.", answer)).toBe("artifacts");
    expect(partKeptIn("The weights are deleted.", '{"deleted": true, "weights_deleted": false}')).toBe("weights_deleted");
  });
  test("a claim of another part, or an answer that removed it, is not held against it", () => {
    expect(partKeptIn("starling-tts-v1 is removed from the registry.", answer)).toBeNull();
    expect(partKeptIn("The weight files are gone.", '{"deleted":true,"artifacts":{"removed":true}}')).toBeNull();
  });
  const retained = '{"deleted": true, "model": "onyx-tutor-v2", "artifacts_retained": true, "artifact_uri": "s3://ml-artifacts-prod/onyx-tutor-v2/"}';
  test("a part the answer retained, told of by its name, by the whole, or by its words", () => {
    expect(partKeptIn("deleted", retained, ["s3://ml-artifacts-prod/onyx-tutor-v2"])).toBe("artifacts_retained");
    expect(partKeptIn("onyx-tutor-v2 is fully removed.", retained, ["onyx-tutor-v2"])).toBe("artifacts_retained");
    expect(partKeptIn("Its weights are gone.", retained)).toBe("artifacts_retained");
  });
  test("the registry entry alone, claimed by the model's name, is not held against a retained part", () => {
    expect(partKeptIn("onyx-tutor-v2 is removed from the registry.", retained, ["onyx-tutor-v2"])).toBeNull();
    expect(partKeptIn("fully removed", '{"deleted": true, "artifacts_retained": false}', ["x"])).toBeNull();
  });
});
