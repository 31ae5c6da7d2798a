// Step one of loading: each file on its own. Parse it, validate it (when a
// validation is given: see validation.ts), and index it by id.

import type { RuleSetProblem } from './errors.ts';
import { parseJsonFile } from './parse.ts';
import type { RuleSetFile, SourceDocument } from './types.ts';

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

/** Checks of one parsed file on its own; problems make the file unusable. */
export type FileValidation = (file: string, value: unknown, sources: ReadonlyMap<string, SourceDocument>) => RuleSetProblem[];

export function readRuleSetFiles(
  files: readonly RuleSetFileText[],
  sources: ReadonlyMap<string, SourceDocument>,
  validate?: FileValidation,
): ReadFiles {
  const byId = new Map<string, { file: string; data: RuleSetFile }>();
  const problemsByFile = new Map<string, RuleSetProblem[]>();
  const report = (problem: RuleSetProblem) => {
    problemsByFile.set(problem.file, [...(problemsByFile.get(problem.file) ?? []), problem]);
  };

  for (const { file, text } of files) {
    const parsed = parseJsonFile(file, text);
    if (!parsed.ok) {
      report(parsed.problem);
      continue;
    }
    const problems = validate?.(file, parsed.value, sources) ?? [];
    if (problems.length) {
      problems.forEach(report);
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
    byId.set(data.id, { file, data });
  }
  return { byId, problems: problemsByFile };
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
