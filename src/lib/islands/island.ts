// A Svelte action that makes an element an island: a separate root for one
// panel, hydrated from the prerendered markup inside it (or mounted, when
// there is none), in a task of its own (see scheduler.ts). A panel given as
// a loader is fetched first, with the strings it needs, so neither its code
// nor its strings are part of the page's first view.

import { hydrate, mount, unmount, type Component } from 'svelte';
import { appContext, type AppState } from '../state/app.svelte.ts';
import { recordEarlyInput } from './early-input.ts';

/** A panel whose code and strings are loaded when it is taken over. */
export interface LazyPanel {
  /** Its code; it may also work out, for this page, what it shows, so that hydrating its prerendered markup changes nothing. */
  load: (app: AppState) => Promise<{ default: Component }>;
  /** Namespaces (locale files) it needs besides the core ones. */
  namespaces: readonly string[];
}

export interface IslandParameters {
  component: Component | LazyPanel;
  app: AppState;
}

const loaded = new Map<LazyPanel, Promise<Component>>();

/** A lazy panel's component, once its code and strings are in (each loaded once). */
export function loadPanel(panel: LazyPanel, app: AppState): Promise<Component> {
  let promise = loaded.get(panel);
  if (!promise) {
    promise = Promise.all([panel.load(app), app.language.ensure(...panel.namespaces)]).then(([module]) => module.default);
    promise.catch(() => loaded.delete(panel));
    loaded.set(panel, promise);
  }
  return promise;
}

export function island(node: HTMLElement, { component, app }: IslandParameters) {
  let instance: Record<string, unknown> | undefined;
  let destroyed = false;
  const take = (component: Component) => {
    if (destroyed) return;
    const options = { target: node, context: appContext(app) };
    if (!node.firstChild) {
      instance = mount(component, options);
      return;
    }
    const replayEarlyInput = recordEarlyInput(node);
    instance = hydrate(component, options);
    replayEarlyInput();
  };
  if ('load' in component) {
    app.islands.addWhenReady(loadPanel(component, app), take, (error) => {
      console.error(`a panel could not be loaded: ${String(error)}`);
      showFailure(node, app);
    });
  } else {
    app.islands.add(() => take(component));
  }
  return {
    destroy() {
      destroyed = true;
      if (instance) void unmount(instance);
    },
  };
}

/**
 * A panel whose code could not be loaded (a chunk gone after a deploy, a dropped connection) says so
 * above its prerendered markup, which then no longer follows the inputs: its numbers are marked as
 * not current, and the visitor can try again. Trying again reloads the page: the address holds the
 * whole state, a new deploy's chunks come with it, and browsers keep a failed module import failed
 * for the page's lifetime. Plain DOM: the panel's component is what is missing.
 */
function showFailure(node: HTMLElement, app: AppState): void {
  node.dataset.failed = 'true';
  const notice = document.createElement('div');
  notice.className = 'load-failed';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = app.language.t(node.firstChild ? 'loadFailed.panelStale' : 'loadFailed.panel');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = app.language.t('loadFailed.retry');
  button.addEventListener('click', () => location.reload());
  notice.append(text, button);
  node.before(notice);
}
