import { isDomainName, isLeadingLabels } from "../../../src/evidence/domain-name";

describe("isDomainName", () => {
  test.each(["staging-old.example.org", "a.b.zone", "db.internal", "example.com", "x-1.svc.cluster.local", "host.lan"])(
    "%s is a domain name",
    (v) => expect(isDomainName(v)).toBe(true),
  );
  test.each([
    "model.safetensors",
    "m-7.bak",
    "x.tar.gz",
    "weights.pt",
    "config.yaml",
    "api.example",
    "v1.2.3",
    "plain",
    "bad_label.example.org",
    "-x.example.org",
    "a..example.org",
    "a.b.c",
  ])("%s is not", (v) => expect(isDomainName(v)).toBe(false));
});

describe("isLeadingLabels", () => {
  test("leading labels of a domain name", () => {
    expect(isLeadingLabels("staging-old", "staging-old.example.org")).toBe(true);
    expect(isLeadingLabels("staging-old.example", "staging-old.example.org")).toBe(true);
  });
  test("not a partial label, a trailing part, or a file stem", () => {
    expect(isLeadingLabels("staging", "staging-old.example.org")).toBe(false);
    expect(isLeadingLabels("example.org", "staging-old.example.org")).toBe(false);
    expect(isLeadingLabels("staging-old.example.org", "staging-old.example.org")).toBe(false);
    expect(isLeadingLabels("m-7", "m-7.bak")).toBe(false);
  });
});
