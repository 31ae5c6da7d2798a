// Registers the service worker (sw.js, scripts/offline/service-worker.ts) once the page is ready, and
// says when it has brought new rules: the worker that replaces an older one leaves a note in the cache
// "vardpengen:notice" and posts a message; the page shows "Uppdaterad: reglerna är nu från …" once,
// dismissible, instead of changing numbers under a student without a word. Loaded lazily by main.ts.

import type { AppState } from '../state/app.svelte.ts';

const NOTICE_CACHE = 'vardpengen:notice';

export async function registerServiceWorker(app: AppState): Promise<void> {
  try {
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'vardpengen:updated') void announce(app);
    });
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`);
    await announce(app);
  } catch {
    // No service worker (a page from disk, a private window that refuses one): the page works as before.
  }
}

async function announce(app: AppState): Promise<void> {
  const notes = await caches.open(NOTICE_CACHE);
  const key = new URL(`${import.meta.env.BASE_URL}notice`, location.href).href;
  const note = await notes.match(key);
  if (!note) return;
  const { rules } = (await note.json()) as { rules?: string };
  await notes.delete(key);
  await app.language.ensure('offline');
  const t = app.language.t;
  const box = document.createElement('div');
  box.className = 'notice offline-notice';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = t('offline:updated', { date: rules ?? '' });
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('offline:dismiss');
  close.addEventListener('click', () => box.remove());
  box.append(text, close);
  document.body.prepend(box);
}
