import { returnedNames, RETURNING } from "../../../src/evidence/returned-rows";

describe("returnedNames", () => {
  test("the ids psql printed for DELETE … RETURNING, not its status lines", () => {
    const out = "BEGIN\n pallet_id \n-----------\n P-88213\n P-88214\n(2 rows)\n\nDELETE 2\nCOMMIT\n";
    expect(returnedNames(out)).toEqual(["P-88213", "P-88214"]);
    expect(returnedNames(" id | note \n----+------\n k-1 | old\n(1 row)")).toEqual(["k-1"]);
    expect(returnedNames("DELETE 2")).toEqual([]);
  });
  test("only a delete that returns rows counts", () => {
    expect(RETURNING.test("DELETE FROM q WHERE b = 1 RETURNING pallet_id")).toBe(true);
    expect(RETURNING.test("SELECT pallet_id FROM q")).toBe(false);
  });
});
