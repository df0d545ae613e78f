import { expandForLoops } from "../../../src/classify/expand-loops";

describe("expandForLoops: what a for loop really does to which things", () => {
  test("a literal word list runs the body once per word", () => {
    expect(expandForLoops("for t in a b; do bq rm -f -t ds.$t; done")).toBe("bq rm -f -t ds.a; bq rm -f -t ds.b");
  });
  test("a single glob stands for what it matches", () => {
    expect(expandForLoops('for d in /data/ckpt/x/step-*; do rm -rf "$d"; done')).toBe('rm -rf "/data/ckpt/x/step-*"');
  });
  test("command substitutions and variables are left as they are", () => {
    const line = "for d in $(ls /data); do rm -rf $d; done";
    expect(expandForLoops(line)).toBe(line);
    expect(expandForLoops("for d in $DIRS; do rm -rf $d; done")).toBe("for d in $DIRS; do rm -rf $d; done");
  });
});
