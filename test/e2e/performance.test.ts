// Fast and self-contained in a real Chromium (issue "Fast, small and robust"):
// dragging a slider with the keyboard, with both charts live, never blocks the
// main thread for more than 50 ms (a long task), at desktop width and on a
// 375 px phone; and a whole session asks nothing of any origin but the page's
// own, without console errors.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

const CHARTS = ['Vad ersättningen består av', 'Tänk om en sak ändrades?'];
const LONG_TASK_MS = 50;
/** Key repeat at about 30 presses a second, as when an arrow key is held down. */
const KEY_DELAY_MS = 30;

const VIEWPORTS = [
  { name: '1280 × 900 desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: '375 px phone', options: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
];

/** Scrolls each chart into view and waits until chart.js has drawn it, so later changes update live charts. */
async function drawCharts(page: Page): Promise<void> {
  for (const name of CHARTS) {
    const region = page.getByRole('region', { name });
    await region.scrollIntoViewIfNeeded();
    await expect
      .poll(() => region.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.hasAttribute('style')), { timeout: 15_000 })
      .toBe(true);
  }
}

/** Presses a key on a slider the given number of times, spaced like a held-down key. */
async function drag(page: Page, name: string, key: string, presses: number): Promise<void> {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
}

interface TracedTask {
  wall: number;
  cpu: number;
  what: string;
}

/**
 * The renderer main thread's tasks over the threshold in a Chromium trace, with
 * their wall-clock and thread CPU times and what ran in them. A task whose CPU
 * time is far below its wall time was mostly waiting for a processor: the
 * machine was busy with something else.
 */
function tracedLongTasks(trace: Buffer, threshold: number): TracedTask[] {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { type?: string } } };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onThread = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X');
  const main = mains.map(onThread).sort((a, b) => b.length - a.length)[0] ?? [];
  return main
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > threshold * 1000)
    .map((task) => {
      const inner = main.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur!);
      const events = [...new Set(inner.filter((e) => e.name === 'EventDispatch').map((e) => e.args?.data?.type))].filter(Boolean);
      const rendering = inner.some((e) => ['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree'].includes(e.name) && (e.dur ?? 0) > 5000);
      const gc = inner.some((e) => /GC$/.test(e.name) && (e.dur ?? 0) > 5000);
      const what = [events.length ? `events ${events.join('/')}` : '', rendering ? 'rendering' : '', gc ? 'GC' : ''].filter(Boolean).join(', ') || 'other';
      return { wall: Math.round(task.dur! / 1000), cpu: Math.round((task.tdur ?? 0) / 1000), what };
    });
}

function describeTraced(traced: TracedTask[]): string {
  if (!traced.length) return 'the trace has no main-thread task over the threshold';
  const cpu = traced.map((t) => t.cpu).sort((a, b) => a - b);
  const listed = traced.slice(0, 12).map((t) => `${t.wall}/${t.cpu} (${t.what})`);
  return (
    `the trace has ${traced.length} main-thread tasks over ${LONG_TASK_MS} ms whose thread CPU time is at most ${cpu.at(-1)} ms ` +
    `(median ${cpu[Math.floor(cpu.length / 2)]} ms); wall/CPU ms: ${listed.join(', ')}${traced.length > 12 ? ', …' : ''}`
  );
}

/** Waits until the browser has had two quiet frames and the given idle time. */
async function settle(page: Page, ms = 400): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}

describe('performance in Chromium', () => {
  for (const { name, options } of VIEWPORTS) {
    it(`dragging sliders with the keyboard, charts live, makes no task over ${LONG_TASK_MS} ms (${name})`, async () => {
      const { page, errors } = await openPage(site.browser(), site.url(), options);
      await page.waitForLoadState('load');
      await drawCharts(page);

      // Warm-up: the code paths of both sliders and both charts run once before anything is timed.
      await drag(page, 'Listade patienter', 'ArrowRight', 3);
      await drag(page, 'Listade patienter', 'ArrowLeft', 3);
      await drag(page, 'Listade på namngiven läkare', 'ArrowRight', 2);
      await drag(page, 'Listade på namngiven läkare', 'ArrowLeft', 2);
      await drawCharts(page);
      await settle(page, 800);

      await page.evaluate(() => {
        const tasks: { start: number; duration: number; name: string; attribution: string }[] = [];
        (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { attribution?: { containerType?: string; name?: string }[] })[]) {
            const attribution = (entry.attribution ?? []).map((a) => `${a.containerType ?? ''}:${a.name ?? ''}`).join(', ');
            tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration), name: entry.name, attribution });
          }
        }).observe({ type: 'longtask', buffered: false });
      });

      // A trace alongside, so that a failure can tell the page's own work from a busy machine.
      await site.browser().startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      let trace: Buffer;
      try {
        const total = page.getByTestId('total-stockholm-2022');
        const before = await text(total);
        // The list size moves every total, the sweep chart's curves (recomputed) and the component chart;
        // up past the bonus cap of 2 200 patients a doctor and back down to where it started.
        await drag(page, 'Listade patienter', 'ArrowRight', 40);
        await expect.poll(() => text(total)).not.toBe(before);
        await drag(page, 'Listade patienter', 'ArrowLeft', 40);
        await expect.poll(() => text(total)).toBe(before);
        await settle(page);
        // The named-doctor share is the sweep chart's input: its marker moves, and the 75 % bonus cliff is crossed.
        const share = page.getByRole('slider', { name: 'Listade på namngiven läkare' });
        const shareBefore = Number(await share.inputValue());
        await drag(page, 'Listade på namngiven läkare', 'ArrowRight', 40);
        const shareAfter = Number(await share.inputValue());
        expect(shareBefore).toBeLessThan(0.75);
        expect(shareAfter).toBeGreaterThan(0.75);
        await expect.poll(() => text(page.getByTestId('bonus-stockholm-2022'))).toBe('uppnådd');
        await settle(page);
      } finally {
        trace = await site.browser().stopTracing(); // also when a step above fails, so the next test can trace
      }

      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number; name: string; attribution: string }[] }).longTasks);
      const traced = tracedLongTasks(trace, LONG_TASK_MS);
      const over = longTasks.filter((task) => task.duration > LONG_TASK_MS);
      expect(
        over.map((task) => `${task.duration} ms at ${task.start} ms (${task.name}${task.attribution ? `; ${task.attribution}` : ''})`),
        `long tasks while dragging at ${name}; ${describeTraced(traced)}`,
      ).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('asks only its own origin for anything in a whole session, without console errors', async () => {
    const { page, errors, requests } = await openPage(site.browser(), site.url());
    const origin = new URL(site.url()).origin;
    await page.waitForLoadState('load');
    await drag(page, 'Listade patienter', 'ArrowRight', 5);
    await drag(page, 'Listade på namngiven läkare', 'ArrowRight', 15);
    await drawCharts(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK \d/);
    const s2026 = page.getByRole('checkbox', { name: /Stockholm 2026/ });
    await s2026.check();
    await expect.poll(() => page.getByTestId('total-stockholm-2026').count()).toBe(1);
    await settle(page);

    // The session did load lazily: chart.js and the English strings came after the first view.
    expect(requests.some((url) => /\/assets\/chart-setup-[^/]+\.js$/.test(url)), 'chart.js chunk requested').toBe(true);
    expect(requests.length).toBeGreaterThan(3);
    const elsewhere = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(elsewhere, `requests to origins other than ${origin}`).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
