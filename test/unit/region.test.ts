// The whole region: coverage at 1 100 residents per GP, the Social Democrats'
// plan as a straight line, the residents of each year, the rule sets'
// named-doctor targets, and the provenance of every figure (each quote stands
// verbatim in its source and states the figure).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DIRECTORY } from '../../src/cli/rule-files.ts';
import { FELT_REGULAR_DOCTOR, GP_PLAN, GUIDE_VALUE, NAMED_DOCTOR_SHARES, RESIDENTS, type SourcedFigure } from '../../src/lib/region/data.ts';
import { DERIVED } from '../../src/lib/region/derived.ts';
import { DEFAULT_GPS, DEFAULT_YEAR, GP_RANGE, YEAR_RANGE } from '../../src/lib/region/inputs.ts';
import {
  coverage,
  gpsPerYearToReach,
  LATEST_RESIDENTS,
  namedDoctorTargets,
  planGps,
  planPath,
  residentsIn,
} from '../../src/lib/region/region.ts';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { LISTING_FRAME, listingChart, planChart, yOf } from '../../src/lib/region/chart.ts';
import { formatShortDate as formatDate } from '../../src/lib/format/dates.ts';
import { approximateShare, regionText } from '../../src/lib/region/text.ts';
import { catalog } from '../helpers/rules.ts';
import { normaliseWhitespace, quoteStatesValue } from '../helpers/quote.ts';

const publicFigures = normaliseWhitespace(readFileSync(`${RULES_DIRECTORY}sources/public-figures.md`, 'utf8'));
function documentText(sourceId: string): string {
  const source = catalog.sources.get(sourceId);
  if (!source) throw new Error(`unknown source ${sourceId} (not in rules/sources.json)`);
  return source.kind === 'seed' ? normaliseWhitespace(readFileSync(`${RULES_DIRECTORY}sources/seeds/${source.file}`, 'utf8')) : publicFigures;
}

const figures: [string, SourcedFigure, string][] = [
  ['guide value', GUIDE_VALUE, 'patients/doctor'],
  ...RESIDENTS.map((r): [string, SourcedFigure, string] => [`residents ${r.date}`, r, 'residents']),
  ['GPs 2024', GP_PLAN.from, 'doctors'],
  ['GPs 2034', GP_PLAN.to, 'doctors'],
  ...NAMED_DOCTOR_SHARES.map((s): [string, SourcedFigure, string] => [`named-doctor share ${s.date}`, s, 'share']),
  ['felt regular doctor', FELT_REGULAR_DOCTOR, 'share'],
];

describe('provenance of the region figures', () => {
  it.each(figures)('%s: the quote stands verbatim in its source', (_name, figure) => {
    expect(documentText(figure.provenance.source)).toContain(normaliseWhitespace(figure.provenance.quote));
  });

  it.each(figures.filter(([name]) => name !== 'felt regular doctor'))('%s: the quote states the value', (_name, figure, unit) => {
    expect(quoteStatesValue(figure.value, unit, figure.provenance.quote), `${figure.value} in "${figure.provenance.quote}"`).toBe(true);
  });

  it('reads "three in ten" as 0.3', () => {
    expect(FELT_REGULAR_DOCTOR.provenance.quote).toMatch(/^Tre av tio /);
    expect(FELT_REGULAR_DOCTOR.value).toBe(3 / 10);
  });

  it('glosses every Swedish quote, and words every note in both languages', () => {
    for (const figure of [GP_PLAN.from, GP_PLAN.to, FELT_REGULAR_DOCTOR]) expect(figure.provenance.gloss?.length).toBeGreaterThan(20);
    for (const derived of Object.values(DERIVED)) {
      if ('note' in derived) for (const language of ['sv', 'en'] as const) expect(derived.note[language].length).toBeGreaterThan(20);
    }
  });

  it('keeps the counts in date order', () => {
    for (const list of [RESIDENTS, NAMED_DOCTOR_SHARES]) {
      expect(list.map((r) => r.date)).toEqual([...list.map((r) => r.date)].sort());
    }
  });
});

describe('coverage at 1 100 residents per GP', () => {
  it('1 240 GPs cover about 55 % of the 2.47 M residents', () => {
    const now = coverage(1240, LATEST_RESIDENTS.value);
    expect(LATEST_RESIDENTS.value).toBe(2473307);
    expect(Math.round(now.shareCoveredAt1100 * 100)).toBe(55);
    expect(now.shareCoveredAt1100).toBeCloseTo((1240 * 1100) / 2473307, 12);
    expect(Math.round(coverage(1240, 2469395).shareCoveredAt1100 * 100)).toBe(55);
    expect(now.residentsPerGp).toBeCloseTo(2473307 / 1240, 10);
  });

  it('1 600 GPs cover about 71 %', () => {
    expect(Math.round(coverage(1600, LATEST_RESIDENTS.value).shareCoveredAt1100 * 100)).toBe(71);
  });

  it('needs about 2 248 GPs for every resident, and never covers more than all of them', () => {
    const c = coverage(3000, LATEST_RESIDENTS.value);
    expect(c.gpsNeededFor1100).toBeCloseTo(2473307 / 1100, 10);
    expect(c.shareCoveredAt1100).toBe(1);
    expect(coverage(c.gpsNeededFor1100, LATEST_RESIDENTS.value).shareCoveredAt1100).toBeCloseTo(1, 12);
  });
});

describe("the Social Democrats' plan, year by year", () => {
  it('runs in a straight line from 1 240 (2024) to 2 200 (2034): 96 more GPs a year', () => {
    expect(planGps(2024)).toBe(1240);
    expect(planGps(2034)).toBe(2200);
    expect(planGps(2029)).toBe(1720);
    expect(planGps(2023)).toBeNull();
    expect(planGps(2035)).toBeNull();
    const path = planPath();
    expect(path.map((p) => p.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    for (let i = 1; i < path.length; i++) expect(path[i].gps - path[i - 1].gps).toBeCloseTo(96, 10);
  });

  it('holds the population at the last count (31 Dec 2024) after 2024, and says so', () => {
    expect(residentsIn(2024)).toMatchObject({ value: 2473307, heldConstant: false });
    expect(residentsIn(2030)).toMatchObject({ value: 2473307, heldConstant: true });
    expect(residentsIn(2022)).toMatchObject({ value: 2354991, heldConstant: false });
    const path = planPath();
    expect(path[0].heldConstant).toBe(false);
    expect(path.slice(1).every((p) => p.heldConstant)).toBe(true);
  });

  it('covers about 98 % of the 2024 population with 2 200 GPs in 2034', () => {
    const last = planPath().at(-1)!;
    expect(last.shareCoveredAt1100).toBeCloseTo((2200 * 1100) / 2473307, 12);
    expect(Math.round(last.shareCoveredAt1100 * 100)).toBe(98);
  });

  it("starts the page's inputs at the plan's start and ranges the years over the plan", () => {
    expect({ gps: DEFAULT_GPS, year: DEFAULT_YEAR }).toEqual({ gps: GP_PLAN.from.value, year: GP_PLAN.from.year });
    expect({ min: YEAR_RANGE.min, max: YEAR_RANGE.max }).toEqual({ min: GP_PLAN.from.year, max: GP_PLAN.to.year });
    expect(GP_RANGE.max).toBeGreaterThan(coverage(1, LATEST_RESIDENTS.value).gpsNeededFor1100);
  });

  it('says how many more GPs a year it takes to reach a number by a year', () => {
    expect(gpsPerYearToReach(2200, 2034)).toBe(96);
    expect(gpsPerYearToReach(1600, 2028)).toBe(90);
    expect(gpsPerYearToReach(1600, 2024)).toBeNull();
  });
});

describe('named-doctor targets of the rule sets', () => {
  it('reads 70, 75, 80 and 90 % from the rule sets, not from the page', () => {
    const groups = namedDoctorTargets(catalog.ruleSets);
    expect(groups.map((g) => g.target)).toEqual([0.7, 0.75, 0.8, 0.9]);
    const ids = (target: number) => groups.find((g) => g.target === target)!.ruleSets.map((r) => r.id);
    expect(ids(0.7)).toEqual(['stockholm-2021']);
    expect(ids(0.75)).toContain('stockholm-2022');
    expect(ids(0.8)).toEqual(['proposal-l-2022']);
    expect(ids(0.9)).toEqual(['proposal-l-2022:target-90']);
  });
});

describe('the whole region in words', () => {
  const NBSP = '\u00a0';
  const en = translator(createI18n('en', readLocaleBundle('en')));
  const sv = translator(createI18n('sv', readLocaleBundle('sv')));

  it('answers "With 1 600 GPs, about 71 % of residents could have a named GP at 1 100 each"', () => {
    expect(regionText({ gps: 1600, year: 2028 }, 'en', en).answer).toBe('With 1,600 GPs, about 71% of residents could have a named GP at 1,100 each.');
    expect(regionText({ gps: 1600, year: 2028 }, 'sv', sv).answer).toBe(
      `Med 1${NBSP}600 allmänläkare skulle ungefär 71${NBSP}% av invånarna kunna ha en namngiven läkare med 1${NBSP}100 var.`,
    );
    expect(regionText({ gps: 1240, year: 2024 }, 'en', en).answer).toContain('about 55% of residents');
    expect(regionText({ gps: 2300, year: 2034 }, 'en', en).answer).toBe('With 2,300 GPs, every resident could have a named GP at 1,100 each: 2,249 would be enough.');
  });

  it('reads the plan as a straight line and says so, with the pace a chosen number takes', () => {
    const text = regionText({ gps: 1600, year: 2028 }, 'en', en);
    expect(text.plan).toContain('gives only these two ends');
    expect(text.plan).toContain('Read as a straight line, it has about 1,624 GPs in 2028: enough for about 72% of residents.');
    expect(text.pace).toBe('To have 1,600 GPs in 2028, the county would add about 90 GPs a year from its 1,240 in 2024; the straight-line plan adds 96.');
    expect(regionText({ gps: 1000, year: 2030 }, 'en', en).pace).toBe('1,000 GPs in 2030 would be fewer than the 1,240 the county had in 2024.');
    expect(regionText({ gps: 1600, year: 2024 }, 'en', en).pace).toBe('');
  });

  it('says which count of residents it uses, and that it is held constant after the last', () => {
    expect(regionText({ gps: 1240, year: 2024 }, 'en', en).residents).toBe('Residents: 2,473,307, counted 31 Dec 2024.');
    expect(regionText({ gps: 1240, year: 2030 }, 'en', en).residents).toBe(
      'Residents: 2,473,307, counted 31 Dec 2024 and held constant after that: no sourced population projection is used.',
    );
    expect(regionText({ gps: 1240, year: 2030 }, 'sv', sv).residents).toContain('oförändrade därefter');
  });

  it('writes the dates of the data in each language', () => {
    expect(formatDate('2018-11', 'en')).toBe('Nov 2018');
    expect(formatDate('2024-12-31', 'en')).toBe('31 Dec 2024');
    expect(formatDate('2024-09-30', 'sv')).toMatch(/^30 sep\.? 2024$/);
    // A rule set dated by its year only, and the same format twice (it is made once and kept).
    expect(formatDate('2022', 'sv')).toBe('2022');
    expect(formatDate('2018-11', 'en')).toBe('Nov 2018');
  });

  it('never rounds a share short of everyone up to 100 %', () => {
    expect(approximateShare(0.997, 'en')).toBe('99.7%');
    expect(approximateShare(1, 'en')).toBe('100%');
    expect(approximateShare(0.7116, 'en')).toBe('71%');
  });

  it('words every derived formula in both languages', () => {
    for (const id of Object.keys(DERIVED)) {
      expect(en(`region:figures.formulas.${id}`), id).not.toContain('region:');
      expect(sv(`region:figures.formulas.${id}`), id).not.toContain('region:');
    }
  });
});

describe('the charts beside the tables', () => {
  it('draws one bar per plan year, the chosen year marked, and the chosen GPs as a line at their share', () => {
    const path = planPath();
    const { bars, marker } = planChart(path, 2028, 0.5);
    expect(bars.map((b) => b.year)).toEqual(path.map((p) => p.year));
    expect(bars.filter((b) => b.selected).map((b) => b.year)).toEqual([2028]);
    expect(bars[0].height).toBeLessThan(bars.at(-1)!.height);
    expect(marker.y).toBeCloseTo(yOf(0.5), 10);
    for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(yOf(0), 10);
  });

  it('places the listing shares in time and each target as a level', () => {
    const chart = listingChart(NAMED_DOCTOR_SHARES, namedDoctorTargets(catalog.ruleSets), 2018, 2023);
    expect(chart.points.map((p) => p.date)).toEqual(['2018-11', '2021-11', '2022-02']);
    expect(chart.points[0].x).toBeLessThan(chart.points[1].x);
    expect(chart.points[1].y).toBeGreaterThan(chart.points[2].y);
    expect(chart.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(chart.targets.map((t) => t.y)).toEqual([0.7, 0.75, 0.8, 0.9].map((share) => yOf(share, LISTING_FRAME)));
    // Targets 5 points apart stay at least a 12-unit label apart.
    expect(chart.targets[1].y - chart.targets[2].y).toBeGreaterThanOrEqual(14);
  });
});
