// The teachers' page's pure logic: the link builder's address (the explainer's own writer's, key for
// key, and read back by the explainer's parser with lock and projector), the parameter table
// generated from the parser's lists, the QR code's modules, and the lesson plans' answers computed
// by the core in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { CLINIC_FIELDS, defaultClinic } from '../../src/lib/clinic/fields.ts';
import { PRESETS } from '../../src/lib/clinic/presets.ts';
import { RuleSetEvaluator } from '../../src/lib/engine/evaluator.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { bundledCatalog } from '../../src/lib/rules/bundled.ts';
import { DEFAULT_SWEEP_FIELD, MAX_COMPARISONS } from '../../src/lib/state/scenario.svelte.ts';
import { THEMES } from '../../src/lib/state/theme.svelte.ts';
import { linkContext } from '../../src/lib/teachers/context.ts';
import { lessonFigures } from '../../src/lib/teachers/lessons.ts';
import { buildLink, choicesFromForm, chosenClinic, chosenComparisons, defaultChoices, linkQuery, type LinkChoices } from '../../src/lib/teachers/link.ts';
import { linkParameters } from '../../src/lib/teachers/params.ts';
import { qrMatrix, qrPath, qrVersion, qrViewSize, QUIET_ZONE } from '../../src/lib/teachers/qr.ts';
import { lessonPlans, paramCells } from '../../src/lib/teachers/text.ts';
import { defaultPageState, FIELD_URL_KEYS, parsePageUrl, serializePageUrl, type PageState } from '../../src/lib/url/codec.ts';
import { defaultEmbed, PANELS } from '../../src/lib/url/embed.ts';

const catalog = bundledCatalog();
const ruleSetIds = catalog.ruleSets.map((r) => r.id);
const context = linkContext();
const parse = (query: string, language: Language = 'sv') =>
  parsePageUrl(query, { isKnownRuleSet: (id) => catalog.get(id) !== undefined, defaultLanguage: language });

/** The explainer's page state for the choices, built with the explainer's own defaults. */
function pageStateOf(choices: LinkChoices): PageState {
  const embed = defaultEmbed();
  const panels = PANELS.filter((p) => choices.panels.includes(p));
  if (panels.length) Object.assign(embed, { enabled: true, panels });
  Object.assign(embed, { lock: choices.lock, projector: choices.projector });
  const scenario = { clinic: chosenClinic(choices, context), baseline: choices.baseline, comparisons: chosenComparisons(choices, context), sweepField: DEFAULT_SWEEP_FIELD };
  return { ...defaultPageState(choices.language, scenario), embed, predict: choices.predict };
}

const choicesArbitrary: fc.Arbitrary<LinkChoices> = fc.record({
  baseline: fc.constantFrom(...ruleSetIds),
  comparisons: fc.uniqueArray(fc.constantFrom(...ruleSetIds), { maxLength: 4 }),
  preset: fc.constantFrom(...PRESETS.map((p) => p.id)),
  clinic: fc.record(
    {
      listedPatients: fc.integer({ min: 500, max: 40000 }).map((n) => Math.round(n / 100) * 100),
      doctors: fc.integer({ min: 10, max: 400 }).map((n) => n / 10),
      namedDoctorShare: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    },
    { requiredKeys: [] },
  ),
  panels: fc.uniqueArray(fc.constantFrom(...PANELS), { maxLength: 4 }),
  language: fc.constantFrom<Language>('sv', 'en'),
  lock: fc.boolean(),
  projector: fc.boolean(),
  predict: fc.constantFrom(null, 'pay' as const, 'bonus' as const),
});

describe('the link builder', () => {
  it('builds the link for given choices', () => {
    const choices: LinkChoices = {
      ...defaultChoices('sv', context),
      comparisons: ['proposal-l-2022', 'stockholm-2026'],
      preset: 'typical',
      clinic: { listedPatients: 12000, namedDoctorShare: 0.8 },
      panels: ['clinic', 'totals'],
      lock: true,
      projector: true,
    };
    expect(buildLink(choices, context, 'https://example.org/')).toBe(
      'https://example.org/?listed=12000&named=80&cmp=proposal-l-2022,stockholm-2026&lock=1&projector=1&embed=1&panels=totals,clinic',
    );
    expect(buildLink({ ...choices, language: 'en', predict: 'bonus', lock: false, projector: false, panels: [], clinic: {} }, context, '/')).toBe(
      '/en/question/?cmp=proposal-l-2022,stockholm-2026&predict=bonus',
    );
    // The defaults, locked and for the projector, and nothing else.
    expect(buildLink(defaultChoices('en', context), context, '/')).toBe('/en/?lock=1&projector=1');
  });

  it('writes exactly what the explainer’s own writer writes for the same view', () => {
    fc.assert(
      fc.property(choicesArbitrary, (choices) => {
        expect(linkQuery(choices, context)).toBe(serializePageUrl(pageStateOf(choices), { defaultLanguage: choices.language, embed: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('makes links the explainer reads back as the chosen scenario, locked and projected as chosen', () => {
    fc.assert(
      fc.property(choicesArbitrary, (choices) => {
        const { state, missingRuleSets } = parse(linkQuery(choices, context), choices.language);
        expect(missingRuleSets).toEqual([]);
        expect(state.scenario.clinic).toEqual(chosenClinic(choices, context));
        expect(state.scenario.baseline).toBe(choices.baseline);
        expect(state.scenario.comparisons.length).toBeLessThanOrEqual(MAX_COMPARISONS);
        expect(state.embed).toMatchObject({ lock: choices.lock, projector: choices.projector });
        expect(state.predict).toBe(choices.predict);
        expect(state.embed.enabled).toBe(choices.panels.length > 0);
        expect(state.language).toBe(choices.language);
      }),
      { numRuns: 200 },
    );
  });

  it('reads its form: a preset with a changed main input, panels, language, lock and projector', () => {
    const form = new FormData();
    form.set('baseline', 'stockholm-2026');
    form.append('cmp', 'stockholm-2022');
    form.set('preset', 'innerCity');
    form.set('listedPatients', '14000'); // the preset's own value: not a change
    form.set('doctors', '8');
    form.set('namedDoctorShare', '150'); // out of range: the most there is
    form.append('panel', 'continuity');
    form.set('language', 'en');
    form.set('projector', 'on');
    form.set('predict', 'nonsense');
    expect(choicesFromForm(form, context)).toEqual({
      baseline: 'stockholm-2026',
      comparisons: ['stockholm-2022'],
      preset: 'innerCity',
      clinic: { doctors: 8, namedDoctorShare: 1 },
      panels: ['continuity'],
      language: 'en',
      lock: false,
      projector: true,
      predict: null,
    });
  });
});

describe('lock and projector in the address', () => {
  it('round-trip through the codec, and are off unless exactly 1', () => {
    const { state } = parse('?listed=12000&lock=1&projector=1');
    expect(state.embed).toMatchObject({ lock: true, projector: true });
    expect(serializePageUrl(state, { defaultLanguage: 'sv', embed: true })).toBe('?listed=12000&lock=1&projector=1');
    expect(serializePageUrl(state, { defaultLanguage: 'sv', embed: false })).toBe('?listed=12000&lock=1&projector=1');
    for (const value of ['0', 'true', '', 'yes']) expect(parse(`?lock=${value}&projector=${value}`).state.embed).toMatchObject({ lock: false, projector: false });
    const { state: off } = parse('?listed=12000');
    expect(serializePageUrl(off, { defaultLanguage: 'sv', embed: true })).toBe('?listed=12000');
  });
});

describe('the parameter table', () => {
  const rows = linkParameters(ruleSetIds);
  const keys = rows.map((r) => r.key);

  it('lists every parameter the teachers need, every clinic input and the embed’s', () => {
    for (const key of ['embed', 'panels', 'lang', 'theme', 'predict', 'base', 'cmp', 'lock', 'projector', 'plain', 'transparent', ...Object.values(FIELD_URL_KEYS)]) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.find((r) => r.key === 'panels')!.values).toEqual({ kind: 'listOf', items: PANELS });
    expect(rows.find((r) => r.key === 'theme')!.values).toEqual({ kind: 'oneOf', items: THEMES });
    expect(rows.find((r) => r.key === 'cmp')!.values).toEqual({ kind: 'listOf', items: ruleSetIds, max: MAX_COMPARISONS });
    expect(rows.find((r) => r.key === 'named')!.values).toEqual({ kind: 'number', min: 0, max: 100, step: 1 });
  });

  it('offers only values the explainer reads: each row’s first and last allowed value changes the parsed view', () => {
    const base = parse('');
    for (const row of rows) {
      const { values } = row;
      const samples =
        values.kind === 'flag' ? ['1'] : values.kind === 'number' ? [values.min, values.max].map(String) : [values.items[0], values.items.at(-1)!];
      for (const sample of samples) {
        // An embed's panels and flags count only in an embed.
        const query = ['panels', 'plain', 'transparent'].includes(row.key) ? `?embed=1&${row.key}=${sample}` : `?${row.key}=${sample}`;
        const field = row.field;
        const parsed = parse(query).state;
        const unchanged = JSON.stringify(parsed) === JSON.stringify(base.state) || (field && parsed.scenario.clinic[field] === CLINIC_FIELDS.find((f) => f.id === field)!.default);
        // A value that is the default changes nothing: check that it is one.
        if (unchanged) expect(serializePageUrl(parsed, { defaultLanguage: 'sv', embed: true }), `${query} is read as the default`).toBe('');
        else expect(serializePageUrl(parsed, { defaultLanguage: 'sv', embed: true }), query).not.toBe('');
      }
    }
  });

  it.each(['sv', 'en'] as const)('words every row in %s', (language) => {
    const t = translator(createI18n(language, readLocaleBundle(language)));
    for (const row of rows) {
      const cells = paramCells(row, t, language);
      expect(cells.meaning, row.key).not.toMatch(/^(teachers:|clinic\.)/);
      expect(cells.allowed, row.key).not.toMatch(/^teachers:/);
    }
    const named = paramCells(rows.find((r) => r.key === 'named')!, t, language);
    expect(named.allowed).toBe(language === 'sv' ? 'procent 0–100, steg 1' : 'a percentage 0–100, step 1');
  });
});

describe('the QR code', () => {
  /** A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre. */
  const isFinder = (m: boolean[][], top: number, left: number) =>
    Array.from({ length: 7 }, (_, y) =>
      Array.from({ length: 7 }, (_, x) => {
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        return m[top + y][left + x] === (ring !== 2);
      }).every(Boolean),
    ).every(Boolean);

  it('encodes a short text as version 1 (21 × 21) with its three finder patterns', () => {
    const matrix = qrMatrix('HELLO WORLD');
    expect(matrix.length).toBe(21);
    expect(qrVersion(matrix)).toBe(1);
    expect(matrix.every((row) => row.length === 21)).toBe(true);
    expect(isFinder(matrix, 0, 0)).toBe(true);
    expect(isFinder(matrix, 0, 14)).toBe(true);
    expect(isFinder(matrix, 14, 0)).toBe(true);
    expect(isFinder(matrix, 14, 14)).toBe(false);
    // The timing pattern between the finders alternates.
    expect(matrix[6].slice(8, 13)).toEqual([true, false, true, false, true]);
  });

  it('grows with the link: a long teacher’s link needs a larger version, still with its finders', () => {
    const link = buildLink({ ...defaultChoices('sv', context), panels: [...PANELS], clinic: { listedPatients: 12000 } }, context, 'https://vardpengen.example.org/');
    const matrix = qrMatrix(link);
    expect(qrVersion(matrix)).toBeGreaterThan(5);
    expect(Number.isInteger(qrVersion(matrix))).toBe(true);
    const n = matrix.length;
    expect(isFinder(matrix, 0, 0) && isFinder(matrix, 0, n - 7) && isFinder(matrix, n - 7, 0)).toBe(true);
  });

  it('draws each dark module once, inside the quiet zone', () => {
    const matrix = qrMatrix('https://example.org/');
    const d = qrPath(matrix);
    const area = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].reduce((sum, [, x, y, run]) => {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(x) + Number(run)).toBeLessThanOrEqual(QUIET_ZONE + matrix.length);
      return sum + Number(run);
    }, 0);
    expect(area).toBe(matrix.flat().filter(Boolean).length);
    expect(qrViewSize(matrix)).toBe(matrix.length + 2 * QUIET_ZONE);
  });
});

describe('the lesson plans', () => {
  it('take their numbers from the core', async () => {
    const f = await lessonFigures({ catalog, evaluator: new RuleSetEvaluator() });
    const evaluator = new RuleSetEvaluator();
    const direct = await evaluator.evaluate(catalog.get('stockholm-2022')!, defaultClinic());
    expect(f.paid.total).toBe(direct.total);
    expect(f.paid.total / 1e6).toBeCloseTo(29.5, 1);
    expect(f.bonus).toMatchObject({ perPatient: 4, ifEarned: 40_000, earned: false, target: 0.75, cap: 2200 });
    expect(f.atTarget).toMatchObject({ earned: true, namedDoctorShare: 0.75 });
    expect(f.atTarget.total - f.paid.total).toBeCloseTo(40_000, 6);
    expect(f.grown.answer.correct).toBe('no');
    expect(f.proposal.answer.correct).toBe('same');
    expect(f.proposal.range.low).toBeLessThan(0);
    expect(f.proposal.range.high).toBeGreaterThan(0);
    expect(f.continuity.patientsPerDoctor).toBeCloseTo(10000 / 5.8, 6);
  });

  it.each([
    ['sv', '29,5 mnkr', '40 000 kr'],
    ['en', 'SEK 29.5m', 'SEK 40,000'],
  ] as const)('have questions and answers in %s, every placeholder filled', async (language, total, bonus) => {
    const t = translator(createI18n(language, readLocaleBundle(language)));
    const f = await lessonFigures({ catalog, evaluator: new RuleSetEvaluator() });
    const plans = lessonPlans(f, t, language, '/');
    expect(plans.map((p) => p.id)).toEqual(['incentives', 'proposals', 'continuity']);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    for (const plan of plans) {
      expect(plan.questions.length).toBeGreaterThanOrEqual(4);
      expect(plan.answers.length).toBe(plan.questions.length);
      expect(plan.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(45);
      for (const text of [plan.title, plan.goal, ...plan.questions, ...plan.answers, ...plan.links.map((l) => l.label)]) {
        expect(text).not.toMatch(/\{\{|teachers:|undefined|NaN/);
      }
      expect(plan.links[0].href).toContain('lock=1&projector=1');
    }
    const [incentives, proposals] = plans;
    expect(plain(incentives.answers[0])).toContain(total);
    expect(plain(incentives.answers[2])).toContain(bonus);
    expect(plain(incentives.answers[2])).toContain(language === 'sv' ? '10 000' : '10,000');
    expect(incentives.links[1].href).toBe(`/${language === 'sv' ? 'fraga/' : 'en/question/'}?listed=12000&cmp=&predict=bonus`);
    expect(proposals.links[1].href).toBe(`/${language === 'sv' ? 'fraga/' : 'en/question/'}?predict=pay`);
  });
});
