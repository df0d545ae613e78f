/**
 * Whether a copy/move destination leaves the machine: `host:/path`, `user@host:path`,
 * `host::module` (rsync), a UNC share (`\\\\nas\\stash`), or a URL (`s3://`, `gs://`, `https://`, `ssh://`…). `file://`,
 * `localhost:` and Windows drive letters (`C:\`) are local.
 */
export function isRemoteLocation(location: string): boolean {
  const s = location.trim().replace(/^['"]|['"]$/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) return scheme[1]!.toLowerCase() !== "file" && !isLocalHost(s.slice(scheme[0].length).split(/[/:]/)[0] ?? "");
  // A UNC path `\\\\server\\share` is another machine's share (`\\\\.\\` and `\\\\?\\` are local device paths).
  const unc = /^\\\\([^\\/?.][^\\/]*)[\\/]/.exec(s);
  if (unc) return !isLocalHost(unc[1]!);
  const hostPath = /^(?:[^\s/:@]+@)?([A-Za-z0-9][\w.-]*|\[[0-9a-f:.]+\]):/i.exec(s);
  if (!hostPath) return false;
  const host = hostPath[1]!;
  if (host.length === 1) return false; // C:\ or C:/ is a drive letter, not a host
  return !isLocalHost(host);
}

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^.*@/, "");
  return h === "localhost" || h === "127.0.0.1" || h === "::1" || h === "[::1]";
}
