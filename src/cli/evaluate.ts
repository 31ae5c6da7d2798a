// npm run evaluate -- --rules <id> [--rules <id> …] --clinic <file.json | inline JSON> [--format json|csv] [--lang en|sv]
// npm run evaluate -- --region [--gps N] [--residents N]
// npm run evaluate -- --budgets [--rules <id> …]
//
// Prints each rule set's result for one clinic with the same core the page
// uses. JSON output is an array with one object per rule set; amounts are
// SEK a year. With --region it prints one object: how many of the region's
// residents N full-time GPs could take at 1 100 each. Bad input prints a
// message naming the field or option and exits 2.

import { parseArgs } from 'node:util';
import { parseClinicInput } from '../lib/clinic/validate.ts';
import { budgetCheck } from '../lib/engine/budget.ts';
import { createEngine } from '../lib/engine/decide.ts';
import { RuleSetEvaluator } from '../lib/engine/evaluator.ts';
import { RangeEvaluator, type ValueRange } from '../lib/engine/range.ts';
import type { RuleSetResult } from '../lib/engine/types.ts';
import { resultsToCsv } from '../lib/format/csv.ts';
import { formulaText, ruleSetName, traceText } from '../lib/format/explain.ts';
import type { Language } from '../lib/format/numbers.ts';
import type { Translate } from '../lib/format/translate.ts';
import { createI18n, translator } from '../lib/i18n/create.ts';
import type { Catalog } from '../lib/rules/catalog.ts';
import { formatProblem } from '../lib/rules/errors.ts';
import type { ResolvedRuleSet } from '../lib/rules/types.ts';
import { GP_PLAN, GUIDE_VALUE } from '../lib/region/data.ts';
import { DERIVED } from '../lib/region/derived.ts';
import { CLI_RANGES, coverage, LATEST_RESIDENTS } from '../lib/region/region.ts';
import { readLocaleBundle } from './locales.ts';
import { catalogFromDisk } from './rule-files.ts';

export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

const USAGE = `Usage: npm run evaluate -- --rules <id> [--rules <id> …] --clinic <file.json | '{"listedPatients": 12000}'> [--format json|csv] [--lang en|sv]
       npm run evaluate -- --region [--gps N] [--residents N]
       npm run evaluate -- --budgets [--rules <id> …]
       npm run evaluate -- --list`;

export async function runEvaluate(argv: string[], io: CommandIO, catalog: Catalog = catalogFromDisk()): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        rules: { type: 'string', multiple: true },
        clinic: { type: 'string' },
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'en' },
        list: { type: 'boolean', default: false },
        budgets: { type: 'boolean', default: false },
        region: { type: 'boolean', default: false },
        gps: { type: 'string' },
        residents: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  if (options.region) {
    if (options.rules || options.clinic !== undefined || options.list) {
      io.err(`--region answers for the whole region: it takes --gps and --residents, not --rules, --clinic or --list\n${USAGE}`);
      return 2;
    }
    if (options.format !== 'json') {
      io.err(`--region prints JSON only, got --format ${options.format}`);
      return 2;
    }
    return runRegion(options.gps, options.residents, io);
  }
  if (options.gps !== undefined || options.residents !== undefined) {
    io.err(`--gps and --residents go with --region\n${USAGE}`);
    return 2;
  }
  for (const broken of catalog.broken) {
    io.err(`warning: rule set "${broken.id}" is unavailable:\n  ${broken.problems.map(formatProblem).join('\n  ')}`);
  }
  const known = catalog.ruleSets.map((r) => r.id);
  if (options.list) {
    io.out(known.join('\n'));
    return 0;
  }
  if (options.format !== 'json' && options.format !== 'csv') {
    io.err(`--format must be json or csv, got "${options.format}"`);
    return 2;
  }
  if (options.lang !== 'en' && options.lang !== 'sv') {
    io.err(`--lang must be en or sv, got "${options.lang}"`);
    return 2;
  }
  const ids = (options.rules ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  if (options.budgets) {
    if (options.clinic !== undefined) {
      io.err(`--budgets uses the region's average clinic; it takes no --clinic\n${USAGE}`);
      return 2;
    }
    return runBudgets(ids.length ? ids : known, catalog, io);
  }
  if (!ids.length) {
    io.err(`Name at least one rule set with --rules. Known rule sets: ${known.join(', ')}\n${USAGE}`);
    return 2;
  }
  const unknown = ids.filter((id) => !catalog.get(id));
  if (unknown.length) {
    io.err(`Unknown rule set${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known rule sets: ${known.join(', ')}`);
    return 2;
  }

  const clinicInput = readClinicArgument(options.clinic, io);
  if (!clinicInput.ok) {
    io.err(clinicInput.message);
    return 2;
  }
  const parsed = parseClinicInput(clinicInput.value);
  if (!parsed.ok) {
    io.err(`Invalid clinic:\n  ${parsed.problems.map((p) => p.message).join('\n  ')}`);
    return 2;
  }

  const ruleSets = ids.map((id) => catalog.get(id)!);
  const evaluator = new RuleSetEvaluator({ createEngine });
  const results = await evaluator.evaluateAll(ruleSets, parsed.clinic);
  if (options.format === 'csv') {
    io.out(resultsToCsv(results).trimEnd());
    return 0;
  }
  const language = options.lang as Language;
  const t = translator(createI18n(language, readLocaleBundle(language)));
  const ranges = new RangeEvaluator(catalog, evaluator);
  const described = [];
  for (const [i, result] of results.entries()) {
    const range = result.illustrative ? await ranges.totalRange(ruleSets[i], parsed.clinic, result.total) : undefined;
    described.push(describeResult(result, ruleSets[i], language, t, range));
  }
  io.out(JSON.stringify(described, null, 2));
  return 0;
}

/** Each rule set's average clinic multiplied out to the region, against its year's budget. */
async function runBudgets(ids: string[], catalog: Catalog, io: CommandIO): Promise<number> {
  const unknown = ids.filter((id) => !catalog.get(id));
  if (unknown.length) {
    io.err(`Unknown rule set${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known rule sets: ${catalog.ruleSets.map((r) => r.id).join(', ')}`);
    return 2;
  }
  const evaluator = new RuleSetEvaluator({ createEngine });
  const checks = [];
  for (const id of ids) {
    const ruleSet = catalog.get(id)!;
    const check = await budgetCheck(catalog, evaluator, ruleSet);
    if (!check) continue;
    const budgetRange = catalog.get(check.budgetYear)?.parameters.clinicBudget.range ?? null;
    checks.push({ ...check, budgetRange });
  }
  io.out(JSON.stringify(checks, null, 2));
  return 0;
}

/** The region's coverage at 1 100 residents per GP, as one JSON object. */
function runRegion(gpsOption: string | undefined, residentsOption: string | undefined, io: CommandIO): number {
  const gps = numberOption('--gps', gpsOption, CLI_RANGES.gps, false);
  const residents = numberOption('--residents', residentsOption, CLI_RANGES.residents, true);
  if (!gps.ok || !residents.ok) {
    io.err([gps, residents].flatMap((option) => (option.ok ? [] : [option.message])).join('\n'));
    return 2;
  }
  const given = (option: string) => ({ kind: 'input', option });
  const figures = coverage(gps.value ?? GP_PLAN.from.value, residents.value ?? LATEST_RESIDENTS.value, GUIDE_VALUE.value);
  io.out(
    JSON.stringify(
      {
        ...figures,
        guideValue: GUIDE_VALUE.value,
        provenance: {
          gps: gps.value === undefined ? { ...GP_PLAN.from.provenance, year: GP_PLAN.from.year } : given('--gps'),
          residents: residents.value === undefined ? { ...LATEST_RESIDENTS.provenance, date: LATEST_RESIDENTS.date } : given('--residents'),
          guideValue: GUIDE_VALUE.provenance,
          residentsPerGp: DERIVED.residentsPerGp,
          shareCoveredAt1100: DERIVED.shareCoveredAt1100,
          gpsNeededFor1100: DERIVED.gpsNeededFor1100,
        },
      },
      null,
      2,
    ),
  );
  return 0;
}

type NumberOption = { ok: true; value: number | undefined } | { ok: false; message: string };

/** A number given on the command line, within its range; undefined when the option is absent. */
function numberOption(name: string, raw: string | undefined, range: { min: number; max: number }, whole: boolean): NumberOption {
  if (raw === undefined) return { ok: true, value: undefined };
  const allowed = `${range.min}–${range.max}`;
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    return { ok: false, message: `${name} must be a ${whole ? 'whole number' : 'number'} in ${allowed}, got "${raw}"` };
  }
  if (value < range.min || value > range.max) return { ok: false, message: `${name} = ${raw.trim()} is out of range; allowed ${allowed}` };
  return { ok: true, value };
}

function readClinicArgument(argument: string | undefined, io: CommandIO): { ok: true; value: unknown } | { ok: false; message: string } {
  if (argument === undefined) return { ok: true, value: {} };
  const inline = /^\s*[{[]/.test(argument);
  let text: string;
  try {
    text = inline ? argument : io.readFile(argument);
  } catch (error) {
    return { ok: false, message: `Cannot read the clinic file "${argument}": ${(error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `The clinic ${inline ? 'argument' : `file "${argument}"`} is not valid JSON: ${(error as Error).message}` };
  }
}

/** The stable JSON shape for scripts: the core's result plus names and explanations in words. */
function describeResult(result: RuleSetResult, ruleSet: ResolvedRuleSet, language: Language, t: Translate, range?: ValueRange) {
  return {
    ruleSet: result.ruleSet,
    name: ruleSetName(ruleSet, t),
    kind: ruleSet.kind,
    date: ruleSet.date,
    contentHash: result.contentHash,
    total: result.total,
    // Only where an illustrative figure drives the total: low and high over every uncertain figure's range.
    ...(range ? { totalRange: [range.low, range.high] as [number, number] } : {}),
    perListedPatient: result.perListedPatient,
    illustrative: result.illustrative,
    components: result.components.map((component, i) => ({
      id: component.id,
      name: t(`rules:components.${component.id}.name`),
      amount: component.amount,
      applies: component.applies,
      illustrative: component.illustrative,
      formula: component.formula,
      formulaText: formulaText(component, language, t),
      why: traceText(result.trace[i], language, t),
      terms: component.terms,
      provenance: component.provenance,
    })),
    continuity: result.continuity,
    trace: result.trace,
    notModelled: ruleSet.notModelled.map((item) => ({ source: item.source, text: item.text[language], definedIn: item.definedIn })),
  };
}

