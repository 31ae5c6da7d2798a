import type { RuleSetProblem } from './errors.ts';

export type ParseResult = { ok: true; value: unknown } | { ok: false; problem: RuleSetProblem };

/** Parses a rule-set file, turning a syntax error into a problem with line and column. */
export function parseJsonFile(file: string, text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, path: '$', message: `not valid JSON: ${withLineAndColumn(message, text)}` } };
  }
}

/** V8 reports "at position N"; readers of a JSON file want line and column. */
function withLineAndColumn(message: string, text: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}
