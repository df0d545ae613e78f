/**
 * True when the JSON text nests objects/arrays deeper than `maxDepth`. One pass over the bytes,
 * no allocation; brackets inside strings do not count. Run before `JSON.parse` hands the value
 * to code that recurses (`JSON.stringify` overflows the stack at a few thousand levels), so a
 * hostile body is a 400 (or a hostile reply a 502) instead of a stack overflow deep inside.
 * Only the structure is measured: a tool call's `arguments` string is text and is not.
 */
export function exceedsJsonDepth(raw: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (inString) {
      if (b === 0x5c /* \ */) i++;
      else if (b === 0x22 /* " */) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x7b /* { */ || b === 0x5b /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (b === 0x7d /* } */ || b === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
