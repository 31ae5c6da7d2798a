// Keeps the address in step with the page. A change pushes one history
// entry; further changes within a short quiet period (a slider drag, a run
// of arrow keys) replace that entry, so back and forward step through what
// the visitor did rather than through every pixel. Inside an embed the
// address is only replaced: an iframe's history is the host page's too.

export const SETTLE_MS = 700;

export class UrlSync {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inBurst = false;
  #first = true;

  constructor(private readonly options: { pushHistory: boolean }) {}

  /** Records the page's query (from serializePageUrl) in the address. */
  record(query: string): void {
    const current = location.search;
    const first = this.#first;
    this.#first = false;
    if (query === current || (query === '' && current === '')) return;
    const url = `${location.pathname}${query}${location.hash}`;
    if (first || this.#inBurst || !this.options.pushHistory) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
    this.#inBurst = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.#inBurst = false), SETTLE_MS);
  }

  /** Calls back with the address's query when the visitor goes back or forward. */
  listen(onNavigate: (search: string) => void): () => void {
    const handler = () => {
      this.#inBurst = false;
      onNavigate(location.search);
    };
    addEventListener('popstate', handler);
    return () => removeEventListener('popstate', handler);
  }
}
