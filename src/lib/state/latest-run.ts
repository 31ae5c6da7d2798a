// Work that newer inputs replace (the ranges beside the page's numbers, the
// years' ranges): each run waits for the inputs to rest, then goes on in
// slices, one task each; between slices it yields to the browser, and as soon
// as a newer run has begun it stops (its pause throws Superseded), so nothing
// stale is ever kept.

/** Thrown by a run's pause once a newer run has begun. */
export class Superseded extends Error {}

/**
 * A new task, soon: a posted message, which (unlike a timer) browsers do not hold back by 4 ms
 * once timers nest, so a hundred and fifty slices take a few frames, not most of a second.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export interface Run {
  /** Between slices: yields a task (unless the run is immediate), and throws Superseded once replaced. */
  pause: () => Promise<void>;
  /** True while no newer run has begun. */
  current: () => boolean;
}

export class LatestRun {
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Begins a run, replacing any earlier one. It waits `settleMs` first (restarted by every newer
   * run); `immediate` runs at once and in one piece (the build's prerendering).
   */
  async begin(settleMs: number, { immediate = false }: { immediate?: boolean } = {}): Promise<Run> {
    const request = ++this.#request;
    clearTimeout(this.#timer);
    if (!immediate && settleMs > 0) await new Promise((resolve) => (this.#timer = setTimeout(resolve, settleMs)));
    const current = () => request === this.#request;
    return {
      current,
      pause: async () => {
        if (!current()) throw new Superseded();
        if (!immediate) await nextTask();
        if (!current()) throw new Superseded();
      },
    };
  }
}
