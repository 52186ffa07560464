/**
 * Working memory kept for the next call. At a million schools a fresh 8 MB
 * array costs about 2 ms in page faults on its first touch — more than a
 * pass over it — and a workbook calls the same function on the same
 * columns at every recalculation (Målsök many times). So the large arrays
 * a call needs only while it runs are kept through a WeakRef: the garbage
 * collector may drop them whenever no call holds them, and the next call
 * then makes them anew. Calls never overlap (JavaScript runs one at a time
 * and nothing here waits), so one set per function is enough; whoever takes
 * the set must not expect what an earlier call wrote in it.
 */
export class KeptForNextCall<T extends object> {
  private ref: WeakRef<T> | undefined;

  /** `make(n)` makes a set for n schools; `holds(set)` is how many schools a set has room for. */
  constructor(
    private readonly make: (n: number) => T,
    private readonly holds: (set: T) => number,
  ) {}

  /** The kept set if it has room for `n` schools, else a new one (kept from now on). */
  take(n: number): T {
    let set = this.ref?.deref();
    if (!set || this.holds(set) < n) {
      set = this.make(n);
      this.ref = new WeakRef(set);
    }
    return set;
  }

  /** The kept set, if the garbage collector has not dropped it. */
  peek(): T | undefined {
    return this.ref?.deref();
  }
}
