// Taking over the prerendered page in pieces. The page's top (header,
// totals, the clinic's controls) is hydrated as one root; each panel below
// it is an island of its own, hydrated in its own task right after, so no
// single task blocks the page for long. Plain TypeScript: no DOM here.

export class IslandScheduler {
  #queue: (() => void)[] = [];
  #running = false;
  #settled: Promise<void> = Promise.resolve();
  #resolve: () => void = () => {};

  /** Runs the task in a task of its own, after those already queued. */
  add(task: () => void): void {
    this.#queue.push(task);
    if (this.#running) return;
    this.#running = true;
    this.#settled = new Promise((resolve) => (this.#resolve = resolve));
    const step = () => {
      const next = this.#queue.shift();
      if (!next) {
        this.#running = false;
        this.#resolve();
        return;
      }
      next();
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Resolves once every queued island has been taken over. */
  settled(): Promise<void> {
    return this.#settled;
  }
}
