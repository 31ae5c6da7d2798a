import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isContentHashed, precacheEntries, precacheVersion, rulesDate } from '../../scripts/offline/precache.ts';
import { serviceWorkerSource } from '../../scripts/offline/service-worker.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const BUILD = [
  'index.html',
  'en/index.html',
  'fraga/index.html',
  'en/question/index.html',
  'steg-for-steg/index.html',
  'assets/index-BfR2x_9a.js',
  'assets/main-Cq1x0abc.js',
  'assets/ui-ByLFaxFQ.js',
  'assets/sweep.worker-D3adBeef.js',
  'assets/index-BfR2x_9a.js.map',
  'rules/archive/stockholm-2022~b15622ba.json',
  'favicon.svg',
  'embed.js',
  'sw.js',
  '.vite/manifest.json',
  'oembed/sv/default.json',
  'cards/en/default.png',
];

describe('the precache list', () => {
  it('holds every page as its folder, the chunks, the archive and the icon, sorted', () => {
    expect(precacheEntries(BUILD)).toEqual([
      '',
      'assets/index-BfR2x_9a.js',
      'assets/main-Cq1x0abc.js',
      'assets/sweep.worker-D3adBeef.js',
      'assets/ui-ByLFaxFQ.js',
      'en/',
      'en/question/',
      'favicon.svg',
      'fraga/',
      'rules/archive/stockholm-2022~b15622ba.json',
      'steg-for-steg/',
    ]);
  });

  it('leaves out the manifest, the worker itself, source maps and what only other sites fetch', () => {
    const entries = precacheEntries(BUILD);
    for (const left of ['sw.js', 'embed.js', '.vite/manifest.json', 'oembed/sv/default.json', 'cards/en/default.png', 'assets/index-BfR2x_9a.js.map'])
      expect(entries).not.toContain(left);
  });

  it('takes Windows separators and gives each entry once', () => {
    expect(precacheEntries(['en\\index.html', 'en/index.html', 'assets\\a-12345678.js'])).toEqual(['assets/a-12345678.js', 'en/']);
  });

  it('tells hashed chunk names from files that need their content hashed', () => {
    expect(isContentHashed('assets/index-BfR2x_9a.js')).toBe(true);
    expect(isContentHashed('assets/sweep.worker-D3adBeef.js')).toBe(true);
    expect(isContentHashed('en/')).toBe(false);
    expect(isContentHashed('favicon.svg')).toBe(false);
    expect(isContentHashed('rules/archive/stockholm-2022~b15622ba.json')).toBe(false);
  });
});

describe('the precache version', () => {
  const entries = precacheEntries(BUILD);
  const files = { '': 'a1', 'en/': 'b2', 'favicon.svg': 'c3' };
  const rules = { 'stockholm-2022': 'b15622ba', 'stockholm-2026': '0badf00d' };
  const version = precacheVersion(entries, files, rules, sha256);

  it('is a short hex hash, the same for the same build whatever the order', () => {
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(
      precacheVersion([...entries].reverse(), { 'favicon.svg': 'c3', 'en/': 'b2', '': 'a1' }, { 'stockholm-2026': '0badf00d', 'stockholm-2022': 'b15622ba' }, sha256),
    ).toBe(version);
  });

  it('changes with the list, with a page’s content and with a rule set’s content hash', () => {
    expect(precacheVersion([...entries, 'assets/new-12345678.js'], files, rules, sha256)).not.toBe(version);
    expect(precacheVersion(entries, { ...files, 'en/': 'changed' }, rules, sha256)).not.toBe(version);
    expect(precacheVersion(entries, files, { ...rules, 'stockholm-2026': 'feedface' }, sha256)).not.toBe(version);
  });

  it('names the rules by their newest updated date', () => {
    expect(rulesDate(['2026-01-15', '2026-11-29', '2025-12-01'])).toBe('2026-11-29');
    expect(rulesDate([])).toBe('');
  });
});

describe('the service worker script', () => {
  const source = serviceWorkerSource({ version: 'abc123', rules: '2026-11-29', entries: ['', 'en/', 'assets/a-12345678.js'] });

  it('carries its version, rules date and list as data, and parses as a script', () => {
    expect(source).toContain('const VERSION = "abc123";');
    expect(source).toContain('const RULES = "2026-11-29";');
    expect(source).toContain('const ENTRIES = ["","en/","assets/a-12345678.js"];');
    expect(() => new Function(source)).not.toThrow();
  });

  it('imports nothing and evaluates nothing, so the CSP needs no change', () => {
    expect(source).not.toMatch(/\bimportScripts\b|\beval\(|new Function|^import /m);
  });
});
