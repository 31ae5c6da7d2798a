// The checks that make a rule set trustworthy: the JSON Schema, what each
// file can be checked for on its own (sources exist, values present,
// formulas parse), and what needs the resolved rule set (check-level.ts).
// The tests, the command line and the build run them; the browser trusts the
// build's verdict (see bundled.ts), so none of this is in the page's bundle.

import { checkLevel } from './check-level.ts';
import { childPath, type RuleSetProblem } from './errors.ts';
import { parseExpression, ExpressionError } from './expression.ts';
import { validateAgainstSchema, type JsonSchema } from './json-schema.ts';
import type { FileValidation } from './read-files.ts';
import type { ParameterEvaluator, Level } from './resolve.ts';
import type { ParameterDefinition, RuleSetChanges, RuleSetFile, SourceDocument } from './types.ts';

export interface CatalogValidation {
  file: FileValidation;
  level: (level: Level, evaluator: ParameterEvaluator) => RuleSetProblem[];
}

export function fullValidation(schema: JsonSchema): CatalogValidation {
  return {
    file(file, value, sources) {
      const schemaProblems = validateAgainstSchema(value, schema);
      if (schemaProblems.length) return schemaProblems.map((problem) => ({ file, ...problem }));
      return checkFile(file, value as RuleSetFile, sources);
    },
    level: checkLevel,
  };
}

function checkFile(file: string, data: RuleSetFile, sources: ReadonlyMap<string, SourceDocument>): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  if (data.mainSource && !sources.has(data.mainSource)) {
    problems.push({ file, path: '$.mainSource', message: unknownSource(data.mainSource, sources) });
  }
  if (data.kind === 'base' && data.variants) {
    problems.push({ file, path: '$.variants', message: 'a base rule set is not selectable and cannot have variants' });
  }
  if (data.kind !== 'base' && !data.date) {
    problems.push({ file, path: '$', message: 'missing required property "date" (when the rules apply or the proposal was made)' });
  }
  checkChanges(file, '$', data, sources, problems);
  for (const [variant, changes] of Object.entries(data.variants ?? {})) {
    checkChanges(file, childPath('$.variants', variant), changes, sources, problems);
  }
  return problems;
}

function checkChanges(
  file: string,
  path: string,
  changes: RuleSetChanges,
  sources: ReadonlyMap<string, SourceDocument>,
  problems: RuleSetProblem[],
) {
  for (const [id, parameter] of Object.entries(changes.parameters ?? {})) {
    checkParameter(file, childPath(childPath(path, 'parameters'), id), parameter, sources, problems);
  }
  const seen = new Set<string>();
  (changes.components ?? []).forEach((component, index) => {
    if (seen.has(component.id)) {
      problems.push({ file, path: childPath(childPath(childPath(path, 'components'), index), 'id'), message: `the component "${component.id}" appears twice` });
    }
    seen.add(component.id);
  });
}

function checkParameter(
  file: string,
  path: string,
  parameter: ParameterDefinition,
  sources: ReadonlyMap<string, SourceDocument>,
  problems: RuleSetProblem[],
) {
  const provenance = parameter.provenance;
  const provenancePath = childPath(path, 'provenance');
  if (provenance.kind === 'derived') {
    if (parameter.value !== undefined) {
      problems.push({ file, path: childPath(path, 'value'), message: 'a derived parameter takes its value from its formula; remove "value"' });
    }
    try {
      parseExpression(provenance.formula);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      problems.push({ file, path: childPath(provenancePath, 'formula'), message: `the formula cannot be read: ${error.message}` });
    }
  } else if (parameter.value === undefined) {
    problems.push({ file, path, message: `missing "value" (only a derived parameter may omit it)` });
  }
  if ((provenance.kind === 'sourced' || provenance.kind === 'derived') && provenance.source && !sources.has(provenance.source)) {
    problems.push({ file, path: childPath(provenancePath, 'source'), message: unknownSource(provenance.source, sources) });
  }
}

function unknownSource(id: string, sources: ReadonlyMap<string, SourceDocument>): string {
  return `unknown source "${id}"; sources are listed in rules/sources.json (${[...sources.keys()].join(', ')})`;
}
