import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLINIC_FIELDS, defaultClinic } from '../../src/lib/clinic/fields.ts';
import { defaultScenario } from '../../src/lib/state/scenario.svelte.ts';
import { FIELD_URL_KEYS, parsePageUrl, serializePageUrl, type PageState } from '../../src/lib/url/codec.ts';
import { catalog } from '../helpers/rules.ts';

const context = { isKnownRuleSet: (id: string) => !!catalog.get(id), defaultLanguage: 'sv' as const };
const parse = (search: string) => parsePageUrl(search, context);
const serialize = (state: PageState) => serializePageUrl(state, { defaultLanguage: 'sv', embed: true });

describe('reading the address', () => {
  it('gives the default view for an empty address', () => {
    const { state, missingRuleSets } = parse('');
    expect(state.scenario).toEqual(defaultScenario());
    expect(state.language).toBe('sv');
    expect(state.theme).toBe('auto');
    expect(state.embed.enabled).toBe(false);
    expect(missingRuleSets).toEqual([]);
  });

  it('reads every input, the rules, the language, the theme and the open panels', () => {
    const { state } = parse(
      '?listed=12000&doctors=6.5&named=80&need=1.2&base=stockholm-2021&cmp=stockholm-2022,proposal-s-2024:threshold&sweep=doctors&lang=en&theme=dark&tables=sweep&why=stockholm-2022&open=howto,named-doctor-bonus',
    );
    expect(state.scenario.clinic).toMatchObject({ listedPatients: 12000, doctors: 6.5, namedDoctorShare: 0.8, careNeedIndex: 1.2 });
    expect(state.scenario.baseline).toBe('stockholm-2021');
    expect(state.scenario.comparisons).toEqual(['stockholm-2022', 'proposal-s-2024:threshold']);
    expect(state.scenario.sweepField).toBe('doctors');
    expect(state.language).toBe('en');
    expect(state.theme).toBe('dark');
    expect(state.view).toEqual({ tables: ['sweep'], whyRuleSet: 'stockholm-2022', openComponents: ['named-doctor-bonus'], howToRead: true, history: 'bonus' });
  });

  it('clamps numbers out of range, ignores unknown keys and falls back on garbage', () => {
    const { state } = parse('?listed=99999999&doctors=-4&named=abc&need=&visits=1e999&colour=red&__proto__=1&constructor=x');
    expect(state.scenario.clinic.listedPatients).toBe(40000);
    expect(state.scenario.clinic.doctors).toBe(0.5);
    expect(state.scenario.clinic.namedDoctorShare).toBe(defaultClinic().namedDoctorShare);
    expect(state.scenario.clinic.careNeedIndex).toBe(1);
    expect(state.scenario.clinic.visitsPerListedPatient).toBe(defaultClinic().visitsPerListedPatient);
  });

  it('names rule sets that do not exist, and does not use them', () => {
    const { state, missingRuleSets } = parse('?base=stockholm-2030&cmp=proposal-x-2099,stockholm-2026,<script>');
    expect(state.scenario.baseline).toBe('stockholm-2022');
    expect(state.scenario.comparisons).toEqual(['stockholm-2026']);
    expect(missingRuleSets).toEqual(['stockholm-2030', 'proposal-x-2099']);
  });

  it('keeps at most three comparisons, none of them the baseline', () => {
    const { state } = parse('?base=stockholm-2022&cmp=stockholm-2022,stockholm-2019,stockholm-2021,stockholm-2026,proposal-l-2022');
    expect(state.scenario.comparisons).toEqual(['stockholm-2019', 'stockholm-2021', 'stockholm-2026']);
  });

  it('reads the embed settings, pins and pym.js child id, and rejects anything else', () => {
    const { state } = parse('?embed=1&panels=continuity,bogus,change&pin=stockholm-2022~0123abcd,bad~zz&childId=frame-1');
    expect(state.embed).toEqual({
      enabled: true,
      panels: ['continuity', 'change'],
      pins: { 'stockholm-2022': '0123abcd' },
      childId: 'frame-1',
      plain: false,
      transparent: false,
      lock: false,
      projector: false,
    });
    expect(parse('?childId=<img src=x>').state.embed.childId).toBeNull();
  });

  it('reads plain=1 and transparent=1 for an embed, and nothing else as either', () => {
    expect(parse('?embed=1&plain=1&transparent=1').state.embed).toMatchObject({ enabled: true, plain: true, transparent: true });
    expect(parse('?embed=1&transparent=1').state.embed).toMatchObject({ plain: false, transparent: true });
    for (const garbage of ['0', 'true', 'yes', '', '11', ' 1', '<b>']) {
      const { embed } = parse(`?embed=1&plain=${encodeURIComponent(garbage)}&transparent=${encodeURIComponent(garbage)}`).state;
      expect(embed, garbage).toMatchObject({ plain: false, transparent: false });
    }
  });

  it('writes plain=1 and transparent=1 with the embed parameters, and leaves them out of the full explainer\'s link', () => {
    const { state } = parse('?listed=12000&embed=1&panels=totals&plain=1&transparent=1');
    expect(serialize(state)).toBe('?listed=12000&embed=1&panels=totals&plain=1&transparent=1');
    expect(serializePageUrl(state, { defaultLanguage: 'sv', embed: false })).toBe('?listed=12000');
    expect(serialize(parse('?embed=1&panels=totals').state)).toBe('?embed=1&panels=totals');
    expect(parse(serialize(state)).state.embed).toEqual(state.embed);
  });

  it('reads a teacher\'s question (predict=pay|bonus), and no question from anything else', () => {
    expect(parse('').state.predict).toBeNull();
    expect(parse('?predict=pay').state.predict).toBe('pay');
    expect(parse('?embed=1&predict=bonus&cmp=').state.predict).toBe('bonus');
    for (const garbage of ['', 'PAY', 'pay ', 'payy', 'yes', 'pay,bonus', '<script>', 'constructor', '__proto__']) {
      expect(parse(`?predict=${encodeURIComponent(garbage)}`).state.predict, garbage).toBeNull();
    }
  });
});

describe('writing the address', () => {
  it('writes nothing for the default view, and only what differs otherwise', () => {
    expect(serialize(parse('').state)).toBe('');
    expect(serialize({ ...parse('').state, predict: 'bonus' })).toBe('?predict=bonus');
    expect(serializePageUrl({ ...parse('?embed=1').state, predict: 'pay' }, { defaultLanguage: 'sv', embed: false })).toBe('?predict=pay');
    const state = parse('').state;
    state.scenario.clinic.listedPatients = 12000;
    state.scenario.clinic.namedDoctorShare = 0.76;
    state.scenario.comparisons = ['proposal-l-2022', 'stockholm-2026'];
    expect(serialize(state)).toBe('?listed=12000&named=76&cmp=proposal-l-2022,stockholm-2026');
  });

  it('writes an empty comparison list explicitly', () => {
    const state = parse('').state;
    state.scenario.comparisons = [];
    expect(serialize(state)).toBe('?cmp=');
    expect(parse('?cmp=').state.scenario.comparisons).toEqual([]);
  });

  it('gives the same state back for any state it writes (round trip)', () => {
    const ids = catalog.ruleSets.map((r) => r.id);
    const clinic = fc.record(
      Object.fromEntries(
        CLINIC_FIELDS.map((f) => [f.id, fc.integer({ min: 0, max: Math.round((f.max - f.min) / f.step) }).map((n) => Number((f.min + n * f.step).toFixed(2)))]),
      ),
    );
    fc.assert(
      fc.property(
        clinic,
        fc.constantFrom(...ids),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
        fc.constantFrom('sv', 'en'),
        fc.constantFrom('light', 'dark', 'auto'),
        fc.constantFrom('pay', 'bonus', null),
        fc.constantFrom(...CLINIC_FIELDS.map((f) => f.id)),
        (values, baseline, comparisons, language, theme, predict, sweepField) => {
          const state = parse('').state;
          state.scenario = { clinic: values as typeof state.scenario.clinic, baseline, comparisons: comparisons.filter((c) => c !== baseline), sweepField };
          state.language = language as 'sv' | 'en';
          state.theme = theme as 'light' | 'dark' | 'auto';
          state.predict = predict as 'pay' | 'bonus' | null;
          const back = parse(serialize(state)).state;
          expect(back.scenario).toEqual(state.scenario);
          expect(back.language).toBe(state.language);
          expect(back.theme).toBe(state.theme);
          expect(back.predict).toBe(state.predict);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the whole region in the address', () => {
  it('reads gps= and year=, clamped to their ranges and snapped to their steps, and writes only what differs', () => {
    expect(parse('').state.region).toEqual({ gps: 1240, year: 2024 });
    expect(parse('?gps=1600&year=2028&tables=region').state).toMatchObject({ region: { gps: 1600, year: 2028 }, view: { tables: ['region'] } });
    expect(parse('?gps=99999&year=1999').state.region).toEqual({ gps: 3000, year: 2024 });
    expect(parse('?gps=1604&year=2030.4').state.region).toEqual({ gps: 1600, year: 2030 });
    expect(parse('?gps=abc&year=').state.region).toEqual({ gps: 1240, year: 2024 });
    const state = parse('').state;
    expect(serialize(state)).toBe('');
    state.region = { gps: 1600, year: 2028 };
    expect(serialize(state)).toBe('?gps=1600&year=2028');
    expect(parse(serialize(state)).state.region).toEqual(state.region);
  });

  it('shows the region as an embed panel', () => {
    expect(parse('?embed=1&panels=region,continuity').state.embed.panels).toEqual(['region', 'continuity']);
  });
});

describe('year by year in the address', () => {
  it('reads the followed figure from history= (the default for anything else), writes it only when it is not the default', () => {
    expect(parse('').state.view.history).toBe('bonus');
    expect(parse('?history=cap&tables=years').state.view).toMatchObject({ history: 'cap', tables: ['years'] });
    for (const garbage of ['?history=', '?history=CAP', '?history=clinicBudget', '?history=__proto__']) expect(parse(garbage).state.view.history).toBe('bonus');
    const state = parse('').state;
    state.view.history = 'bonus';
    expect(serialize(state)).toBe('');
    state.view.history = 'budget';
    expect(serialize(state)).toBe('?history=budget');
    expect(parse(serialize(state)).state.view.history).toBe('budget');
    expect(parse('?embed=1&panels=years,region').state.embed.panels).toEqual(['years', 'region']);
  });
});

describe('any address at all', () => {
  it('yields a valid state and never throws or produces NaN', () => {
    const keys = [...Object.values(FIELD_URL_KEYS), 'base', 'cmp', 'sweep', 'lang', 'theme', 'tables', 'why', 'open', 'embed', 'panels', 'pin', 'childId', 'plain', 'transparent', 'predict', 'gps', 'year'];
    const search = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 12 }).map(
        (pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'),
      ),
      fc.webQueryParameters().map((q) => `?${q}`),
    );
    fc.assert(
      fc.property(search, (query) => {
        const { state } = parse(query);
        for (const field of CLINIC_FIELDS) {
          const value = state.scenario.clinic[field.id];
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(field.min);
          expect(value).toBeLessThanOrEqual(field.max);
        }
        expect(catalog.get(state.scenario.baseline)).toBeDefined();
        for (const id of state.scenario.comparisons) expect(catalog.get(id)).toBeDefined();
        expect(state.scenario.comparisons.length).toBeLessThanOrEqual(3);
        expect(['sv', 'en']).toContain(state.language);
        expect(['light', 'dark', 'auto']).toContain(state.theme);
        expect([null, 'pay', 'bonus']).toContain(state.predict);
        expect(state.region.gps).toBeGreaterThanOrEqual(500);
        expect(state.region.gps).toBeLessThanOrEqual(3000);
        expect(Number.isInteger(state.region.year) && state.region.year >= 2024 && state.region.year <= 2034).toBe(true);
        expect(serialize(state)).not.toMatch(/[<>"']/);
      }),
      { numRuns: 1000 },
    );
  });
});
