/** A JSON value that says something: not null, false, "", [] or {}. (`"error": null` and `"errors": []` report no error.) */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
