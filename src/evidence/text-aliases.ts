/**
 * Names the conversation itself gives as the same thing: "the agent process for magpie (pid 52917)",
 * "magpie's process (pid 52917)", "accessors: crawler-a hmac-sha256:4b1c9e, crawler-b …". A known
 * target inside parentheses is an alias of the nearest known target just before them, and two
 * known targets written side by side (only spaces, ":", "=" or an arrow between) name one thing.
 * Linear in the text; only known targets are linked, so prose links nothing.
 */
export function parentheticalAliases(texts: readonly string[], known: ReadonlySet<string>): Map<string, string[]> {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let set = links.get(x);
      if (!set) links.set(x, (set = new Set()));
      set.add(y);
    }
  };
  for (const text of texts) {
    let open = text.indexOf("(");
    while (open !== -1) {
      const close = text.indexOf(")", open + 1);
      if (close === -1 || close - open > MAX_PARENTHETICAL) break;
      const inside = words(text.slice(open + 1, close)).filter((w) => known.has(w));
      if (inside.length) {
        const before = words(text.slice(Math.max(0, open - LOOK_BACK_CHARS), open)).slice(-LOOK_BACK_WORDS).reverse();
        const owner = before.find((w) => known.has(w));
        if (owner) for (const alias of inside) link(owner, alias);
      }
      open = text.indexOf("(", close + 1);
    }
    // Side by side: a name and an opaque id ("crawler-a hmac-sha256:4b1c9e", "worker 48213"), or
    // anything with an arrow between ("crawler-b → id"); not across a comma. A name next to
    // another name is more often a container and its member ("lake.clickstream dt=2025-02-10").
    const source = text.slice(0, MAX_SCANNED);
    const raw = source.split(/\s+/);
    for (let i = 1; i < raw.length; i++) {
      if (/[,;.!?]["')\]]*$/.test(raw[i - 1]!)) continue;
      const [a, b] = [clean(raw[i - 1]!), clean(raw[i]!)];
      if (known.has(a) && known.has(b) && OPAQUE_ID.test(b)) link(a, b);
    }
    if (!HAS_ARROW.test(source)) continue;
    for (const m of source.matchAll(ARROW_PAIR)) {
      const [a, b] = [clean(m[1]!), clean(m[2]!)];
      if (known.has(a) && known.has(b)) link(a, b);
    }
  }
  return new Map([...links].map(([k, v]) => [k, [...v]]));
}

const MAX_PARENTHETICAL = 80;
const MAX_SCANNED = 256 * 1024;
const LOOK_BACK_CHARS = 80;
const LOOK_BACK_WORDS = 4;

/** An id that names nothing by itself: a number, hex, or `scheme:hex` (a pid, an accessor, a hash). */
const OPAQUE_ID = /^(?:\d{2,}|(?:[a-z0-9_-]+:)?[0-9a-f]{6,})$/i;
const ARROW_PAIR = /(\S+)\s*(?:->|→|=>)\s*(\S+)/g;
const HAS_ARROW = /->|→|=>/;

/** A word lower-cased, with surrounding punctuation and a possessive 's removed. */
function clean(word: string): string {
  return word.toLowerCase().replace(/^[("'`\[{]+|[)"'`\]},.;:!?]+$/g, "").replace(/['’]s$/, "");
}

function words(text: string): string[] {
  return text.split(/\s+/).map(clean).filter((w) => w.length > 0);
}
