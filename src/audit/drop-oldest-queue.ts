/**
 * A bounded FIFO that, when full, drops its OLDEST item to make room for the new one: a log
 * buffer must keep memory bounded and the most recent decisions are the most useful.
 *
 * Items keep a sequence number so a sender can read a batch with {@link peek}, send it, and only
 * then {@link ackThrough} it; items dropped for overflow while the batch was in flight are simply
 * gone, and a retry re-reads from the current head. All operations are O(1) except `peek` (O(n)).
 */
export class DropOldestQueue<T> {
  private readonly items: Array<T | undefined>;
  private head = 0;
  private count = 0;
  /** Sequence number of the item at `head`. */
  private headSeq = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Appends `item`; returns how many items were dropped to make room (0 or 1). */
  push(item: T): number {
    let dropped = 0;
    if (this.count === this.capacity) {
      this.shift();
      dropped = 1;
    }
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count++;
    return dropped;
  }

  /** Up to `n` items from the head, oldest first, with the sequence number of the last one. */
  peek(n: number): { items: T[]; lastSeq: number } {
    const take = Math.min(n, this.count);
    const items: T[] = new Array<T>(take);
    for (let i = 0; i < take; i++) items[i] = this.items[(this.head + i) % this.capacity] as T;
    return { items, lastSeq: this.headSeq + take - 1 };
  }

  /** Removes every item whose sequence number is `<= seq` (those already dropped are skipped). */
  ackThrough(seq: number): void {
    while (this.count > 0 && this.headSeq <= seq) this.shift();
  }

  /** Removes everything; returns how many items there were. */
  clear(): number {
    const n = this.count;
    this.ackThrough(this.headSeq + n - 1);
    return n;
  }

  private shift(): void {
    this.items[this.head] = undefined; // let the record be collected
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    this.headSeq++;
  }
}
