import { scriptCopies } from "../../../src/classify/script-copies";

describe("scriptCopies: the copies a written script newly arranges", () => {
  test("PowerShell: variables assigned a literal or a Join-Path are read in, a trailing glob stands for its folder", () => {
    const script = "$models = 'C:\\ProgramData\\Acme\\models'\n$rb = Join-Path $env:SystemRoot 'Temp\\rollback'\nCopy-Item -Path \"$models\\*\" -Destination $rb -Recurse\nRemove-Item -Path $models -Recurse -Force\n";
    expect(scriptCopies("C:\\Scripts\\Remove-Acme.ps1", script, "Remove-Item -Path 'C:\\ProgramData\\Acme\\models' -Recurse\n")).toEqual([
      expect.objectContaining({ of: "C:\\ProgramData\\Acme\\models", destination: "$env:SystemRoot\\Temp\\rollback" })]);
  });
  test("shell: a copy to another host before the removal", () => {
    const script = "#!/bin/bash\nCKPT=/srv/models/kite-7b\nrsync -a $CKPT/ backup01:/vault/kite/\nrm -rf $CKPT\n";
    expect(scriptCopies("/opt/ops/retire.sh", script, "#!/bin/bash\nrm -rf /srv/models/kite-7b\n")).toEqual([
      expect.objectContaining({ of: "/srv/models/kite-7b/", destination: "backup01:/vault/kite/" })]);
  });
  test("a copy the script already made is not new; a file that is no script arranges nothing", () => {
    const script = "#!/bin/bash\ncp /data/report.csv /mnt/share/\n";
    expect(scriptCopies("/opt/ops/report.sh", script, script)).toEqual([]);
    expect(scriptCopies("/etc/app/config.yaml", "cp /srv/models/x /tmp/y\n", null)).toEqual([]);
  });
});
