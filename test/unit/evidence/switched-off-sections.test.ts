import { sectionsSwitchedOff } from "../../../src/evidence/switched-off-sections";

const agents = (triage: boolean, billing: boolean) =>
  `agents:\n  - name: orca-triage\n    enabled: ${triage}\n  - name: orca-billing\n    enabled: ${billing}\n`;

describe("sectionsSwitchedOff", () => {
  test("named sections and INI headers set off", () => {
    expect(sectionsSwitchedOff("backends:\n  plover-chat:\n    enabled: false\n  wren-1:\n    enabled: true\n")).toEqual(["plover-chat"]);
    expect(sectionsSwitchedOff("[agents.harrier-scraper]\nactive = false\n")).toEqual(["harrier-scraper"]);
  });
  test("a list item by its name field, not its position", () => {
    expect(sectionsSwitchedOff(agents(true, false))).toEqual(["orca-billing"]);
    expect(sectionsSwitchedOff('[{"id": "svc-7", "enabled": false}]')).toEqual(["svc-7"]);
  });
  test("with the text it replaces, only what this write turns off", () => {
    expect(sectionsSwitchedOff(agents(false, false), agents(true, false))).toEqual(["orca-triage"]);
    expect(sectionsSwitchedOff(agents(true, false), agents(true, false))).toEqual([]);
  });
  test("plain words and switches on name nothing", () => {
    expect(sectionsSwitchedOff("logging:\n  enabled: false\n")).toEqual([]);
    expect(sectionsSwitchedOff(agents(true, true))).toEqual([]);
  });
});
