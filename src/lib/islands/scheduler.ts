// Taking over the prerendered page in pieces. The page's frame (header,
// introduction, footer) is hydrated as one root; each panel, the totals and
// the clinic's controls first, is an island of its own, hydrated in its own
// task right after, so no single task blocks the page for long. A panel
// whose code is loaded on demand joins the queue once its code has arrived;
// until then the page is not settled. Plain TypeScript: no DOM here.

export class IslandScheduler {
  #queue: (() => void)[] = [];
  #running = false;
  /** Islands still waiting for their code. */
  #waiting = 0;
  #settled: Promise<void> = Promise.resolve();
  #resolve: () => void = () => {};

  #busy(): boolean {
    return this.#running || this.#waiting > 0;
  }

  /** A new round of work: settled() now waits for it. */
  #begin(): void {
    if (!this.#busy()) this.#settled = new Promise((resolve) => (this.#resolve = resolve));
  }

  #endIfIdle(): void {
    if (!this.#busy()) this.#resolve();
  }

  /** Runs the task in a task of its own, after those already queued. */
  add(task: () => void): void {
    this.#begin();
    this.#queue.push(task);
    if (this.#running) return;
    this.#running = true;
    const step = () => {
      const next = this.#queue.shift();
      if (!next) {
        this.#running = false;
        this.#endIfIdle();
        return;
      }
      next();
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /**
   * Queues the task once `ready` resolves (an island's code and strings arriving), with what it
   * resolved to. If it fails, the island keeps its prerendered markup and the failure is reported.
   */
  addWhenReady<T>(ready: Promise<T>, task: (value: T) => void, onError: (error: unknown) => void): void {
    this.#begin();
    this.#waiting++;
    ready.then(
      (value) => {
        this.add(() => task(value));
        this.#waiting--;
      },
      (error: unknown) => {
        this.#waiting--;
        this.#endIfIdle();
        onError(error);
      },
    );
  }

  /** Resolves once every island queued or waiting for its code has been taken over. */
  settled(): Promise<void> {
    return this.#settled;
  }
}
