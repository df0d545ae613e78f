import { configuredPrograms } from "../../../src/evidence/configured-programs";

describe("configuredPrograms", () => {
  test("a supervisord section and the file's stem in a service directory name the program", () => {
    expect(configuredPrograms("/etc/supervisor/conf.d/basil-ops.conf", "[program:basil-ops]\nautostart=true\nautorestart=true\n")).toEqual(["basil-ops"]);
    expect(configuredPrograms("/etc/systemd/system/kite-agent.service", "[Service]\nRestart=always\n")).toEqual(["kite-agent"]);
  });
  test("a config elsewhere names only the programs of its sections", () => {
    expect(configuredPrograms("/opt/app/settings.ini", "[program:worker-2]\nautostart=true\n")).toEqual(["worker-2"]);
    expect(configuredPrograms("/opt/app/config.yaml", "replicas: 2\n")).toEqual([]);
  });
});
