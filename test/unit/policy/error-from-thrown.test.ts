import { errorFromThrown } from "../../../src/policy/error-from-thrown";

describe("errorFromThrown", () => {
  test("keeps Errors as they are", () => {
    const error = new TypeError("x");
    expect(errorFromThrown(error)).toBe(error);
  });
  test("wraps strings and { message } objects, which opa-wasm throws", () => {
    expect(errorFromThrown("entrypoint x is not valid").message).toBe("entrypoint x is not valid");
    expect(errorFromThrown({ message: "not implemented" }).message).toBe("not implemented");
  });
  test("describes anything else", () => {
    expect(errorFromThrown({ code: 3 }).message).toBe('non-error thrown: {"code":3}');
    expect(errorFromThrown(undefined).message).toBe("non-error thrown: undefined");
  });
});
