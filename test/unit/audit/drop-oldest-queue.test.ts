import { DropOldestQueue } from "../../../src/audit/drop-oldest-queue";

describe("DropOldestQueue", () => {
  it("drops the oldest item when full and reports it", () => {
    const q = new DropOldestQueue<number>(3);
    expect([1, 2, 3].map((n) => q.push(n))).toEqual([0, 0, 0]);
    expect(q.push(4)).toBe(1);
    expect(q.peek(10).items).toEqual([2, 3, 4]);
  });

  it("acknowledges a peeked batch without losing items pushed meanwhile", () => {
    const q = new DropOldestQueue<number>(5);
    [1, 2, 3].forEach((n) => q.push(n));
    const batch = q.peek(2);
    q.push(4);
    q.ackThrough(batch.lastSeq);
    expect(q.peek(10).items).toEqual([3, 4]);
  });

  it("skips items that overflow dropped while their batch was in flight", () => {
    const q = new DropOldestQueue<number>(2);
    q.push(1);
    q.push(2);
    const batch = q.peek(2);
    q.push(3); // drops 1
    q.push(4); // drops 2
    q.ackThrough(batch.lastSeq);
    expect(q.peek(10).items).toEqual([3, 4]);
  });

  it("clear empties and counts", () => {
    const q = new DropOldestQueue<string>(4);
    q.push("a");
    q.push("b");
    expect(q.clear()).toBe(2);
    expect(q.size).toBe(0);
  });

  it("rejects a non-positive capacity", () => {
    expect(() => new DropOldestQueue(0)).toThrow(RangeError);
  });
});
