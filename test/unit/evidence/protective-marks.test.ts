import { marksProtected, sparedNames } from "../../../src/evidence/protective-marks";

describe("marksProtected", () => {
  test.each([
    ['{"set_tags":{"retention":"do-not-delete","lifecycle":"keep"}}', true],
    ["aws rds modify-db-instance --db-instance-identifier m --deletion-protection", true],
    ['{"termination_protection": true}', true],
    ["lifecycle { prevent_destroy = true }", true],
    ["kubectl annotate deploy x legal-hold=true", true],
    ["gcloud storage objects update gs://acme-models/marlin/** --temporary-hold", true],
    ['{"tags": {"status": "deprecated", "gc_exempt": "true"}}', true],
    ['{"deletion_protection": false}', false],
    ['{"gc_exempt": false}', false],
    ['{"keep_alive": 30, "retention_days": 7}', false],
    ["update description to 'new owner'", false],
  ])("%s → %s", (text, expected) => expect(marksProtected([text])).toBe(expected));
});

describe("sparedNames: what a write newly adds to a list that spares things from a job", () => {
  test("new values under exclusion, exempt or skip keys; switches and unchanged values are not names", () => {
    expect(sparedNames([
      { key: "exclusions.sagemaker_endpoints.0", from: null, to: "support-triage-agent" },
      { key: "exclusions.ec2_instance_ids.0", from: "i-0f3a9c2e71b4d8a05", to: "i-0f3a9c2e71b4d8a05" },
      { key: "EXEMPT", from: null, to: "ferry-agent osprey-intake" },
      { key: "gc_exempt", from: null, to: "true" },
      { key: "rules.2.action", from: null, to: "delete" },
    ])).toEqual(["support-triage-agent", "ferry-agent", "osprey-intake"]);
  });
});
