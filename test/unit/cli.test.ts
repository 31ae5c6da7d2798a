import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import { catalog } from '../helpers/rules.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = { 'clinic.json': '{"listedPatients": 8000, "doctors": 4}' };
  const code = await runEvaluate(
    argv,
    {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readFile: (path) => {
        if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
        return files[path];
      },
    },
    catalog,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run evaluate', () => {
  it('prints a JSON array with one object per rule set, in the documented shape', async () => {
    const { code, out, err } = await run('--rules', 'stockholm-2022', '--rules', 'proposal-l-2022', '--clinic', '{"namedDoctorShare": 0.8, "narakutRatio": 1.3}');
    expect(err).toBe('');
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results.map((r: { ruleSet: string }) => r.ruleSet)).toEqual(['stockholm-2022', 'proposal-l-2022']);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['ruleSet', 'total', 'perListedPatient', 'components', 'continuity', 'trace']));
      expect(result.total).toBeCloseTo(result.components.reduce((s: number, c: { amount: number }) => s + c.amount, 0), 6);
      const ids = result.components.map((c: { id: string }) => c.id);
      expect(ids).toContain('named-doctor-bonus');
      const narakut = result.components.find((c: { id: string }) => c.id === 'narakut-cost-responsibility');
      expect(narakut.amount).toBeLessThan(0);
      for (const c of result.components) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'amount', 'provenance', 'formulaText', 'why']));
      }
      expect(Object.keys(result.continuity)).toEqual(
        expect.arrayContaining(['patientsPerDoctor', 'namedDoctorShare', 'namedDoctorTarget', 'patientCap', 'doctorsFor1100']),
      );
      expect(result.continuity.doctorsFor1100).toBeCloseTo(10000 / 1100, 10);
    }
  });

  it('says what it would take in the continuity object: doctors for the cap, the share for the bonus, the bonus if earned', async () => {
    const { out } = await run('--rules', 'stockholm-2019,stockholm-2021,stockholm-2022');
    const [c2019, c2021, c2022] = JSON.parse(out).map((r: { continuity: Record<string, unknown> }) => r.continuity);
    expect(c2022.doctorsForCap).toBeCloseTo(10000 / 2200, 10);
    expect(c2021.doctorsForCap).toBeCloseTo(10000 / 2300, 10);
    expect(c2022).toMatchObject({ namedDoctorShareForBonus: 0.75, bonusIfEarned: 40000 });
    expect(c2021).toMatchObject({ namedDoctorShareForBonus: 0.7, bonusIfEarned: 20000 });
    expect(c2019).toMatchObject({ doctorsForCap: null, namedDoctorShareForBonus: null, bonusIfEarned: null });
  });

  it('prints an array also for a single rule set, with the formula in words', async () => {
    const { out } = await run('--rules', 'stockholm-2022', '--clinic', '{"namedDoctorShare": 0.76, "doctors": 5}');
    const [result] = JSON.parse(out);
    const bonus = result.components.find((c: { id: string }) => c.id === 'named-doctor-bonus');
    expect(bonus.amount).toBe(40000);
    expect(bonus.formulaText).toBe('10,000 listed × SEK\u00a04 per listed patient a year = SEK\u00a040,000');
    expect(bonus.why).toBe('Applies: share listed on a named doctor is 76%, at least 75% and listed patients per doctor is 2,000, at most 2,200.');
  });

  it('explains in Swedish with --lang sv', async () => {
    const { out } = await run('--rules', 'stockholm-2022', '--clinic', '{"namedDoctorShare": 0.7}', '--lang', 'sv');
    const [result] = JSON.parse(out);
    const bonus = result.components.find((c: { id: string }) => c.id === 'named-doctor-bonus');
    expect(bonus.name).toBe('Bonus för namngiven läkare');
    expect(bonus.why).toBe('Gäller inte: andel listade på namngiven läkare är 70\u00a0%, kräver minst 75\u00a0%.');
  });

  it('reads the clinic from a file, and takes defaults for missing fields', async () => {
    const [fromFile] = JSON.parse((await run('--rules', 'stockholm-2021', '--clinic', 'clinic.json')).out);
    expect(fromFile.continuity.patientsPerDoctor).toBe(2000);
    const [defaults] = JSON.parse((await run('--rules', 'stockholm-2021')).out);
    expect(defaults.continuity.namedDoctorShare).toBe(0.62);
  });

  it('prints CSV with --format csv', async () => {
    const { out, code } = await run('--rules', 'stockholm-2022', '--format', 'csv');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('ruleSet,row,amountSek,applies,illustrative');
    expect(lines).toContain('stockholm-2022,named-doctor-bonus,0,false,false');
    expect(lines.at(-3)).toMatch(/^stockholm-2022,total,\d+(\.\d+)?,true,true$/);
    expect(lines.at(-1)).toBe('stockholm-2022,bonusIfEarned,40000,false,false');
    const [, ...rows2019] = (await run('--rules', 'stockholm-2019', '--format', 'csv')).out.split('\n');
    expect(rows2019.some((line) => line.includes('bonusIfEarned'))).toBe(false);
  });

  it.each([
    [['--rules', 'stockholm-2022', '--clinic', '{"listedPatients": 100}'], /listedPatients = 100 is out of range; allowed 500–40000/],
    [['--rules', 'stockholm-2022', '--clinic', '{"doctors": "five"}'], /doctors must be a number in 0\.5–40, got "five"/],
    [['--rules', 'stockholm-2022', '--clinic', '{"nurses": 3}'], /unknown field "nurses"; known fields: listedPatients, doctors/],
    [['--rules', 'stockholm-2022', '--clinic', '{"doctors": 5'], /not valid JSON/],
    [['--rules', 'stockholm-2022', '--clinic', 'missing.json'], /Cannot read the clinic file "missing\.json"/],
    [['--rules', 'stockholm-2022', '--clinic', '[1, 2]'], /must be a JSON object/],
    [['--rules', 'stockholm-2027'], /Unknown rule set: stockholm-2027\. Known rule sets: stockholm-2019, stockholm-2020, stockholm-2021, stockholm-2022/],
    [['--clinic', '{}'], /Name at least one rule set with --rules/],
    [['--rules', 'stockholm-2022', '--format', 'xml'], /--format must be json or csv/],
    [['--rules', 'stockholm-2022', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j with a clear message, exit code 2 and no result', async (argv, message) => {
    const { code, out, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message as RegExp);
  });

  describe('--region', () => {
    it('prints one JSON object for the region: 1 240 GPs cover about 55 % of the 2.47 M residents at 1 100 each', async () => {
      const { code, out, err } = await run('--region');
      expect(err).toBe('');
      expect(code).toBe(0);
      const region = JSON.parse(out);
      expect(Object.keys(region)).toEqual(
        expect.arrayContaining(['gps', 'residents', 'residentsPerGp', 'shareCoveredAt1100', 'gpsNeededFor1100', 'provenance']),
      );
      expect(region).toMatchObject({ gps: 1240, residents: 2473307 });
      expect(Math.round(region.shareCoveredAt1100 * 100)).toBe(55);
      expect(region.gpsNeededFor1100).toBeCloseTo(2473307 / 1100, 10);
      expect(region.residentsPerGp).toBeCloseTo(2473307 / 1240, 10);
      expect(region.provenance.gps).toMatchObject({ kind: 'sourced', source: 'seed-s-2024-action-plan' });
      expect(region.provenance.residents).toMatchObject({ kind: 'sourced', source: 'region-stockholm-population', date: '2024-12-31' });
      expect(region.provenance.shareCoveredAt1100).toMatchObject({ kind: 'derived', formula: 'min(1, GPs × 1 100 ÷ residents)' });
    });

    it('takes --gps and --residents, covers at most everyone, and marks given figures as input', async () => {
      const some = JSON.parse((await run('--region', '--gps', '1600')).out);
      expect(Math.round(some.shareCoveredAt1100 * 100)).toBe(71);
      const all = JSON.parse((await run('--region', '--gps', '3000', '--residents', '2000000')).out);
      expect(all).toMatchObject({ gps: 3000, residents: 2000000, shareCoveredAt1100: 1 });
      expect(all.provenance.gps).toEqual({ kind: 'input', option: '--gps' });
      expect(all.provenance.residents).toEqual({ kind: 'input', option: '--residents' });
      expect(JSON.parse((await run('--region', '--gps=1240.5')).out).gps).toBe(1240.5);
    });

    it.each([
      [['--region', '--gps', 'many'], /--gps must be a number in 1–100000, got "many"/],
      [['--region', '--gps', '0'], /--gps = 0 is out of range; allowed 1–100000/],
      [['--region', '--gps', ''], /--gps must be a number/],
      [['--region', '--gps', 'Infinity'], /--gps must be a number/],
      [['--region', '--gps=-3'], /--gps = -3 is out of range; allowed 1–100000/],
      [['--region', '--residents', '999'], /--residents = 999 is out of range; allowed 1000–100000000/],
      [['--region', '--residents', '2.5e6x'], /--residents must be a whole number in 1000–100000000, got "2.5e6x"/],
      [['--region', '--residents', '2000000.5'], /--residents must be a whole number/],
      [['--gps', '1600'], /--gps and --residents go with --region/],
      [['--region', '--rules', 'stockholm-2022'], /not --rules, --clinic or --list/],
      [['--region', '--format', 'csv'], /--region prints JSON only/],
    ])('rejects %j with a message naming the option and its range, exit code 2 and no result', async (argv, message) => {
      const { code, out, err } = await run(...(argv as string[]));
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message as RegExp);
    });

    it('answers any --gps and --residents text with a result in range or a clear message', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String), fc.integer().map(String)), fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String)), async (gps, residents) => {
          const { code, out, err } = await run('--region', `--gps=${gps}`, `--residents=${residents}`);
          if (code === 0) {
            const region = JSON.parse(out);
            expect(region.shareCoveredAt1100).toBeGreaterThan(0);
            expect(region.shareCoveredAt1100).toBeLessThanOrEqual(1);
            expect(out).not.toMatch(/NaN|Infinity/);
          } else {
            expect(code).toBe(2);
            expect(out).toBe('');
            expect(err).toMatch(/--(gps|residents)/);
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  it('answers any --clinic text with a result or a clear message, never an exception or a NaN', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.dictionary(fc.constantFrom('listedPatients', 'doctors', 'namedDoctorShare', 'careNeedIndex', 'nurses'), fc.oneof(fc.double(), fc.string(), fc.constant(null))).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(text, async (clinic) => {
        const { code, out, err } = await run('--rules', 'stockholm-2022', '--clinic', clinic);
        if (code === 0) {
          const [result] = JSON.parse(out);
          expect(Number.isFinite(result.total)).toBe(true);
          expect(out).not.toMatch(/NaN|Infinity/);
        } else {
          expect(code).toBe(2);
          expect(out).toBe('');
          expect(err.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('runs as a real process: npm run evaluate prints JSON and exits non-zero on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vardpengen-'));
    writeFileSync(join(dir, 'clinic.json'), '{"listedPatients": 12000}');
    const ok = execFileSync('npx', ['tsx', 'src/cli/bin/evaluate.ts', '--rules', 'stockholm-2022', '--clinic', join(dir, 'clinic.json')], { encoding: 'utf8' });
    expect(JSON.parse(ok)[0].continuity.doctorsFor1100).toBeCloseTo(12000 / 1100, 10);
    const bad = spawnSync('npx', ['tsx', 'src/cli/bin/evaluate.ts', '--rules', 'stockholm-2022', '--clinic', '{"narakutRatio": 9}'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('narakutRatio = 9 is out of range; allowed 0.5–2');
    const region = spawnSync('npx', ['tsx', 'src/cli/bin/evaluate.ts', '--region', '--gps', 'lots'], { encoding: 'utf8' });
    expect(region.status).toBe(2);
    expect(region.stdout).toBe('');
    expect(region.stderr).toContain('--gps must be a number in 1–100000, got "lots"');
  }, 30000);
});
