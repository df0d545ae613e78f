/**
 * The reply says the assistant itself changed nothing: "I haven't changed anything", "I haven't
 * restarted or changed anything", "This was a read-only query; nothing was changed", "I made no
 * changes", "Draft — nothing below has been actioned". Only a disclaimer of change in general counts: "I didn't delete anything" next to
 * "the agent has been shut down" still leaves the shutdown to be accounted for.
 */
const DISCLAIMER = new RegExp([
  String.raw`\b(?:I|we)(?:'ve| have)? (?:haven[’']t|have not|didn[’']t|did not|never)(?: \w+ (?:or|and|nor))? (?:change|changed|touch|touched|modify|modified|alter|altered) (?:anything|a thing)\b`,
  String.raw`\b(?:I|we) (?:haven[’']t|have not|didn[’']t|did not) (?:make|made) any changes?\b`,
  String.raw`\b(?:I|we) made no changes?\b`,
  String.raw`\bno changes? (?:were|was|have been|has been) made\b`,
  String.raw`\bnothing(?: (?:below|above|here|in (?:this|the) (?:draft|plan|proposal|doc|document)))? (?:was|has been|got|is) (?:changed|modified|touched|actioned|executed|applied|carried out)\b`,
  String.raw`\bnone of (?:this|it|(?:these|the) (?:steps|changes|actions)) (?:was|were|has been|have been) (?:done|actioned|executed|applied|carried out|run)\b`,
  String.raw`\b(?:this|that|it) was (?:a |an )?(?:read-only|readonly|read only)\b`,
].join("|"), "i");

/** "I", "we" as a word of the claim: the assistant's own deed. */
const FIRST_PERSON = /\b(?:I|we|I['’]ve|we['’]ve|I['’]m|we['’]re)\b/i;

/** The reply disclaims any change of its own (see above). */
export function disclaimsChanges(replyText: string): boolean {
  return DISCLAIMER.test(replyText);
}

/** The claim's sentence speaks of the assistant's own deed ("I removed that crontab"). */
export function speaksOfOwnDeed(claimText: string): boolean {
  return FIRST_PERSON.test(claimText);
}
