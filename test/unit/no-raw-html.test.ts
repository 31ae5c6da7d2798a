// Nothing from the address or the rules may reach the page as HTML: the app
// renders text only (Svelte escapes it). This fails if raw HTML creeps in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/paths.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(svelte|ts|js)$/.test(name) ? [path] : [];
  });
}

describe('the page renders no raw HTML', () => {
  const files = sourceFiles(join(PROJECT_ROOT, 'src'));

  it('has sources to check', () => expect(files.length).toBeGreaterThan(50));

  it.each([
    ['{@html', /\{@html/],
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval / new Function', /\beval\(|new Function\(/],
  ])('uses no %s', (_name, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
