import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/paths.ts';
import { defaultClinic } from '../../src/lib/clinic/fields.ts';
import { applyPins, archiveFileName, isResolvedRuleSet } from '../../src/lib/rules/archive.ts';
import { ruleSetContentHash } from '../../src/lib/rules/catalog.ts';
import type { ResolvedRuleSet } from '../../src/lib/rules/types.ts';
import { catalog, evaluator } from '../helpers/rules.ts';

const ARCHIVE = join(PROJECT_ROOT, 'public', 'rules', 'archive');
const files = readdirSync(ARCHIVE).filter((f) => f.endsWith('.json'));
const read = (file: string) => JSON.parse(readFileSync(join(ARCHIVE, file), 'utf8')) as ResolvedRuleSet;

describe('the archive of published rule versions', () => {
  it('holds the current version of every rule set (run `npm run rules:archive` after changing rules)', () => {
    for (const ruleSet of catalog.ruleSets) expect(files, ruleSet.id).toContain(archiveFileName(ruleSet.id, ruleSet.contentHash));
  });

  it.each(files)('%s is intact: its content still hashes to its name', (file) => {
    const snapshot = read(file);
    const [, hash] = /~([0-9a-f]{8})\.json$/.exec(file)!;
    expect(isResolvedRuleSet(snapshot, snapshot.id, hash)).toBe(true);
    expect(ruleSetContentHash(snapshot)).toBe(hash);
    expect(archiveFileName(snapshot.id, hash)).toBe(file);
  });
});

describe('pinning an embed to the rules it was published with', () => {
  const current = catalog.get('stockholm-2022')!;
  /** An earlier, since-corrected version of the 2022 rules. */
  const older: ResolvedRuleSet = (() => {
    const copy = structuredClone(current) as ResolvedRuleSet;
    copy.parameters.namedDoctorBonusPerPatient.value = 3;
    copy.updated = '2026-01-15';
    return { ...copy, contentHash: ruleSetContentHash(copy) };
  })();
  const fetcher = async (file: string) => {
    if (file === archiveFileName(older.id, older.contentHash)) return structuredClone(older);
    throw new Error('404');
  };

  it('changes nothing when the pinned version is the current one', async () => {
    const { catalog: pinned, outcomes } = await applyPins(catalog, { [current.id]: current.contentHash }, fetcher);
    expect(pinned).toBe(catalog);
    expect(outcomes).toEqual([{ id: current.id, shown: 'current', outdated: false, currentUpdated: current.updated }]);
  });

  it('shows the archived version when the rules have changed since, and says so', async () => {
    const { catalog: pinned, outcomes } = await applyPins(catalog, { [current.id]: older.contentHash }, fetcher);
    expect(outcomes).toEqual([{ id: current.id, shown: 'pinned', outdated: true, pinnedUpdated: '2026-01-15', currentUpdated: current.updated }]);
    const clinic = { ...defaultClinic(), namedDoctorShare: 0.8 };
    const bonus = async (ruleSet: ResolvedRuleSet) =>
      (await evaluator.evaluate(ruleSet, clinic)).components.find((c) => c.id === 'named-doctor-bonus')!.amount;
    expect(await bonus(pinned.get(current.id)!)).toBe(30000);
    expect(await bonus(catalog.get(current.id)!)).toBe(40000);
    expect(pinned.ruleSets.map((r) => r.id)).toEqual(catalog.ruleSets.map((r) => r.id));
  });

  it('falls back to the current rules, flagged, when the pinned version cannot be found or is not a rule set', async () => {
    const { catalog: pinned, outcomes } = await applyPins(catalog, { [current.id]: 'deadbeef', 'stockholm-2021': '00000000' }, async () => ({ id: 'x' }));
    expect(pinned.get(current.id)).toBe(current);
    expect(outcomes.map((o) => [o.id, o.shown, o.outdated])).toEqual([
      [current.id, 'current', true],
      ['stockholm-2021', 'current', true],
    ]);
  });
});
