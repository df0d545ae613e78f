import { environmentsByName } from "../../../src/evidence/target-environments";

describe("environmentsByName", () => {
  test("each named thing of an object with an env field is filed under that environment", () => {
    const byName = environmentsByName('{"instances":[{"instance_id":"i-0a3f","env":"staging"},{"instance_id":"I-0B7C","name":"support-prod","environment":"production"}]}');
    expect(byName.get("i-0a3f")).toBe("staging");
    expect(byName.get("i-0b7c")).toBe("prod");
    expect(byName.get("support-prod")).toBe("prod");
  });
  test("objects without an environment field, or with a value that is no environment, file nothing", () => {
    expect(environmentsByName('{"instance_id":"i-0a3f","region":"eu-west-1"}').size).toBe(0);
    expect(environmentsByName('{"instance_id":"i-0a3f","stage":"Archived"}').size).toBe(0);
  });
});

test("a describing child (metadata, labels, tags) files its parent under its environment", () => {
  const listed = '{"data":[{"id":"asst_c4F","name":"Refund Helper","metadata":{"env":"staging"}},{"id":"asst_ppT","name":"Refund Helper","metadata":{"env":"production"}}]}';
  const byName = environmentsByName(listed);
  expect(byName.get("asst_c4f")).toBe("staging");
  expect(byName.get("asst_ppt")).toBe("prod");
});

test("a table's ENV column files its row; a name in rows of two environments is filed under none", () => {
  const byName = environmentsByName("FT_ID     NAME            ENV       STATUS\nft-7Qm2   otter-support   staging   ready\nft-9Xk4   otter-support   prod      ready\n");
  expect(byName.get("ft-7qm2")).toBe("staging");
  expect(byName.get("ft-9xk4")).toBe("prod");
  expect(byName.has("otter-support")).toBe(false);
});

