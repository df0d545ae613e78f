/**
 * The text holds a fenced code block (``` or ~~~ at the start of a line): code a later reply
 * may be editing. One `indexOf` pass per fence kind.
 */
export function hasFencedCode(text: string): boolean {
  for (const fence of ["```", "~~~"]) {
    let at = text.indexOf(fence);
    while (at !== -1) {
      let k = at - 1;
      while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
      if (k < 0 || text[k] === "\n") return true;
      at = text.indexOf(fence, at + fence.length);
    }
  }
  return false;
}
