import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DIRECTORY, readRuleFiles } from '../../src/cli/rule-files.ts';
import { CLINIC_FIELDS } from '../../src/lib/clinic/fields.ts';
import type { ParameterDefinition, RuleSetFile } from '../../src/lib/rules/types.ts';
import { catalog } from '../helpers/rules.ts';
import { normaliseWhitespace, quoteStatesValue } from '../helpers/quote.ts';

const publicFigures = normaliseWhitespace(readFileSync(`${RULES_DIRECTORY}sources/public-figures.md`, 'utf8'));
const seedText = (file: string) => normaliseWhitespace(readFileSync(`${RULES_DIRECTORY}sources/seeds/${file}`, 'utf8'));

/** Every parameter definition written in any file, variants included, with where it is. */
const definitions: { where: string; parameter: ParameterDefinition }[] = readRuleFiles().flatMap(({ file, text }) => {
  const data = JSON.parse(text) as RuleSetFile;
  const own = Object.entries(data.parameters ?? {}).map(([id, parameter]) => ({ where: `${file} ${id}`, parameter }));
  const variants = Object.entries(data.variants ?? {}).flatMap(([variant, changes]) =>
    Object.entries(changes.parameters ?? {}).map(([id, parameter]) => ({ where: `${file} ${variant}.${id}`, parameter })),
  );
  return [...own, ...variants];
});

function documentText(sourceId: string): string {
  const source = catalog.sources.get(sourceId);
  if (!source) throw new Error(`unknown source ${sourceId}`);
  return source.kind === 'seed' ? seedText(source.file!) : publicFigures;
}

describe('provenance of every figure', () => {
  const quoted = definitions.filter(({ parameter: p }) => (p.provenance.kind === 'sourced' || p.provenance.kind === 'derived') && 'quote' in p.provenance && p.provenance.quote);

  it('has quotes to check', () => expect(quoted.length).toBeGreaterThan(25));

  it.each(quoted.map((d) => [d.where, d.parameter] as const))('%s: the quote stands verbatim in its source', (_where, parameter) => {
    const provenance = parameter.provenance as { source: string; quote: string };
    expect(documentText(provenance.source)).toContain(normaliseWhitespace(provenance.quote));
  });

  const sourced = definitions.filter(({ parameter: p }) => p.provenance.kind === 'sourced' && p.value !== 0);
  it.each(sourced.map((d) => [d.where, d.parameter] as const))('%s: the quote states the value', (_where, parameter) => {
    const provenance = parameter.provenance as { quote: string };
    expect(quoteStatesValue(parameter.value!, parameter.unit, provenance.quote), `${parameter.value} in "${provenance.quote}"`).toBe(true);
  });

  it('gives every illustrative figure a reason in both languages', () => {
    for (const { where, parameter } of definitions) {
      if (parameter.provenance.kind !== 'illustrative') continue;
      expect(parameter.provenance.reason.sv.length, where).toBeGreaterThan(20);
      expect(parameter.provenance.reason.en.length, where).toBeGreaterThan(20);
    }
  });

  it('names the seed file of every seed source, and the file exists', () => {
    for (const source of catalog.sources.values()) {
      if (source.kind === 'seed') expect(seedText(source.file!).length, source.id).toBeGreaterThan(500);
    }
  });

  it('marks as illustrative any figure derived from an illustrative one', () => {
    const fee2019 = catalog.get('stockholm-2019')!.parameters.visitFeeListed;
    expect(fee2019.provenance.kind).toBe('derived');
    expect(fee2019.illustrative).toBe(true);
    const budget2022 = catalog.get('stockholm-2022')!.parameters.clinicBudget;
    expect(budget2022.provenance.kind).toBe('derived');
    expect(budget2022.illustrative).toBe(false);
    expect(catalog.get('stockholm-2022')!.parameters.otherPayPerPatient.illustrative).toBe(true);
  });

  it('explains the basis of every clinic default in both languages', () => {
    for (const language of ['sv', 'en']) {
      const ui = JSON.parse(readFileSync(`${RULES_DIRECTORY}../locales/${language}/ui.json`, 'utf8'));
      for (const field of CLINIC_FIELDS) expect(ui.clinic.fields[field.id].defaultBasis?.length, `${language} ${field.id}`).toBeGreaterThan(30);
    }
  });

  it('gives every clinic default a provenance, sourced ones with a quote stating the value', () => {
    for (const field of CLINIC_FIELDS) {
      const provenance = field.defaultProvenance;
      if (provenance.kind === 'sourced') {
        expect(documentText(provenance.source)).toContain(provenance.quote);
        expect(quoteStatesValue(field.default, field.format === 'percent' ? 'share' : 'count', provenance.quote), field.id).toBe(true);
      }
    }
  });
});

describe('the quote check itself', () => {
  it('finds figures written the Swedish way and rejects absent ones', () => {
    expect(quoteStatesValue(2200, 'patients/doctor', 'fastställs till 2 200 patienter/läkare')).toBe(true);
    expect(quoteStatesValue(1.15, 'ratio', 'sänks från 1,2 till 1,15.')).toBe(true);
    expect(quoteStatesValue(0.75, 'share', 'från 70 till 75 procent')).toBe(true);
    expect(quoteStatesValue(252e6, 'SEK/year', 'med 4 % eller 252 miljoner kronor')).toBe(true);
    expect(quoteStatesValue(3, 'days', 'inom tre dagar')).toBe(true);
    expect(quoteStatesValue(2300, 'patients/doctor', 'fastställs till 2 200 patienter/läkare')).toBe(false);
    expect(quoteStatesValue(100, 'patients', 'max 1100 invånare')).toBe(false);
    expect(quoteStatesValue(0.8, 'share', 'about 80 %')).toBe(true);
    expect(quoteStatesValue(0.62, 'share', '1 336 526 (62.2 %) listed')).toBe(false);
  });
});
