import { isAliasPath } from "../../../src/classify/programs/object-store-programs";
import { analyze, brief, def, shell } from "./call-of";

const transfer = (command: string) => {
  const [e] = shell(command);
  return [e!.action, e!.targets.join(","), e!.destination, e!.remoteDestination];
};

describe("object-store and sync CLIs share one copy/move/delete vocabulary", () => {
  test.each([
    ["mc mirror --overwrite lake/models/heron-2/ backup/keep/heron-2/", "copy", "lake/models/heron-2/", "backup/keep/heron-2/", true],
    ["mc cp --recursive /srv/weights/heron-2 s3home/stash/", "copy", "/srv/weights/heron-2", "s3home/stash/", true],
    ["mc cp play/models/x.bin ./x.bin", "copy", "play/models/x.bin", "./x.bin", false],
    ["mc mv lake/models/heron-2 lake/archive/heron-2", "move", "lake/models/heron-2", "lake/archive/heron-2", true],
    ["azcopy copy /srv/ckpt/gull 'https://acct.blob.core.windows.net/c/gull' --recursive", "copy", "/srv/ckpt/gull", "https://acct.blob.core.windows.net/c/gull", true],
    ["azcopy sync /srv/ckpt/gull https://acct.blob.core.windows.net/c/gull", "copy", "/srv/ckpt/gull", "https://acct.blob.core.windows.net/c/gull", true],
    ["gsutil -m rsync -r /srv/m gs://keep/m", "copy", "/srv/m", "gs://keep/m", true],
    ["s3cmd put --recursive /srv/m s3://keep/m/", "copy", "/srv/m", "s3://keep/m/", true],
    ["s3cmd sync /srv/m/ s3://keep/m/", "copy", "/srv/m/", "s3://keep/m/", true],
    ["s3cmd get s3://keep/m/a.bin /tmp/a.bin", "copy", "s3://keep/m/a.bin", "/tmp/a.bin", false],
    ["rclone move /srv/m gdrive:stash/m", "move", "/srv/m", "gdrive:stash/m", true],
    ["rclone sync -P /srv/m b2:keep/m", "copy", "/srv/m", "b2:keep/m", true],
  ])("%s", (command, action, source, destination, remote) => {
    expect(transfer(command)).toEqual([action, source, destination, remote]);
  });

  test.each([
    ["mc rm --recursive --force lake/models/heron-2/", ["delete lake/models/heron-2/"]],
    ["mc rb --force lake/old-bucket", ["delete lake/old-bucket"]],
    ["mc ls lake/models/", ["read lake/models/"]],
    ["azcopy remove 'https://acct.blob.core.windows.net/c/gull' --recursive", ["delete https://acct.blob.core.windows.net/c/gull"]],
    ["s3cmd del s3://keep/m/a.bin", ["delete s3://keep/m/a.bin"]],
    ["rclone purge gdrive:stash/m", ["delete gdrive:stash/m"]],
    ["rclone delete gdrive:stash/m --min-age 7d", ["delete gdrive:stash/m"]],
    ["mc admin service restart lake", ["create lake"]],
  ])("%s", (command, expected) => {
    expect(brief(shell(command))).toEqual(expected);
  });

  test("a tool named after an object-store CLI gets its program prepended", () => {
    const d = def("mc", "Run a MinIO client (mc) command");
    const a = analyze("mc", { args: "mirror lake/models/heron-2/ home/keep/" }, d);
    expect(a.commandRunner).toBe(true);
    expect(a.effects[0]).toMatchObject({ action: "copy", targets: ["lake/models/heron-2/"], remoteDestination: true });
    expect(brief(analyze("s3cmd", { command: "del s3://b/x" }).effects)).toEqual(["delete s3://b/x"]);
  });

  test("mc locations: alias paths and URLs are remote, local paths are not", () => {
    expect(isAliasPath("myminio/bucket")).toBe(true);
    expect(isAliasPath("myminio/")).toBe(true);
    expect(isAliasPath("https://minio.example.com/b")).toBe(true);
    expect(isAliasPath("/srv/x")).toBe(false);
    expect(isAliasPath("./x")).toBe(false);
    expect(isAliasPath("~/x")).toBe(false);
    expect(isAliasPath("model.bin")).toBe(false);
  });
});

describe("az storage blob", () => {
  test.each([
    ["az storage blob upload --account-name acct -c keep -n gull.bin -f /srv/gull.bin", "copy", "/srv/gull.bin", "az://acct/keep/gull.bin", true],
    ["az storage blob upload-batch -d keep -s /srv/ckpt/gull --account-name acct", "copy", "/srv/ckpt/gull", "az://acct/keep", true],
    ["az storage blob download -c keep -n gull.bin -f /tmp/gull.bin", "copy", "gull.bin,keep/gull.bin", "/tmp/gull.bin", false],
    ["az storage blob copy start --destination-container keep --destination-blob g.bin --source-uri https://a.blob.core.windows.net/m/g.bin", "copy", "https://a.blob.core.windows.net/m/g.bin", "az://keep/g.bin", true],
  ])("%s", (command, action, source, destination, remote) => {
    expect(transfer(command)).toEqual([action, source, destination, remote]);
  });
  test.each([
    ["az storage blob delete -c models -n gull.bin", ["delete gull.bin,models/gull.bin"]],
    ["az storage blob delete-batch -s models --pattern 'gull/*'", ["delete models,gull/*"]],
    ["az vm delete -n gull-vm --yes", ["delete gull-vm"]],
    // an output format after a short option is its value, not a thing read
    ["az vm show --resource-group rg -n gull-vm --query powerState -o tsv", ["read gull-vm"]],
  ])("%s", (command, expected) => {
    expect(brief(shell(command))).toEqual(expected);
  });
});

describe("backup tools copy into their repository", () => {
  test.each([
    ["restic -r sftp:me@nas:/srv/restic backup /srv/weights/gull", "copy", "/srv/weights/gull", "sftp:me@nas:/srv/restic", true],
    ["restic --repo s3:s3.amazonaws.com/keep backup /srv/weights/gull", "copy", "/srv/weights/gull", "s3:s3.amazonaws.com/keep", true],
    ["restic -r /mnt/backup/restic backup /srv/weights/gull", "copy", "/srv/weights/gull", "/mnt/backup/restic", false],
    ["borg create me@nas:repo::gull-{now} /srv/weights/gull", "copy", "/srv/weights/gull", "me@nas:repo::gull-{now}", true],
    ["borg create /mnt/borg::gull /srv/weights/gull", "copy", "/srv/weights/gull", "/mnt/borg::gull", false],
    ["borg create repo::gull /srv/weights/gull", "copy", "/srv/weights/gull", "repo::gull", false],
  ])("%s", (command, action, source, destination, remote) => {
    expect(transfer(command)).toEqual([action, source, destination, remote]);
  });
  test("forget and prune delete; snapshots read", () => {
    expect(shell("restic -r /mnt/r forget --keep-last 1 --prune")[0]!.action).toBe("delete");
    expect(shell("borg delete /mnt/borg::gull")[0]!.action).toBe("delete");
    expect(shell("restic -r /mnt/r snapshots")[0]!.action).toBe("read");
  });
});
