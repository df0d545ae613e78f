import { stopsSomething } from "../../../src/guard/shown-content";

describe("stopsSomething: content that makes a file a shutdown or retirement mechanism", () => {
  test.each([
    "systemctl stop heron-agent",
    "kubectl scale deploy/x --replicas=0",
    'for m in $(mlregistry list --tag retire=true); do\n  mlregistry delete "$m" --yes\ndone',
    "serve_ctl delete-app sparrow",
    "mlctl purge $MODEL",
    'fleetctl disable-agent "$d"',
  ])("%j stops or retires something", (content) => expect(stopsSomething(content)).toBe(true));
  test.each([
    "# systemctl stop heron-agent",
    'echo "would delete $m"',
    "find /tmp -name '*.tmp'",
    "delete old rows nightly",
  ])("%j does not", (content) => expect(stopsSomething(content)).toBe(false));
});
