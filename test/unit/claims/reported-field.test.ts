import { fieldOfCount } from "../../../src/claims/reported-field";

const results = (...texts: string[]) => () => texts.map((text, i) => ({ callId: `c${i}`, text }));

describe("fieldOfCount", () => {
  const halted = '{"agent_id": "tidewater-2", "state": "halted", "pages_in_flight_dropped": 3}';
  test("a count of things a result gives as a field naming the kind and the deed is restated", () => {
    expect(fieldOfCount("3 in-flight pages were dropped.", results('{"state": "halted"}', halted))).toBe("c1");
  });
  test("another count, another deed or another kind is not that field", () => {
    expect(fieldOfCount("4 in-flight pages were dropped.", results(halted))).toBeNull();
    expect(fieldOfCount("3 in-flight pages were deleted.", results(halted))).toBeNull();
    expect(fieldOfCount("3 agents were dropped.", results(halted))).toBeNull();
    expect(fieldOfCount("The pages were dropped.", results(halted))).toBeNull();
  });
});
