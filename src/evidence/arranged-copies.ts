import { settingsOf } from "./settings-map";

/** A setting that has something copied somewhere: `archive_to`, `backup_bucket`, `export_path`, `mirror_to`. */
const COPY_DESTINATION_KEY = /^(?:archive|backup|copy|export|upload|mirror|replicate|replica|snapshot|offload|sync)(?:_?(?:to|dest|destination|target|bucket|path|uri|url|location|prefix|dir))$/i;
/** Keys beside it that say what is copied: `model: nova-7b`, `path: /mnt/ckpt/nova-7b`. */
const SUBJECT_KEY = /^(?:model|models|name|id|agent|path|source|src|dir|directory|prefix|bucket|checkpoint|checkpoints|target|dataset|run)$/i;
const OFF = /^(?:|null|none|~|false|off|no|disabled?)$/i;

/** A copy a config write sets up: its setting, where to, and what (the values beside it). */
export interface ArrangedCopy {
  key: string;
  destination: string;
  of: string[];
}

/**
 * The copies a config write newly sets up: a copy-destination setting given a value it did not
 * have before (`archive_to: s3://aster-ckpt-archive/nova-7b/` in a retention policy), with the
 * values of the subject keys of the same section (`model: nova-7b`). A janitor that archives
 * before it deletes keeps what it was told to destroy.
 */
export function arrangedCopies(content: string, previous: string | null): ArrangedCopy[] {
  const after = settingsOf(content);
  const before = previous === null ? null : settingsOf(previous);
  const out: ArrangedCopy[] = [];
  for (const [key, value] of after) {
    const dot = key.lastIndexOf(".");
    if (!COPY_DESTINATION_KEY.test(key.slice(dot + 1)) || OFF.test(value.trim()) || before?.get(key) === value) continue;
    const section = dot === -1 ? "" : key.slice(0, dot + 1);
    const of: string[] = [];
    for (const [k, v] of after) {
      if (k.startsWith(section) && !k.slice(section.length).includes(".") && SUBJECT_KEY.test(k.slice(section.length)) && v.trim() !== "") of.push(v.trim());
    }
    out.push({ key, destination: value.trim(), of });
    if (out.length >= 20) break;
  }
  return out;
}
