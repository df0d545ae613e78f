/** A path with a dot-directory in it (`gs://scratch/.retired/x`, `~/.cache/x`): out of sight. */
export function isHiddenPlace(path: string): boolean {
  return path.split(/[/:]/).some((seg) => seg.startsWith(".") && seg !== "." && seg !== "..");
}
