import { marksProtected } from "../../../src/evidence/protective-marks";

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
