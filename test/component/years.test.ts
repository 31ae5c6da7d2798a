// "Year by year" as a reader meets it on the page: the pay chart and its table following the sliders,
// each total's range once the inputs rest, and a chosen figure's history with its sources.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ruleSetName } from '../../src/lib/format/explain.ts';
import { islandsMounted, renderApp } from './app.ts';

async function settled() {
  await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toBeInTheDocument());
  await islandsMounted();
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const payRow = (section: HTMLElement, id: string) => within(section).getByTestId('years-pay-table').querySelector<HTMLElement>(`tr[data-rule-set="${id}"]`)!;
const historyRow = (section: HTMLElement, year: number) => within(within(section).getByTestId('years-history-table')).getByRole('rowheader', { name: String(year) }).closest('tr')!;

describe('year by year', () => {
  it('draws every year as a line and the proposals as points, and as a table whose totals follow the sliders', async () => {
    const { app } = renderApp();
    await settled();
    const names = ['proposal-l-2022', 'proposal-l-2022:target-90', 'proposal-s-2024', 'proposal-s-2024:threshold'].map((id) =>
      ruleSetName(app.catalog.get(id)!, app.language.t),
    );
    const section = screen.getByRole('region', { name: 'Year by year' });
    const chart = within(section).getByRole('img', { name: /^Line chart of this clinic's pay a year under each year's rules: SEK [\d.]+m in 2019, SEK [\d.]+m in 2026\./ });
    expect(chart.getAttribute('aria-label')).toContain(`The proposals, marked at their dates: ${names[0]}: SEK`);
    expect(chart.getAttribute('aria-label')).toMatch(/; [^;]+: SEK [\d.]+m\.$/);
    expect(chart.getAttribute('aria-label')!.split('; ').at(-1)).toMatch(new RegExp(`^${names[3].replace(/[()]/g, '\\$&')}: SEK`));
    expect(chart.querySelectorAll('circle.years-point')).toHaveLength(8);
    expect(chart.querySelectorAll('path.years-proposal')).toHaveLength(4);

    await fireEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    const table = await within(section).findByRole('table', { name: "This clinic's pay a year under each year's rules and each proposal" });
    const rows = [...table.querySelectorAll<HTMLElement>('tr[data-rule-set]')];
    expect(rows.map((row) => [row.dataset.ruleSet, within(row).getByRole('rowheader').textContent])).toEqual([
      ...[2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => [`stockholm-${year}`, String(year)]),
      ['proposal-l-2022', '2022'],
      ['proposal-l-2022:target-90', '2022'],
      ['proposal-s-2024', '2024'],
      ['proposal-s-2024:threshold', '2024'],
    ]);
    // Each proposal's name heads its group of rows, with its date where it has a day.
    expect([...table.querySelectorAll('.years-proposal-group th[scope="rowgroup"]')].map((th) => th.textContent!.trim())).toEqual([
      names[0],
      names[1],
      `${names[2]} · 17 Apr 2024`,
      `${names[3]} · 17 Apr 2024`,
    ]);
    // The same total as the page's own for the baseline, 2022.
    const total = () => screen.getByTestId('total-stockholm-2022').firstChild!.textContent!.trim();
    expect(cells(payRow(section, 'stockholm-2022'))[0]).toBe(`${total()}*(illustrative)`);
    const before = cells(payRow(section, 'stockholm-2026'))[0];

    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '20000' } });
    await waitFor(() => expect(cells(payRow(section, 'stockholm-2026'))[0]).not.toBe(before));
    await waitFor(() => expect(cells(payRow(section, 'stockholm-2022'))[0]).toBe(`${total()}*(illustrative)`));
  });

  it("gives each total its range once the inputs rest, and none that belongs to other inputs", async () => {
    const { app } = renderApp({ language: 'en' });
    await settled();
    const section = screen.getByRole('region', { name: 'Year by year' });
    await fireEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    await within(section).findByTestId('years-pay-table');
    await waitFor(() => expect(cells(payRow(section, 'stockholm-2019'))[2]).toMatch(/^SEK [\d.]+–[\d.]+m$/));
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '15000' } });
    // At once: the old range is gone, the new one is being worked out.
    await waitFor(() => expect(cells(payRow(section, 'stockholm-2019'))[2]).toBe('being worked out'));
    await waitFor(() => expect(cells(payRow(section, 'stockholm-2019'))[2]).toMatch(/^SEK [\d.]+–[\d.]+m$/));
    // The range holds its total.
    const [low, high] = cells(payRow(section, 'stockholm-2024'))[2].match(/[\d.]+/g)!.map(Number);
    const value = Number(cells(payRow(section, 'stockholm-2024'))[0].match(/[\d.]+/)![0]);
    expect(low).toBeLessThanOrEqual(value);
    expect(high).toBeGreaterThanOrEqual(value);
    expect(app.scenario.clinic.listedPatients).toBe(15000);
  });

  it("follows a chosen figure through the years: each year's value, its source, and the years that carry an earlier one", async () => {
    const { app } = renderApp();
    await settled();
    const section = screen.getByRole('region', { name: 'Year by year' });
    const history = within(section).getByTestId('years-history-table');
    expect(within(history).getByText('Named-doctor bonus per listed patient, year by year')).toBeInTheDocument();
    expect(cells(historyRow(section, 2019))).toEqual(['not in the sources for this year']);
    expect(cells(historyRow(section, 2021))[0]).toMatch(/^SEK 2 new this year Source “/);
    const bonus2022 = cells(historyRow(section, 2022))[0];
    expect(bonus2022).toMatch(/^SEK 4 changed from SEK 2 Source “/);
    expect(bonus2022).toContain('(från 2 till 4 kronor)');
    expect(bonus2022).toContain('“Så stärks stockholmarnas husläkarmottagningar 2022”');
    expect(cells(historyRow(section, 2024))).toEqual(['SEK 4 Source as in 2022']);

    await fireEvent.change(within(section).getByRole('combobox', { name: 'Follow a figure' }), { target: { value: 'cap' } });
    await waitFor(() => expect(within(history).getByText('Most listed patients per doctor for the bonus, year by year')).toBeInTheDocument());
    expect(cells(historyRow(section, 2022))[0]).toMatch(/^2,200 changed from 2,300 Source “Tak för antal/);
    expect(app.pageState().view.history).toBe('cap');

    await fireEvent.change(within(section).getByRole('combobox', { name: 'Follow a figure' }), { target: { value: 'budget' } });
    await waitFor(() => expect(within(history).getByText(/The clinics' budget \(husläkarverksamhet\), year by year/)).toBeInTheDocument());
    const budget2019 = cells(historyRow(section, 2019))[0];
    expect(budget2019).toMatch(/^SEK 5,800\.0m Source “/);
    expect(budget2019).toContain('cirka 5,8 miljarder kr');
    expect(budget2019).toMatch(/Plausible range: SEK 5,565\.0m a year to SEK 6,000\.0m a year/);
    expect(cells(historyRow(section, 2026))[0]).toMatch(/^SEK 8,313\.3m changed from SEK 7,733\.3m Derived Formula: /);
  });

  it('is in Swedish on the Swedish page', async () => {
    renderApp({ language: 'sv' });
    await settled();
    const section = screen.getByRole('region', { name: 'År för år' });
    expect(within(section).getByRole('combobox', { name: 'Följ en siffra' })).toHaveValue('bonus');
    expect(cells(historyRow(section, 2023))).toEqual(['4 kr Källa som 2022']);
    expect(cells(historyRow(section, 2020))).toEqual(['finns inte i källorna för det här året']);
  });
});
