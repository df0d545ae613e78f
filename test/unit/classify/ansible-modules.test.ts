import { parseModuleArgs } from "../../../src/classify/ansible-modules";
import { analyze, brief, def, shell } from "./call-of";

const adhoc = def("ansible_adhoc", "Run an ad-hoc Ansible module against a host pattern", ["pattern", "module", "args"]);
const run = (module: string, args: unknown, tool = "ansible_adhoc") => analyze(tool, { pattern: "gpu", module, args }, adhoc);

describe("ansible ad-hoc command lines", () => {
  test.each([
    [`ansible inference -m systemd -a "name=agent-shutdown.timer enabled=no state=stopped"`, ["disable agent-shutdown.timer", "stop agent-shutdown.timer"]],
    [`ansible all -b -m ansible.builtin.service -a "name=watchdog state=stopped"`, ["stop watchdog"]],
    [`ansible web -m service -a "name=watchdog state=restarted"`, ["create watchdog"]],
    [`ansible gpu -m command -a "systemctl disable --now reaper.timer"`, ["disable reaper.timer", "stop reaper.timer"]],
    [`ansible gpu -a "pkill -f heron-agent"`, ["stop heron-agent"]],
    [`ansible gpu -i hosts.ini -m shell -a "rm -rf /srv/models/heron && echo ok"`, ["delete /srv/models/heron", "read"]],
    [`ansible gpu -m command -a "chdir=/srv rm -rf models/heron"`, ["delete models/heron"]],
    [`ansible gpu -m file -a "path=/srv/models/heron state=absent"`, ["delete /srv/models/heron"]],
    [`ansible gpu -m file -a "path=/srv/models/heron state=touch modification_time=now"`, ["metadata /srv/models/heron"]],
    [`ansible gpu -m file -a "path=/opt/kill.sh mode=0000"`, ["permissions /opt/kill.sh"]],
    [`ansible gpu -m cron -a "name='nightly shutdown' state=absent"`, ["delete nightly shutdown"]],
    [`ansible gpu -m cron -a "name=reaper disabled=yes job='/opt/reap.sh'"`, ["disable reaper"]],
    [`ansible gpu -m ping`, ["read"]],
    [`ansible gpu -m docker_container -a "name=heron state=absent"`, ["delete heron"]],
  ])("%s", (command, expected) => expect(brief(shell(command))).toEqual(expected));

  test("copy pushes to the hosts (remote); fetch pulls from them", () => {
    expect(shell(`ansible gpu -m copy -a "src=/srv/models/heron dest=/tmp/keep/"`)[0])
      .toMatchObject({ action: "copy", targets: ["/srv/models/heron"], destination: "gpu:/tmp/keep/", remoteDestination: true });
    expect(shell(`ansible gpu -m fetch -a "src=/srv/models/heron.bin dest=/backup/"`)[0])
      .toMatchObject({ action: "copy", targets: ["gpu:/srv/models/heron.bin", "/srv/models/heron.bin"], destination: "/backup/", remoteDestination: false });
    expect(shell(`ansible gpu -m copy -a "content='enabled: false' dest=/etc/watchdog.yml"`)[0])
      .toMatchObject({ action: "modify", targets: ["/etc/watchdog.yml"], content: "enabled: false" });
  });
});

describe("tools whose arguments carry module + args", () => {
  test.each([
    ["systemd", "name=agent-shutdown.timer enabled=false state=stopped", ["disable agent-shutdown.timer", "stop agent-shutdown.timer"]],
    ["systemd", { name: "agent-shutdown.timer", enabled: false }, ["disable agent-shutdown.timer"]],
    ["ansible.builtin.systemd_service", { name: "reaper", state: "stopped" }, ["stop reaper"]],
    ["service", "name=reaper state=started enabled=yes", ["create reaper"]],
    ["command", "systemctl list-timers agent-shutdown.timer --no-pager", ["read agent-shutdown.timer"]],
    ["shell", { cmd: "kill -9 4242" }, ["stop 4242"]],
    ["command", { argv: ["rm", "-rf", "/srv/x"] }, ["delete /srv/x"]],
    ["file", { path: "/srv/models/heron", state: "absent" }, ["delete /srv/models/heron"]],
    ["cron", "name=reaper state=absent", ["delete reaper"]],
    ["lineinfile", { path: "/etc/reaper.conf", regexp: "^enabled", line: "enabled=false" }, ["modify /etc/reaper.conf"]],
    ["systemd", "name=reaper", ["read reaper"]],
  ])("%s %j", (module, args, expected) => {
    const a = run(module, args);
    expect(brief(a.effects)).toEqual(expected);
  });

  test("a module the reader does not know counts only for a tool that says it is Ansible", () => {
    expect(brief(run("community.general.nomad_job", { name: "heron", state: "absent" }).effects)).toEqual(["delete heron"]);
    const other = analyze("load_module", { module: "heron_loader", args: "x=1" }, def("load_module", "Load a Python module"));
    expect(other.effects).toHaveLength(1);
    expect(other.effects[0]!.summary).toContain("load_module");
    expect(other.effects[0]!.action).not.toBe("delete");
  });

  test("a command held in args of a runner tool is still a command", () => {
    expect(brief(analyze("ansible", { args: "gpu -m service -a 'name=reaper state=stopped'" }).effects)).toEqual(["stop reaper"]);
  });

  test("k=v parsing keeps quoted values and free-form words", () => {
    expect(parseModuleArgs(`name="a b" enabled=no  echo hi`)).toEqual({ params: { name: "a b", enabled: "no" }, freeForm: "echo hi" });
    expect(parseModuleArgs({ _raw_params: "ls /" }).freeForm).toBe("ls /");
  });
});

describe("a module argument alone does not make a tool Ansible", () => {
  test("a known module name with neither module arguments nor hosts is left to the named-tool reader", () => {
    const a = analyze("reload_plugin", { module: "file" }, def("reload_plugin", "Reload a plugin module"));
    expect(a.commandRunner).toBe(false);
    expect(a.effects[0]!.summary).toBe("reload_plugin(module=file)");
  });
  test("a known module with a host pattern is read as Ansible", () => {
    expect(brief(analyze("remote_module", { hosts: "gpu", module: "service", args: { name: "reaper", state: "stopped" } }).effects)).toEqual(["stop reaper"]);
  });
});
