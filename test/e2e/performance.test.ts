// What keeps a slider drag light, checked in a real Chromium at desktop width
// and on a 375 px phone by counting, never by timing (a duration depends on
// how busy the machine is; `npm run perf` reports the times):
// - each input event that changes a value evaluates the chosen rule sets once,
//   and an input event that changes nothing evaluates nothing;
// - the charts are updated in place during a drag, never rebuilt;
// - the sweep chart's curves are computed off the main thread, in a worker;
//   when the worker cannot start, on the main thread a slice per task, and
//   the page says so;
// - nothing reads layout while an input event is handled (a read after the
//   page's own DOM writes would force a synchronous layout on every step).
// And a whole session asks nothing of any origin but the page's own.
// The counts come from src/lib/perf/counters.ts (window.__vardpengenCounters).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Counters } from '../../src/lib/perf/counters.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { grabThumb } from './support/slider.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

const CHARTS = ['Vad ersättningen består av', 'Tänk om en sak ändrades?'];
const LISTED = 'Listade patienter';
const SHARE = 'Listade på namngiven läkare';
/** Sweep points evaluated between two yields to the browser (SWEEP_SLICE in src/lib/state/results.svelte.ts). */
const SWEEP_SLICE = 20;
/** One sweep: 101 points for each of the two rule sets chosen by default. */
const SWEEP_POINTS = 2 * 101;

const VIEWPORTS = [
  { name: '1280 × 900 desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: '375 px phone', options: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
];

/** What the init script below records about the page's input path. */
interface InputPath {
  /** Input events seen, and those among them that changed their control's value. */
  inputs: number;
  changes: number;
  /** Change events on form controls (a number field commits its value with one). */
  commits: number;
  /** Layout-reading calls made while an input event was being handled, each with where it came from. */
  layoutReads: string[];
}

/**
 * Runs in the page before any of its scripts. It counts input events (and which of them changed a
 * value), and wraps the DOM's layout-reading properties and methods so that a call made while an
 * event on a form control is handled is noted. "While handled" is from the event's dispatch until
 * the first task or animation frame callback after it: that spans the handlers and every microtask
 * they start (the state update, the evaluation, the DOM writes). Work in an animation frame is not
 * the input path, whoever asked for the frame and whenever (chart.js draws, and resizes a chart
 * whose box changed, in one), so every frame callback ends the window before it runs. A posted
 * message ends it too: it is runnable at once, so no idle callback can run inside the window.
 */
function recordInputPath(): void {
  const record: InputPath = { inputs: 0, changes: 0, commits: 0, layoutReads: [] };
  (window as unknown as { __inputPath: InputPath }).__inputPath = record;
  let handling = false;
  const lastValue = new WeakMap<EventTarget, string>();
  const isControl = (target: EventTarget | null): target is HTMLInputElement | HTMLSelectElement =>
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
  const ending = new MessageChannel();
  ending.port1.onmessage = () => (handling = false);
  const requestFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      handling = false;
      callback(time);
    });
  // Resize and intersection observers report from the rendering step too (chart.js watches its box with one).
  for (const name of ['ResizeObserver', 'IntersectionObserver'] as const) {
    const Observer = window[name] as unknown as new (callback: (...args: unknown[]) => void, options?: unknown) => object;
    (window as unknown as Record<string, unknown>)[name] = class extends Observer {
      constructor(callback: (...args: unknown[]) => void, options?: unknown) {
        super((...args) => {
          handling = false;
          callback(...args);
        }, options);
      }
    };
  }
  const begin = (event: Event) => {
    if (!isControl(event.target)) return;
    if (event.type === 'keydown' || event.type === 'pointerdown') lastValue.set(event.target, event.target.value);
    if (handling) return;
    handling = true;
    requestFrame(() => (handling = false));
    setTimeout(() => (handling = false));
    ending.port2.postMessage(null);
  };
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointermove', 'pointerup']) addEventListener(type, begin, true);
  addEventListener(
    'change',
    (event) => {
      if (isControl(event.target)) record.commits++;
      begin(event);
    },
    true,
  );
  addEventListener(
    'input',
    (event) => {
      if (!isControl(event.target)) return;
      record.inputs++;
      if (lastValue.get(event.target) !== event.target.value) record.changes++;
      lastValue.set(event.target, event.target.value);
      begin(event);
    },
    true,
  );
  // Only the page's own code counts: Playwright's injected scripts read styles to drive the page.
  const note = (name: string) => {
    if (!handling) return;
    const own = new Error().stack?.split('\n').find((line) => line.includes(location.origin));
    if (own) record.layoutReads.push(`${name} ${own.trim()}`);
  };
  const getters: [object, string[]][] = [
    [Element.prototype, ['clientTop', 'clientLeft', 'clientWidth', 'clientHeight', 'scrollTop', 'scrollLeft', 'scrollWidth', 'scrollHeight']],
    [HTMLElement.prototype, ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'offsetParent', 'innerText']],
  ];
  for (const [prototype, names] of getters) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (!descriptor?.get) continue;
      const get = descriptor.get;
      Object.defineProperty(prototype, name, {
        ...descriptor,
        get() {
          note(name);
          return get.call(this);
        },
      });
    }
  }
  const methods: [Record<string, unknown>, string[]][] = [
    [Element.prototype as unknown as Record<string, unknown>, ['getBoundingClientRect', 'getClientRects', 'scrollIntoView']],
    [window as unknown as Record<string, unknown>, ['getComputedStyle']],
  ];
  for (const [owner, names] of methods) {
    for (const name of names) {
      const original = owner[name] as (...args: unknown[]) => unknown;
      owner[name] = function (this: unknown, ...args: unknown[]) {
        note(name);
        return original.apply(this, args);
      };
    }
  }
}

const counts = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __vardpengenCounters: Counters }).__vardpengenCounters }));
const inputPath = (page: Page) => page.evaluate(() => structuredClone((window as unknown as { __inputPath: InputPath }).__inputPath));

async function openApp(options: Parameters<typeof openPage>[2] = {}) {
  const record = await openPage(site.browser(), site.url(), options, (page) => page.addInitScript(recordInputPath));
  await waitForApp(record.page);
  return record;
}

/** Presses a key on a slider the given number of times. */
async function press(page: Page, name: string, key: string, presses: number): Promise<void> {
  await page.getByRole('slider', { name }).focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press(key);
}

/** Drags a slider's thumb with the mouse from where it is to `to` (0–1 of its width), in `steps` moves. */
async function pointerDrag(page: Page, name: string, to: number, steps: number): Promise<void> {
  const { from, moveTo } = await grabThumb(page, name);
  for (let i = 1; i <= steps; i++) await moveTo(from + ((to - from) * i) / steps);
  await page.mouse.up();
}

/** Scrolls each chart into view and waits until both charts exist, so later changes update live charts. */
async function drawCharts(page: Page): Promise<void> {
  for (const name of CHARTS) await page.getByRole('region', { name }).scrollIntoViewIfNeeded();
  await expect.poll(async () => {
    const c = await counts(page);
    return [c.componentsChartCreated, c.sweepChartCreated];
  }, { timeout: 15_000 }).toEqual([1, 1]);
}

describe('a slider drag, counted in Chromium', () => {
  for (const { name, options } of VIEWPORTS) {
    it(`evaluates once per input event that changes a value, never for one that changes nothing, without reading layout (${name})`, async () => {
      const { page, errors } = await openApp(options);
      const evaluations = async () => (await counts(page)).evaluations;
      const changes = async () => (await inputPath(page)).changes;

      // Taking the page over: one evaluation, the start's (the page's own request for the same inputs does nothing).
      expect(await evaluations()).toBe(1);

      // The keyboard: each press moves the list size one step, and is one evaluation.
      let before = await evaluations();
      await press(page, LISTED, 'ArrowRight', 10);
      expect(await page.getByRole('slider', { name: LISTED }).inputValue()).toBe('11000');
      expect(await evaluations()).toBe(before + 10);

      // The mouse: the browser fires an input event for each move that reaches a new step.
      before = await evaluations();
      let changesBefore = await changes();
      await pointerDrag(page, SHARE, 0.9, 8);
      const moved = (await changes()) - changesBefore;
      expect(moved).toBeGreaterThan(0);
      expect(await evaluations()).toBe(before + moved);

      // At the slider's minimum, arrow keys change nothing; nor does an input event with the same value.
      before = await evaluations();
      changesBefore = await changes();
      await press(page, LISTED, 'Home', 1);
      await press(page, LISTED, 'ArrowLeft', 3);
      await page.getByRole('slider', { name: LISTED }).dispatchEvent('input');
      expect(await page.getByRole('slider', { name: LISTED }).inputValue()).toBe('500');
      expect(await changes()).toBe(changesBefore + 1);
      expect(await evaluations()).toBe(before + 1);

      // Re-entering the same number in the exact-value field (written another way, so the field does
      // commit it) evaluates nothing; a new number, once.
      const exact = page.getByRole('spinbutton', { name: `${LISTED}, exakt värde` });
      before = await evaluations();
      const commits = (await inputPath(page)).commits;
      await exact.fill('500.0');
      await exact.press('Tab');
      expect((await inputPath(page)).commits).toBe(commits + 1);
      expect(await evaluations()).toBe(before);
      await exact.fill('600');
      await exact.press('Tab');
      expect(await page.getByRole('slider', { name: LISTED }).inputValue()).toBe('600');
      expect(await evaluations()).toBe(before + 1);

      expect((await inputPath(page)).layoutReads).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`updates both charts in place during drags, computes the sweep off the main thread, reads no layout (${name})`, async () => {
      const { page, errors } = await openApp(options);
      await drawCharts(page);
      const start = await counts(page);

      // The list size moves every total and the component chart; once it rests, the sweep's curves are recomputed.
      await press(page, LISTED, 'ArrowRight', 20);
      await expect.poll(async () => (await counts(page)).componentsChartUpdated).toBeGreaterThan(start.componentsChartUpdated);
      await expect.poll(async () => (await counts(page)).workerSweepPoints, { timeout: 15_000 }).toBeGreaterThanOrEqual(start.workerSweepPoints + SWEEP_POINTS);
      await expect.poll(async () => (await counts(page)).sweepChartUpdated).toBeGreaterThan(start.sweepChartUpdated);

      // The named-doctor share is the sweep chart's input: the 75 % bonus cliff is crossed, and only the
      // chart's marker moves, redrawn without a full update of the chart (its curves do not depend on it).
      const beforeShare = await counts(page);
      expect(Number(await page.getByRole('slider', { name: SHARE }).inputValue())).toBeLessThan(0.75);
      await pointerDrag(page, SHARE, 0.85, 10);
      expect(Number(await page.getByRole('slider', { name: SHARE }).inputValue())).toBeGreaterThan(0.75);
      await expect.poll(() => text(page.getByTestId('bonus-stockholm-2022'))).toBe('uppnådd');
      await expect.poll(async () => (await counts(page)).sweepMarkerMoved).toBeGreaterThan(beforeShare.sweepMarkerMoved);
      expect((await counts(page)).sweepChartUpdated).toBe(beforeShare.sweepChartUpdated);
      // The component chart's bars do follow the share (the bonus): a full update, as before.
      expect((await counts(page)).componentsChartUpdated).toBeGreaterThan(beforeShare.componentsChartUpdated);

      const end = await counts(page);
      expect({
        componentsCreated: end.componentsChartCreated - start.componentsChartCreated,
        componentsDestroyed: end.componentsChartDestroyed - start.componentsChartDestroyed,
        sweepCreated: end.sweepChartCreated - start.sweepChartCreated,
        sweepDestroyed: end.sweepChartDestroyed - start.sweepChartDestroyed,
      }).toEqual({ componentsCreated: 0, componentsDestroyed: 0, sweepCreated: 0, sweepDestroyed: 0 });
      // Not one sweep point on the main thread: the worker did them all.
      expect(end.sweepPoints).toBe(start.sweepPoints);
      expect(await page.getByTestId('sweep-on-main-thread').count()).toBe(0);
      expect((await inputPath(page)).layoutReads).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('computes the sweep on the main thread a slice per task when the worker cannot start, and says so', async () => {
    const { page, errors } = await openPage(site.browser(), site.url(), {}, async (p) => {
      await p.addInitScript(recordInputPath);
      // The worker's script is gone (a deploy in between): the worker fails to start.
      await p.route(/\/assets\/sweep\.worker-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    });
    await waitForApp(page);
    await drawCharts(page);
    const start = await counts(page);
    await press(page, LISTED, 'ArrowRight', 5);
    await expect.poll(async () => (await counts(page)).sweepPoints, { timeout: 15_000 }).toBeGreaterThanOrEqual(start.sweepPoints + SWEEP_POINTS);
    const end = await counts(page);
    expect(end.workerSweepPoints).toBe(0);
    expect(end.sweepPointsPerTaskMax).toBeGreaterThan(0);
    expect(end.sweepPointsPerTaskMax).toBeLessThanOrEqual(SWEEP_SLICE);
    expect(await text(page.getByTestId('sweep-on-main-thread'))).toContain('Bakgrundsberäkningen kunde inte starta');
    // The chart follows the inputs all the same.
    await expect.poll(async () => (await counts(page)).sweepChartUpdated).toBeGreaterThan(start.sweepChartUpdated);
    const unexpected = errors.filter((e) => !/404|sweep worker|Failed to load resource/.test(e));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });

  it('asks only its own origin for anything in a whole session, without console errors', async () => {
    const { page, errors, requests } = await openPage(site.browser(), site.url());
    const origin = new URL(site.url()).origin;
    await waitForApp(page);
    await press(page, LISTED, 'ArrowRight', 5);
    await press(page, SHARE, 'ArrowRight', 15);
    await drawCharts(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK \d/);
    const s2026 = page.getByRole('checkbox', { name: /Stockholm 2026/ });
    await s2026.check();
    await expect.poll(() => page.getByTestId('total-stockholm-2026').count()).toBe(1);
    // The last of what loads lazily: the classroom tools, with their English strings, once the page is idle.
    await page.getByRole('button', { name: 'Download CSV' }).waitFor();

    // The session did load lazily: chart.js and the English strings came after the first view.
    expect(requests.some((url) => /\/assets\/chart-setup-[^/]+\.js$/.test(url)), 'chart.js chunk requested').toBe(true);
    expect(requests.length).toBeGreaterThan(3);
    const elsewhere = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(elsewhere, `requests to origins other than ${origin}`).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
