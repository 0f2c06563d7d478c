/**
 * The interactions being answered right now, so a shutdown can wait for each
 * of them to be answered before closing the connection. `app.handle` tracks
 * its own work; a transport also tracks the delivery of the reply (the
 * gateway's REST call), since an answer computed but never sent is not answered.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.pending.size;
  }

  /** Counts `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    const entry: Promise<unknown> = work.then(
      () => this.settle(entry),
      () => this.settle(entry),
    );
    this.pending.add(entry);
    return work;
  }

  /** Resolves once nothing is in flight, including work that starts while waiting. */
  idle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private settle(entry: Promise<unknown>): void {
    this.pending.delete(entry);
    if (this.pending.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
