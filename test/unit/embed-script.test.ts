// public/embed.js, the script a news site adds to size Vårdpengen iframes,
// run in a bare VM with a stand-in page: which messages it obeys, and that it
// stays small, plain ES2017. test/e2e/embed.test.ts runs it in Chromium.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const APP = 'https://vardpengen.example';

interface FakeFrame {
  src: string;
  contentWindow: { postMessage: (data: unknown, origin: string) => void; received: [unknown, string][] };
  height: string;
  style: { height: string };
  matches: (selector: string) => boolean;
}

function frame(src: string): FakeFrame {
  const received: [unknown, string][] = [];
  return {
    src,
    contentWindow: { received, postMessage: (data, origin) => received.push([data, origin]) },
    height: '600',
    style: { height: '' },
    matches: (selector) => selector === 'iframe[data-vardpengen]',
  };
}

/** Loads the script `times` times into one stand-in page holding `frames` (all marked data-vardpengen). */
function page(frames: FakeFrame[], times = 1) {
  const listeners: ((event: object) => void)[] = [];
  const loadListeners: ((event: object) => void)[] = [];
  const global: Record<string, unknown> = {
    URL,
    document: {
      querySelectorAll: (selector: string) => (selector === 'iframe[data-vardpengen]' ? frames : []),
      addEventListener: (type: string, listener: (event: object) => void, capture: boolean) => {
        if (type === 'load' && capture) loadListeners.push(listener);
      },
    },
    addEventListener: (type: string, listener: (event: object) => void) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  global.window = global;
  for (let i = 0; i < times; i++) runInNewContext(SOURCE, global);
  return {
    listeners,
    send: (data: unknown, source: object | null, origin = APP) => listeners.forEach((listener) => listener({ data, source, origin })),
    load: (target: object) => loadListeners.forEach((listener) => listener({ target })),
  };
}

describe('public/embed.js', () => {
  it('sizes a marked frame from its own window and its src origin, in both formats', () => {
    const target = frame(`${APP}/?embed=1&panels=totals`);
    const { send } = page([frame(`${APP}/?embed=1`), target]);
    send({ type: 'vardpengen:height', height: 812.4 }, target.contentWindow);
    expect([target.height, target.style.height]).toEqual(['813', '813px']);
    send('pymxPYMxvp-1xPYMxheightxPYMx640', target.contentWindow);
    expect([target.height, target.style.height]).toEqual(['640', '640px']);
  });

  it('ignores the wrong window, the wrong origin and frames without a real origin', () => {
    const target = frame(`${APP}/?embed=1`);
    const blank = frame('about:blank');
    const data = frame('data:text/html,hi');
    const none = frame('');
    const { send } = page([target, blank, data, none]);
    const height = { type: 'vardpengen:height', height: 300 };
    send(height, {});
    send(height, target.contentWindow, 'https://elsewhere.example');
    send(height, target.contentWindow, 'null');
    send(height, blank.contentWindow, 'null');
    send(height, data.contentWindow, 'null');
    send(height, none.contentWindow, '');
    send(height, null);
    for (const f of [target, blank, data, none]) expect([f.height, f.style.height]).toEqual(['600', '']);
  });

  it('rejects heights that are not finite numbers and clamps the rest to 100–20 000 px', () => {
    const target = frame(`${APP}/`);
    const { send } = page([target]);
    const source = target.contentWindow;
    for (const height of [Infinity, -Infinity, NaN, '500', null, undefined, {}]) send({ type: 'vardpengen:height', height }, source);
    for (const text of ['pymxPYMxaxPYMxheightxPYMx', 'pymxPYMxaxPYMxheightxPYMx-5', 'pymxPYMxaxPYMxheightxPYMx1e3', 'pymxPYMxaxPYMxwidthxPYMx500', 'pymxPYMxaxPYMxnavigateToxPYMxhttps://x.example'])
      send(text, source);
    send({ type: 'other', height: 500 }, source);
    expect(target.height).toBe('600');
    send({ type: 'vardpengen:height', height: 1e9 }, source);
    expect(target.height).toBe('20000');
    send({ type: 'vardpengen:height', height: -40 }, source);
    expect(target.height).toBe('100');
  });

  it('asks each marked frame, at its own origin only, to report its height: at start and when it loads', () => {
    const target = frame(`${APP}/?embed=1`);
    const blank = frame('about:blank');
    const { load } = page([target, blank]);
    const request = { type: 'vardpengen:request-height' };
    expect(target.contentWindow.received).toEqual([[request, APP]]);
    expect(blank.contentWindow.received).toEqual([]);
    load(target);
    load({ matches: () => false, contentWindow: target.contentWindow, src: target.src });
    expect(target.contentWindow.received).toEqual([
      [request, APP],
      [request, APP],
    ]);
  });

  it('listens once however often it is included', () => {
    expect(page([], 3).listeners).toHaveLength(1);
  });

  it('stays under 1 kB gzipped (kB = 1000 bytes, gzip -9)', () => {
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThan(1000);
  });

  it('is plain ES2017: compiling it down to ES2017 changes nothing', () => {
    const compile = (target: ts.ScriptTarget) =>
      ts.transpileModule(SOURCE, { compilerOptions: { target, allowJs: true, removeComments: true }, fileName: 'embed.js' }).outputText;
    expect(compile(ts.ScriptTarget.ES2017)).toBe(compile(ts.ScriptTarget.ESNext));
    // The check can fail: newer syntax is rewritten.
    const newer = 'var a = window.b?.c ?? 1;';
    const rewrite = (target: ts.ScriptTarget) => ts.transpileModule(newer, { compilerOptions: { target } }).outputText;
    expect(rewrite(ts.ScriptTarget.ES2017)).not.toBe(rewrite(ts.ScriptTarget.ESNext));
  });
});
