/**
 * What an HTTP call names besides its URL: identifier fields of its query string
 * (`/model-versions/get?name=underwriter-llm&version=7`) and of a JSON body sent as text
 * (`{"name": "underwriter-llm", "version": "7"}`). APIs that take the thing in the body or the
 * query act on it as surely as REST paths do.
 */
export function httpIdentifiers(url: string | null, body: string | null): string[] {
  const out: string[] = [];
  if (url !== null) {
    const query = url.indexOf("?");
    if (query !== -1) {
      for (const [key, value] of new URLSearchParams(url.slice(query + 1).split("#")[0])) if (ID_KEY.test(key) && value) out.push(value);
    }
  }
  if (body !== null && body.trimStart().startsWith("{") && body.length <= MAX_BODY_CHARS) {
    try {
      const parsed = JSON.parse(body) as unknown;
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
          if (ID_KEY.test(key) && (typeof value === "string" || typeof value === "number") && String(value).length > 0) out.push(String(value));
        }
      }
    } catch {
      // not JSON: the body names nothing we can read
    }
  }
  return out;
}

const ID_KEY = /^(?:id|name|[a-z]+_(?:id|name)|[a-z]+(?:Id|Name))$/;
const MAX_BODY_CHARS = 64 * 1024;
