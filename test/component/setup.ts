import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// jsdom lacks the browser APIs the page uses for charts and themes; charts
// are not drawn in component tests (the end-to-end tests draw them).
class InertObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver ??= InertObserver as unknown as typeof IntersectionObserver;
globalThis.ResizeObserver ??= InertObserver as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

// waitFor and findBy wait for a state, not a time: on a busy 2-core machine the state can take
// longer than Testing Library's default second to arrive, and a test must not fail for that.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
