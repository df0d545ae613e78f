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
});
