/** A problem in a rule-set file, named by file, JSON path and what is wrong. */
export interface RuleSetProblem {
  /** File name under rules/, e.g. "stockholm-2022.json". */
  file: string;
  /** JSON path into that file, e.g. "$.components[2].when.all[0].operator". */
  path: string;
  message: string;
}

export function formatProblem(problem: RuleSetProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** Appends a property name or array index to a JSON path. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
