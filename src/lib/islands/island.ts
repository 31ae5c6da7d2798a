// A Svelte action that makes an element an island: a separate root for one
// panel, hydrated from the prerendered markup inside it (or mounted, when
// there is none), in a task of its own (see scheduler.ts).

import { hydrate, mount, unmount, type Component } from 'svelte';
import { appContext, type AppState } from '../state/app.svelte.ts';
import { recordEarlyInput } from './early-input.ts';

export interface IslandParameters {
  component: Component;
  app: AppState;
}

export function island(node: HTMLElement, { component, app }: IslandParameters) {
  let instance: Record<string, unknown> | undefined;
  let destroyed = false;
  app.islands.add(() => {
    if (destroyed) return;
    const options = { target: node, context: appContext(app) };
    if (!node.firstChild) {
      instance = mount(component, options);
      return;
    }
    const replayEarlyInput = recordEarlyInput(node);
    instance = hydrate(component, options);
    replayEarlyInput();
  });
  return {
    destroy() {
      destroyed = true;
      if (instance) void unmount(instance);
    },
  };
}
