// The whole region: coverage at 1 100 residents per GP, the Social Democrats'
// plan as a straight line, the residents of each year, the rule sets'
// named-doctor targets, and the provenance of every figure (each quote stands
// verbatim in its source and states the figure).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DIRECTORY } from '../../src/cli/rule-files.ts';
import { DERIVED, FELT_REGULAR_DOCTOR, GP_PLAN, GUIDE_VALUE, NAMED_DOCTOR_SHARES, RESIDENTS, type SourcedFigure } from '../../src/lib/region/data.ts';
import {
  coverage,
  gpsPerYearToReach,
  LATEST_RESIDENTS,
  namedDoctorTargets,
  planGps,
  planPath,
  residentsIn,
} from '../../src/lib/region/region.ts';
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
