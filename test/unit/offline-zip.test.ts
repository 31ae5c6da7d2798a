import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../scripts/offline/zip.ts';

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

const entries = [
  { name: 'vardpengen/index.html', data: Buffer.from('<!doctype html><title>Vårdpengen</title>'.repeat(50)) },
  { name: 'vardpengen/assets/å ä ö.js', data: Buffer.from('console.log("hej")') },
  { name: 'vardpengen/empty.txt', data: Buffer.alloc(0) },
];

describe('the zip writer', () => {
  it('writes what it reads back, names in UTF-8, compressed', () => {
    const zip = writeZip(entries);
    expect(readZip(zip)).toEqual(entries);
    expect(zip.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0));
  });

  it('is deterministic: the same files make the same bytes', () => {
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('notices a damaged entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('stored as it is, for the check') }]);
    const damaged = Buffer.from(zip);
    damaged[30 + 'a.txt'.length + 2] ^= 0xff;
    expect(() => readZip(damaged)).toThrow();
  });

  it.skipIf(!hasPython())('is a zip that Python’s zipfile (another reader) accepts', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      writeFileSync(join(folder, 'test.zip'), writeZip(entries));
      const listing = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', join(folder, 'test.zip')], { encoding: 'utf8' });
      expect(listing.trim().split('\n')).toEqual(entries.map((entry) => entry.name));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
