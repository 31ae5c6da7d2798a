// Keeps the address in step with the page. A change pushes one history
// entry; further changes within a short quiet period (a slider drag, a run
// of arrow keys) update that entry, so back and forward step through what
// the visitor did rather than through every pixel. Those updates are written
// once the keys rest briefly, not on every step. Inside an embed the address
// is only replaced: an iframe's history is the host page's too.

/** Quiet time after which the next change starts a new history entry. */
export const SETTLE_MS = 700;
/** Quiet time after which the address catches up with a run of changes. */
export const WRITE_MS = 200;

export class UrlSync {
  #burstTimer: ReturnType<typeof setTimeout> | undefined;
  #writeTimer: ReturnType<typeof setTimeout> | undefined;
  #inBurst = false;
  #first = true;

  constructor(private readonly options: { pushHistory: boolean }) {}

  /** Records the page's query (from serializePageUrl) in the address. */
  record(query: string): void {
    const first = this.#first;
    this.#first = false;
    clearTimeout(this.#writeTimer);
    if (query === location.search || (query === '' && location.search === '')) return;
    const url = `${location.pathname}${query}${location.hash}`;
    if (first) history.replaceState(history.state, '', url);
    else if (!this.#inBurst && this.options.pushHistory) history.pushState(null, '', url);
    else this.#writeTimer = setTimeout(() => history.replaceState(history.state, '', url), WRITE_MS);
    this.#inBurst = true;
    clearTimeout(this.#burstTimer);
    this.#burstTimer = setTimeout(() => (this.#inBurst = false), SETTLE_MS);
  }

  /** Calls back with the address's query when the visitor goes back or forward. */
  listen(onNavigate: (search: string) => void): () => void {
    const handler = () => {
      clearTimeout(this.#writeTimer);
      this.#inBurst = false;
      onNavigate(location.search);
    };
    addEventListener('popstate', handler);
    return () => removeEventListener('popstate', handler);
  }
}
