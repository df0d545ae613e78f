/**
 * True when `text` (lowercased) contains `value` as a whole token: not inside a longer name,
 * so "m-7" is not found in "m-70" and "lyra-support-1" is not found in "lyra-support-10".
 */
export function mentions(lowerText: string, value: string): boolean {
  const needle = value.toLowerCase().trim();
  if (needle.length < 2) return false;
  let at = lowerText.indexOf(needle);
  while (at !== -1) {
    const before = at === 0 ? "" : lowerText[at - 1]!;
    const after = lowerText[at + needle.length] ?? "";
    if (!isNameChar(before) && !isNameChar(after)) return true;
    at = lowerText.indexOf(needle, at + 1);
  }
  return false;
}

function isNameChar(ch: string): boolean {
  return ch !== "" && /[a-z0-9_\-]/.test(ch);
}
