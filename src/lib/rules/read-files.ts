// Step one of loading: each file on its own. Parse it, validate it against
// the JSON Schema, check what can be checked without its relatives (sources
// exist, values present, formulas parse), and index it by id.

import { childPath, type RuleSetProblem } from './errors.ts';
import { parseExpression, ExpressionError } from './expression.ts';
import { validateAgainstSchema, type JsonSchema } from './json-schema.ts';
import { parseJsonFile } from './parse.ts';
import type { ParameterDefinition, RuleSetChanges, RuleSetFile, SourceDocument } from './types.ts';

export interface RuleSetFileText {
  /** File name, e.g. "stockholm-2022.json". */
  file: string;
  text: string;
}

export interface ReadFiles {
  byId: Map<string, { file: string; data: RuleSetFile }>;
  /** Problems by file name. */
  problems: Map<string, RuleSetProblem[]>;
}

export function readRuleSetFiles(
  files: readonly RuleSetFileText[],
  schema: JsonSchema,
  sources: ReadonlyMap<string, SourceDocument>,
): ReadFiles {
  const byId = new Map<string, { file: string; data: RuleSetFile }>();
  const problems = new Map<string, RuleSetProblem[]>();
  const report = (problem: RuleSetProblem) => {
    problems.set(problem.file, [...(problems.get(problem.file) ?? []), problem]);
  };

  for (const { file, text } of files) {
    const parsed = parseJsonFile(file, text);
    if (!parsed.ok) {
      report(parsed.problem);
      continue;
    }
    const schemaProblems = validateAgainstSchema(parsed.value, schema);
    if (schemaProblems.length) {
      for (const problem of schemaProblems) report({ file, ...problem });
      continue;
    }
    const data = parsed.value as RuleSetFile;
    const expectedFile = `${data.id}.json`;
    if (baseName(file) !== expectedFile) {
      report({ file, path: '$.id', message: `the id "${data.id}" must match the file name (${expectedFile})` });
      continue;
    }
    const duplicate = byId.get(data.id);
    if (duplicate) {
      report({ file, path: '$.id', message: `the id "${data.id}" is already used by ${duplicate.file}` });
      continue;
    }
    const own = checkFile(file, data, sources);
    own.forEach(report);
    if (!own.length) byId.set(data.id, { file, data });
  }
  return { byId, problems };
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
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
