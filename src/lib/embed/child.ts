// The embedded page's side of an iframe embed. It tells its host how tall
// it is whenever its size changes (ResizeObserver, no polling), in its own
// message format, in pym.js's and in AMP's (amp-iframe resizable), and it
// accepts only an allow-listed few messages from its host: a language, a
// theme, and a request to report its height again. It never navigates the
// host page.

import { LANGUAGES, type Language } from '../format/numbers.ts';
import { THEMES, type ThemeChoice } from '../state/theme.svelte.ts';

export const HEIGHT_MESSAGE = 'vardpengen:height';
export const SET_LANGUAGE_MESSAGE = 'vardpengen:set-language';
export const SET_THEME_MESSAGE = 'vardpengen:set-theme';
/** Sent by public/embed.js when it starts after the frame's first report. */
export const REQUEST_HEIGHT_MESSAGE = 'vardpengen:request-height';

/** pym.js's wire format: pymxPYMx<id>xPYMx<type>xPYMx<message>. */
export function pymMessage(childId: string, type: string, message: string | number): string {
  return ['pym', childId, type, message].join('xPYMx');
}

/** What an AMP page's amp-iframe with `resizable` takes as a request to resize the frame. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export interface HeightReporter {
  /** Reports the height again even if it has not changed (the host asked). */
  resend(): void;
  stop(): void;
}

export function reportHeight(childId: string | null): HeightReporter {
  if (window.parent === window) return { resend() {}, stop() {} };
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    if (childId) window.parent.postMessage(pymMessage(childId, 'height', height), '*');
    window.parent.postMessage(ampSizeMessage(height), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(document.body);
  send();
  return { resend: () => send(true), stop: () => observer.disconnect() };
}

export interface HostMessageHandlers {
  language(language: Language): void;
  theme(theme: ThemeChoice): void;
  requestHeight(): void;
}

export function acceptHostMessages(handlers: HostMessageHandlers): () => void {
  const onMessage = (event: MessageEvent) => {
    if (window.parent === window || event.source !== window.parent) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object') return;
    const { type, language, theme } = data as Record<string, unknown>;
    if (type === SET_LANGUAGE_MESSAGE && LANGUAGES.includes(language as Language)) handlers.language(language as Language);
    else if (type === SET_THEME_MESSAGE && THEMES.includes(theme as ThemeChoice)) handlers.theme(theme as ThemeChoice);
    else if (type === REQUEST_HEIGHT_MESSAGE) handlers.requestHeight();
  };
  addEventListener('message', onMessage);
  return () => removeEventListener('message', onMessage);
}
