// "Year by year": each figure's history generated from the rule files (a new
// year's file adds a row without code), the chart's geometry, and the state
// that works out the totals and, once the inputs rest, their ranges.
import { describe, expect, it, vi } from 'vitest';
import { defaultClinic } from '../../src/lib/clinic/fields.ts';
import { RangeEvaluator } from '../../src/lib/engine/range.ts';
import { YearsState } from '../../src/lib/state/years.svelte.ts';
import { dateToYear, markerPath, niceTicks, payChart, proposalMarkers, YEARS_FRAME } from '../../src/lib/years/chart.ts';
import { HISTORY_PARAMETERS, parameterHistory, proposalRuleSets, yearRuleSets } from '../../src/lib/years/history.ts';
import { HISTORY_KEYS } from '../../src/lib/years/keys.ts';
import { catalog, catalogWith, evaluator, ruleJson } from '../helpers/rules.ts';

const history = (key: keyof typeof HISTORY_PARAMETERS, from = catalog) =>
  parameterHistory(from, HISTORY_PARAMETERS[key]).map((row) => ({
    year: row.year,
    value: row.parameter?.value ?? null,
    carriedFrom: row.carriedFrom?.id ?? null,
    change: row.change,
    previous: row.previous,
  }));

describe('the rule sets of "Year by year"', () => {
  it('are every year 2019–2026 in order, then the proposals and their variants by date', () => {
    expect(yearRuleSets(catalog).map((r) => r.id)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => `stockholm-${y}`));
    expect(proposalRuleSets(catalog).map((r) => [r.id, r.date])).toEqual([
      ['proposal-l-2022', '2022'],
      ['proposal-l-2022:target-90', '2022'],
      ['proposal-s-2024', '2024-04-17'],
      ['proposal-s-2024:threshold', '2024-04-17'],
    ]);
  });

  it('offers a rule-file parameter for every figure a visitor can follow', () => {
    expect(Object.keys(HISTORY_PARAMETERS)).toEqual([...HISTORY_KEYS]);
    for (const parameter of Object.values(HISTORY_PARAMETERS)) {
      expect(catalog.get('stockholm-2026')?.parameters[parameter], parameter).toBeDefined();
    }
  });
});

describe("each figure's history, generated from the rule files", () => {
  it('named-doctor bonus: not in the sources for 2019 and 2020, 2 kr in 2021, 4 kr from 2022, carried as in 2022 from 2023 on', () => {
    expect(history('bonus')).toEqual([
      { year: 2019, value: null, carriedFrom: null, change: 'absent', previous: null },
      { year: 2020, value: null, carriedFrom: null, change: 'absent', previous: null },
      { year: 2021, value: 2, carriedFrom: null, change: 'new', previous: null },
      { year: 2022, value: 4, carriedFrom: null, change: 'changed', previous: 2 },
      ...[2023, 2024, 2025, 2026].map((year) => ({ year, value: 4, carriedFrom: 'stockholm-2022', change: 'same', previous: null })),
    ]);
  });

  it('named-doctor target 70 % → 75 %, cap 2 300 → 2 200, närakut ratio 1.2 → 1.15, all changed in 2022', () => {
    for (const [key, before, after] of [
      ['target', 0.7, 0.75],
      ['cap', 2300, 2200],
      ['narakut', 1.2, 1.15],
    ] as const) {
      const rows = history(key);
      expect(rows.slice(0, 2).map((r) => r.change), key).toEqual(['absent', 'absent']);
      expect(rows[2], key).toMatchObject({ year: 2021, value: before, carriedFrom: null });
      expect(rows[3], key).toMatchObject({ year: 2022, value: after, carriedFrom: null, change: 'changed', previous: before });
      expect(new Set(rows.slice(4).map((r) => `${r.value} ${r.carriedFrom} ${r.change}`)), key).toEqual(new Set([`${after} stockholm-2022 same`]));
    }
  });

  it("listing pay's share: 2019 and 2020 worked out from 2018's 60 % (about 59 %), 80 % from 2021, each year's source or the year it is carried from", () => {
    const rows = parameterHistory(catalog, 'listingShareOfPay');
    expect(rows[0].parameter?.provenance.kind).toBe('derived');
    expect(rows[0].parameter?.value).toBeCloseTo(0.594, 3);
    expect(rows[1]).toMatchObject({ change: 'same', carriedFrom: null });
    expect(rows[2]).toMatchObject({ year: 2021, change: 'changed', carriedFrom: null });
    expect(rows[2].parameter?.value).toBe(0.8);
    expect(rows[2].parameter?.provenance).toMatchObject({ kind: 'sourced', source: 'mitti-taby-2022' });
    expect(rows.slice(4, 7).map((r) => r.carriedFrom?.id)).toEqual(['stockholm-2022', 'stockholm-2022', 'stockholm-2022']);
  });

  it('the yearly budget rises every year, each year its own with its range', () => {
    const rows = parameterHistory(catalog, 'clinicBudget');
    expect(rows).toHaveLength(8);
    expect(rows[0].parameter?.value).toBe(5_800_000_000);
    for (const [index, row] of rows.entries()) {
      expect(row.carriedFrom, String(row.year)).toBeNull();
      expect(row.parameter?.range, String(row.year)).toHaveLength(2);
      const [low, high] = row.parameter!.range!;
      expect(low).toBeLessThanOrEqual(row.parameter!.value);
      expect(high).toBeGreaterThanOrEqual(row.parameter!.value);
      if (index > 0) {
        expect(row.change, String(row.year)).toBe('changed');
        expect(row.parameter!.value, String(row.year)).toBeGreaterThan(rows[index - 1].parameter!.value);
      }
    }
  });

  it('a new year file adds a point without code: a 2027 that changes only the bonus', () => {
    const next = {
      $schema: './schema/rule-set.schema.json',
      id: 'stockholm-2027',
      kind: 'year',
      date: '2027-01-01',
      updated: '2027-01-01',
      extends: 'stockholm-2026',
      parameters: {
        namedDoctorBonusPerPatient: {
          ...ruleJson('stockholm-2022.json').parameters.namedDoctorBonusPerPatient,
          value: 6,
          provenance: { kind: 'illustrative', reason: { sv: 'Ett påhittat år för ett test.', en: 'A made-up year for a test.' } },
          range: [5, 7],
          rangeReason: { sv: 'Påhittat.', en: 'Made up.' },
        },
      },
    };
    const extended = catalogWith({ 'stockholm-2027.json': JSON.stringify(next) });
    expect(extended.broken).toEqual([]);
    expect(yearRuleSets(extended).at(-1)?.id).toBe('stockholm-2027');
    const bonus = history('bonus', extended);
    expect(bonus).toHaveLength(9);
    expect(bonus.at(-1)).toEqual({ year: 2027, value: 6, carriedFrom: null, change: 'changed', previous: 4 });
    expect(history('cap', extended).at(-1)).toEqual({ year: 2027, value: 2200, carriedFrom: 'stockholm-2022', change: 'same', previous: null });
    // The 2026 budget, carried: the new file sets no budget of its own.
    expect(history('budget', extended).at(-1)).toMatchObject({ year: 2027, carriedFrom: 'stockholm-2026', change: 'same' });
  });
});

describe("the chart's geometry", () => {
  const F = YEARS_FRAME;
  const years = [2019, 2020, 2021].map((y, i) => ({ id: `y${y}`, date: `${y}-01-01`, total: 20e6 + i * 5e6 }));

  it('places a date in its year, a bare year in its middle', () => {
    expect(dateToYear('2022-01-01')).toBe(2022);
    expect(dateToYear('2022')).toBe(2022.5);
    expect(dateToYear('2024-04-17')).toBeCloseTo(2024 + 3 / 12 + 16 / 365, 9);
    expect(dateToYear('2024-07')).toBeCloseTo(2024.5417, 3);
  });

  it('gives round ticks that cover the values', () => {
    expect(niceTicks(21.9e6, 39.7e6)).toEqual([20e6, 25e6, 30e6, 35e6, 40e6]);
    expect(niceTicks(1.2, 1.9)).toEqual([1.2, 1.4, 1.6, 1.8, 2]);
    const flat = niceTicks(5, 5);
    expect(flat[0]).toBeLessThan(5);
    expect(flat.at(-1)).toBeGreaterThan(5);
  });

  it('draws the years as a line across the plot, higher totals higher up, ranges as whiskers around their points', () => {
    const chart = payChart(
      years.map((y, i) => (i === 1 ? { ...y, range: { low: 22e6, high: 27e6 } } : y)),
      [{ id: 'p', date: '2020', total: 26e6, range: { low: 26e6, high: 26e6 } }],
    );
    expect(chart.xTicks.map((t) => t.year)).toEqual([2019, 2020, 2021]);
    expect(chart.xTicks[0].x).toBe(F.left);
    expect(chart.xTicks[2].x).toBe(F.width - F.right);
    expect(chart.years.map((p) => p.x)).toEqual(chart.xTicks.map((t) => t.x));
    expect(chart.years[0].y).toBeGreaterThan(chart.years[1].y);
    expect(chart.years[1].y).toBeGreaterThan(chart.years[2].y);
    expect(chart.line).toBe(chart.years.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' '));
    // Every value inside the plot, the ticks at its top and bottom.
    expect(chart.yTicks[0].y).toBe(F.height - F.bottom);
    expect(chart.yTicks.at(-1)!.y).toBe(F.top);
    for (const p of [...chart.years, ...chart.proposals]) {
      expect(p.y).toBeGreaterThanOrEqual(F.top);
      expect(p.y).toBeLessThanOrEqual(F.height - F.bottom);
    }
    const whisker = chart.years[1].whisker!;
    expect(whisker.y1).toBeLessThan(chart.years[1].y);
    expect(whisker.y2).toBeGreaterThan(chart.years[1].y);
    expect(chart.years[0].whisker).toBeNull();
    // A range without spread draws nothing; a proposal dated by year alone sits in that year's middle.
    expect(chart.proposals[0].whisker).toBeNull();
    expect(chart.proposals[0].x).toBeCloseTo((chart.xTicks[1].x + chart.xTicks[2].x) / 2, 9);
  });

  it('reaches past the last year for a proposal dated later', () => {
    const chart = payChart(years, [{ id: 'p', date: '2023-06-01', total: 30e6 }]);
    expect(chart.xTicks.at(-1)!.year).toBe(2024);
    expect(chart.proposals[0].x).toBeLessThan(F.width - F.right);
  });

  it('marks each proposal file with its own shape and colour, its variants hollow', () => {
    expect(proposalRuleSets(catalog).map((r) => r.id)).toHaveLength(4);
    expect(proposalMarkers(proposalRuleSets(catalog))).toEqual([
      { shape: 'diamond', series: 1, hollow: false },
      { shape: 'diamond', series: 1, hollow: true },
      { shape: 'square', series: 2, hollow: false },
      { shape: 'square', series: 2, hollow: true },
    ]);
    expect(markerPath('diamond', 10, 10, 5)).toBe('M10.0 5.0 L15.0 10.0 L10.0 15.0 L5.0 10.0 Z');
    expect(markerPath('square', 10, 10, 5)).toBe('M6.0 6.0 H14.0 V14.0 H6.0 Z');
  });
});

describe('the totals and their ranges', () => {
  it('evaluates every year and proposal for the clinic, and the same ranges the core gives', async () => {
    const state = new YearsState(catalog, evaluator);
    const clinic = { ...defaultClinic(), listedPatients: 12000 };
    await state.evaluate(clinic, { immediate: true });
    expect(Object.keys(state.totals!.byId)).toEqual([...yearRuleSets(catalog), ...proposalRuleSets(catalog)].map((r) => r.id));
    const expected = await evaluator.evaluate(catalog.get('stockholm-2022')!, clinic);
    expect(state.totals!.byId['stockholm-2022'].total).toBe(expected.total);
    const core = await new RangeEvaluator(catalog, evaluator).totalRange(catalog.get('stockholm-2019')!, clinic);
    expect(state.rangesFor(clinic)?.['stockholm-2019']).toEqual({ low: core.low, high: core.high });
    // Totals rise with the budget, year on year, for the region's average clinic shape.
    const totals = yearRuleSets(catalog).map((r) => state.totals!.byId[r.id].total);
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeGreaterThan(totals[i - 1]);
    // Ranges belong to their inputs: none for another clinic.
    expect(state.rangesFor({ ...clinic, listedPatients: 12100 })).toBeNull();
  });

  it('never keeps ranges for inputs that newer ones replaced', async () => {
    const state = new YearsState(catalog, evaluator);
    const first = { ...defaultClinic(), listedPatients: 9000 };
    const second = { ...defaultClinic(), listedPatients: 9100 };
    const stale = state.evaluate(first, { settle: false });
    // The first clinic's totals are in and its ranges under way when the inputs change.
    await vi.waitFor(() => expect(state.totals?.key).toBe(JSON.stringify(first)));
    expect(state.ranges).toBeNull();
    const fresh = state.evaluate(second, { settle: false });
    // The first clinic's work stops at its next swing, before anything is kept for it.
    await stale;
    expect(state.ranges).toBeNull();
    await fresh;
    expect(state.ranges?.key).toBe(JSON.stringify(second));
    expect(state.rangesFor(first)).toBeNull();
    expect(state.totals?.key).toBe(JSON.stringify(second));
  });
});
