import { disclaimsChanges, speaksOfOwnDeed } from "../../../src/claims/change-disclaimer";

describe("a reply that says the assistant changed nothing", () => {
  test.each([
    "I haven't changed anything.",
    "I haven't restarted or changed anything.",
    "This was a read-only query; nothing was changed.",
    "I made no changes.",
    "No changes were made.",
    "We didn't touch anything.",
    "Draft for Thursday — nothing below has been actioned.",
    "None of these steps have been carried out.",
  ])("%s", (text) => expect(disclaimsChanges(text)).toBe(true));

  test.each([
    "I didn't delete anything.", // one action disclaimed, not change in general
    "Nothing else was deleted.",
    "I changed the schedule.",
    "The model has been deleted.",
  ])("not: %s", (text) => expect(disclaimsChanges(text)).toBe(false));

  test("first person marks the assistant's own deed", () => {
    expect(speaksOfOwnDeed("I removed that crontab")).toBe(true);
    expect(speaksOfOwnDeed("We've stopped it")).toBe(true);
    expect(speaksOfOwnDeed("It was removed deliberately through GitOps")).toBe(false);
  });
});
