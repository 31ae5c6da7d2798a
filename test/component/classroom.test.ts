// The classroom tools: the printed worksheet's input summary and address, and the print and download buttons.
// What the print stylesheet hides and shows is checked in a real browser (test/e2e/print-export.test.ts).
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { islandsMounted, renderApp } from './app.ts';

const clean = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The results are in, and the classroom parts (loaded after the page starts) are too. */
async function settled() {
  await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toBeInTheDocument());
  await islandsMounted();
  await waitFor(() => {
    for (const selector of ['.worksheet-summary', '.worksheet-address', '.classroom-tools']) expect(document.querySelector(selector)).not.toBeNull();
  });
}

/** The worksheet's input row for a label: [value, unit]. */
function inputRow(label: string): [string, string] {
  const summary = screen.getByRole('region', { name: 'The clinic on this sheet' });
  const row = within(summary).getByRole('rowheader', { name: label }).closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return [clean(cells[0]), clean(cells[1])];
}

afterEach(() => vi.restoreAllMocks());

describe('the printed worksheet', () => {
  it('lists every input with its label, value and unit, in the groups of the controls', async () => {
    renderApp();
    await settled();
    const summary = screen.getByRole('region', { name: 'The clinic on this sheet' });
    const tables = within(summary).getAllByRole('table');
    expect(tables.map((table) => clean(table.querySelector('caption')))).toEqual(['Size and staff', 'Patients', 'Access', 'Quality']);
    const clinicSliders = screen.getAllByRole('slider').filter((slider) => slider.closest('[data-island="clinic"]'));
    expect(within(summary).getAllByRole('rowheader')).toHaveLength(clinicSliders.length);
    expect(inputRow('Listed patients')).toEqual(['10,000', 'patients']);
    expect(inputRow('Full-time GPs')).toEqual(['5.8', 'FTE']);
    expect(inputRow('Listed on a named doctor')).toEqual(['62', '%']);
    expect(inputRow('Care-need index')).toEqual(['1.00', 'index']);
    expect(inputRow('Extended opening hours')).toEqual(['4', 'h/week']);
    expect(within(tables[0]).getByRole('rowheader', { name: 'Full-time GPs' })).toBeInTheDocument();
    expect(within(tables[3]).getByRole('rowheader', { name: 'Antibiotic prescribing' })).toBeInTheDocument();
  });

  it('follows the sliders, and names the rule sets compared', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '20000' } });
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed on a named doctor' }), { target: { value: '0.8' } });
    await waitFor(() => expect(inputRow('Listed patients')).toEqual(['20,000', 'patients']));
    expect(inputRow('Listed on a named doctor')).toEqual(['80', '%']);
    const summary = screen.getByRole('region', { name: 'The clinic on this sheet' });
    const rules = () => clean(summary.querySelector('.worksheet-rules'));
    expect(rules()).toBe("Baseline Stockholm 2022 Compared with Liberalerna's proposal (2022) — first step: 80 % target");
    await user.click(screen.getByRole('checkbox', { name: /Stockholm 2026/ }));
    await waitFor(() => expect(rules()).toMatch(/Compared with Liberalerna's proposal \(2022\) — first step: 80 % target; Stockholm 2026$/));
    await user.click(screen.getByRole('checkbox', { name: /Liberalerna's proposal \(2022\) — first step/ }));
    await user.click(screen.getByRole('checkbox', { name: /Stockholm 2026/ }));
    await waitFor(() => expect(rules()).toBe('Baseline Stockholm 2022 Compared with no comparison chosen'));
  });

  it('ends with the address of the example, which follows the inputs', async () => {
    renderApp();
    await settled();
    const address = () => clean(document.querySelector('.worksheet-address'));
    await waitFor(() => expect(address()).toBe(`Reopen this example: ${location.origin}/`));
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '20000' } });
    await waitFor(() => expect(address()).toBe(`Reopen this example: ${location.origin}/?listed=20000`));
  });

  it('says which rule set the printed explanations are for', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    const why = screen.getByRole('region', { name: 'Why these amounts' });
    expect(why).toHaveTextContent('The explanations are for Stockholm 2022.');
    await user.click(within(why).getByRole('button', { name: /Liberalerna's proposal/ }));
    expect(why).toHaveTextContent("The explanations are for Liberalerna's proposal (2022) — first step: 80 % target.");
    expect(why).not.toHaveTextContent('The explanations are for Stockholm 2022.');
  });

  it('is in Swedish on the Swedish page', async () => {
    renderApp({ language: 'sv' });
    await settled();
    const summary = screen.getByRole('region', { name: 'Vårdcentralen på det här bladet' });
    const row = within(summary).getByRole('rowheader', { name: 'Listade patienter' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['10\u00a0000', 'patienter']);
    expect(within(summary).getAllByRole('columnheader').map((cell) => cell.textContent)).toContain('Enhet');
    expect(clean(summary.querySelector('.worksheet-rules'))).toMatch(/^Utgångspunkt Stockholm 2022 Jämförs med Liberalernas förslag/);
  });
});

describe('printing where CSS cannot open <details>', () => {
  it('opens every closed explanation just before printing and closes them again afterwards', async () => {
    const { app } = renderApp();
    await settled();
    // jsdom, like an older browser, has no ::details-content, so the script opens them.
    const closed = [...document.querySelectorAll('details:not([open])')];
    expect(closed.length).toBeGreaterThan(3);
    const alreadyOpen = [...document.querySelectorAll('details[open]')];
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelectorAll('details:not([open])')).toHaveLength(0);
    window.dispatchEvent(new Event('afterprint'));
    expect(closed.filter((details) => (details as HTMLDetailsElement).open)).toEqual([]);
    expect(alreadyOpen.every((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await waitFor(() => expect(app.view.openComponents).toEqual([]));
    expect(app.view.howToRead).toBe(false);
  });
});

describe('printing and downloading', () => {
  it('offers a print button that prints the page', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp();
    await settled();
    const tools = screen.getByRole('region', { name: 'Print and download' });
    await user.click(within(tools).getByRole('button', { name: 'Print worksheet' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('downloads the current results of every chosen rule set as CSV', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    // jsdom has no blob: addresses; these stand in for the browser's and are put back afterwards.
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
    });
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { app } = renderApp();
    await settled();
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '20000' } });
    await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toHaveTextContent(/^SEK 58\.7m/));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/^vardpengen-stockholm-2022-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await blobs[0].text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('ruleSet,row,amountSek,applies,illustrative');
    const total = (id: string) => Number(lines.find((line) => line.startsWith(`${id},total,`))?.split(',')[2]);
    expect(total('stockholm-2022')).toBeCloseTo(app.results.byId['stockholm-2022'].total, 1);
    expect(total('stockholm-2022') / 1e6).toBeCloseTo(58.7, 1);
    expect(total('proposal-l-2022')).toBeCloseTo(app.results.byId['proposal-l-2022'].total, 1);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('offers a PNG of each chart, unavailable until the chart is drawn', async () => {
    renderApp();
    await settled();
    for (const name of ['What the pay is made of', 'What if one thing changed?']) {
      const region = screen.getByRole('region', { name });
      // jsdom draws no charts, so the button waits for one. The sweep's chart appears once its curves are computed.
      expect(await within(region).findByRole('button', { name: 'Save the chart as PNG' }, { timeout: 5000 })).toBeDisabled();
    }
  });

  it('names the buttons in Swedish on the Swedish page', async () => {
    renderApp({ language: 'sv' });
    await settled();
    const tools = screen.getByRole('region', { name: 'Skriv ut och ladda ner' });
    expect(within(tools).getByRole('button', { name: 'Skriv ut arbetsblad' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'Ladda ner CSV' })).toHaveAccessibleDescription(/en rad per del och regelverk/);
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Spara diagrammet som PNG' })).toHaveLength(2), { timeout: 5000 });
  });
});
