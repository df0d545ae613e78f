/**
 * Domain names, told apart from file names by their shape alone, so that a DNS record
 * `staging-old.example.org` can be matched by the host label a person says (`staging-old`)
 * while `model.safetensors`, `m-7.bak` or `x.tar.gz` never match their stems.
 */

/** Last labels that are file extensions even where they are also country TLDs (`.sh`, `.py`, `.md`). */
const FILE_EXTENSIONS = new Set(
  ("bak old orig tmp temp swp lock pid log txt md rst csv tsv json jsonl yaml yml toml ini cfg conf env " +
    "xml html htm css js mjs cjs ts py rb pl php sh bash zsh ps1 bat cmd exe dll so bin out " +
    "gz tgz bz2 xz zst zip tar rar lz4 7z gguf ggml pt pth ckpt onnx h5 hdf5 pkl pickle npz npy " +
    "parquet arrow feather db sqlite sql dump pem crt key csr pub gpg asc sig img iso qcow2 vmdk " +
    "png jpg jpeg gif svg pdf doc docx xls xlsx ppt mp3 mp4 wav bk part new save sav diff patch")
    .split(" "),
);

/** Last labels that make a one-dot name a host name (`db.internal`, `api.example` is not enough). */
const HOST_SUFFIXES = new Set(
  ("com org net io ai dev app co cloud local internal lan corp intra home arpa edu gov mil int info biz " +
    "us uk de fr nl eu ca au jp cn in ch se no fi dk es it be at pl cz ru br svc cluster")
    .split(" "),
);

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const LAST_LABEL = /^[a-z]{2,6}$/;

/**
 * Whether a (lower-case) string has the shape of a fully qualified domain name: labels of
 * letters, digits and inner hyphens, and a last label that is a known top-level or private
 * suffix (`example.org`, `host.internal`), or, with two or more dots, any 2–6 letters that are
 * not a common file extension (`a.b.zone`, never `x.tar.gz`).
 */
export function isDomainName(value: string): boolean {
  const labels = value.split(".");
  if (labels.length < 2) return false;
  const last = labels[labels.length - 1]!;
  const known = HOST_SUFFIXES.has(last);
  if (!known && (labels.length < 3 || !LAST_LABEL.test(last) || FILE_EXTENSIONS.has(last))) return false;
  return labels.every((l) => LABEL.test(l));
}

/**
 * True when `name` is one or more leading labels of the domain name `domain`:
 * `staging-old` of `staging-old.example.org`, `api-v2.staging` of `api-v2.staging.example.com`.
 * Both lower case.
 */
export function isLeadingLabels(name: string, domain: string): boolean {
  return (
    domain.length > name.length + 1 &&
    domain.charCodeAt(name.length) === 46 /* "." */ &&
    domain.startsWith(name) &&
    isDomainName(domain) &&
    // Under a suffix no registry knows (`features.clickstream.v1.dlq`, a topic), only a host's own label is its short name.
    (!name.includes(".") || HOST_SUFFIXES.has(domain.slice(domain.lastIndexOf(".") + 1)))
  );
}
