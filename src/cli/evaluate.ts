// npm run evaluate -- --rules <id> [--rules <id> …] --clinic <file.json | inline JSON> [--format json|csv] [--lang en|sv]
//
// Prints each rule set's result for one clinic with the same core the page
// uses. JSON output is an array with one object per rule set; amounts are
// SEK a year. Bad input prints a message naming the field and exits 2.

import { parseArgs } from 'node:util';
import { parseClinicInput } from '../lib/clinic/validate.ts';
import { RuleSetEvaluator } from '../lib/engine/evaluator.ts';
import type { RuleSetResult } from '../lib/engine/types.ts';
import { resultsToCsv } from '../lib/format/csv.ts';
import { formulaText, ruleSetName, traceText } from '../lib/format/explain.ts';
import type { Language } from '../lib/format/numbers.ts';
import type { Translate } from '../lib/format/translate.ts';
import { createI18n, translator } from '../lib/i18n/create.ts';
import type { Catalog } from '../lib/rules/catalog.ts';
import { formatProblem } from '../lib/rules/errors.ts';
import type { ResolvedRuleSet } from '../lib/rules/types.ts';
import { readLocaleBundle } from './locales.ts';
import { catalogFromDisk } from './rule-files.ts';

export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

const USAGE = `Usage: npm run evaluate -- --rules <id> [--rules <id> …] --clinic <file.json | '{"listedPatients": 12000}'> [--format json|csv] [--lang en|sv]
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
  const results = await new RuleSetEvaluator().evaluateAll(ruleSets, parsed.clinic);
  if (options.format === 'csv') {
    io.out(resultsToCsv(results).trimEnd());
    return 0;
  }
  const language = options.lang as Language;
  const t = translator(createI18n(language, readLocaleBundle(language)));
  io.out(JSON.stringify(results.map((result, i) => describeResult(result, ruleSets[i], language, t)), null, 2));
  return 0;
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
function describeResult(result: RuleSetResult, ruleSet: ResolvedRuleSet, language: Language, t: Translate) {
  return {
    ruleSet: result.ruleSet,
    name: ruleSetName(ruleSet, t),
    kind: ruleSet.kind,
    date: ruleSet.date,
    contentHash: result.contentHash,
    total: result.total,
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
  };
}

