// Published embeds pin the rules they show: rule-set id plus content hash.
// Every version of every rule set is kept as a resolved snapshot in
// public/rules/archive/<file>~<hash>.json (npm run rules:archive writes new
// ones; a test fails if the current rules have no snapshot), so an embed
// published today shows the same rules after a rule set is corrected.
// Snapshots are static JSON fetched from the app's own origin on demand.

import type { Catalog } from './catalog.ts';
import type { ResolvedRuleSet } from './types.ts';

/** A file-system-safe name: "proposal-l-2022:target-90" → "proposal-l-2022@target-90~<hash>.json". */
export function archiveFileName(id: string, hash: string): string {
  return `${id.replace(':', '@')}~${hash}.json`;
}

/** Checks the fields the engine relies on; a snapshot comes from our own build, but a host may serve anything. */
export function isResolvedRuleSet(value: unknown, id: string, hash: string): value is ResolvedRuleSet {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<ResolvedRuleSet>;
  return (
    r.id === id &&
    r.contentHash === hash &&
    (r.kind === 'year' || r.kind === 'proposal') &&
    typeof r.updated === 'string' &&
    !!r.parameters &&
    typeof r.parameters === 'object' &&
    Object.values(r.parameters).every((p) => p && Number.isFinite(p.value)) &&
    Array.isArray(r.components) &&
    !!r.continuity
  );
}

export interface PinOutcome {
  id: string;
  /** The version shown: the pinned snapshot, or the current rules if none is found. */
  shown: 'pinned' | 'current';
  /** The current rules differ from the pinned version. */
  outdated: boolean;
  pinnedUpdated?: string;
  currentUpdated?: string;
}

export type SnapshotFetcher = (file: string) => Promise<unknown>;

/**
 * The catalog with pinned versions swapped in. A pin whose hash matches the
 * current rules changes nothing; otherwise the archived snapshot is used,
 * and when it cannot be found the current rules are shown and flagged.
 */
export async function applyPins(
  catalog: Catalog,
  pins: Readonly<Record<string, string>>,
  fetchSnapshot: SnapshotFetcher,
): Promise<{ catalog: Catalog; outcomes: PinOutcome[] }> {
  const replacements = new Map<string, ResolvedRuleSet>();
  const outcomes = await Promise.all(
    Object.entries(pins).map(async ([id, hash]): Promise<PinOutcome> => {
      const current = catalog.get(id);
      if (current?.contentHash === hash) return { id, shown: 'current', outdated: false, currentUpdated: current.updated };
      const snapshot = await fetchSnapshot(archiveFileName(id, hash)).catch(() => null);
      if (isResolvedRuleSet(snapshot, id, hash)) {
        // Snapshots archived before budgets were closed lack these fields: a pinned old version
        // is measured against itself and says nothing about what it does not model.
        const old: Partial<ResolvedRuleSet> = snapshot;
        replacements.set(id, { ...snapshot, budgetYear: old.budgetYear ?? snapshot.id, notModelled: old.notModelled ?? [], neutralShifts: old.neutralShifts ?? [] });
        return { id, shown: 'pinned', outdated: true, pinnedUpdated: snapshot.updated, currentUpdated: current?.updated };
      }
      return { id, shown: 'current', outdated: true, currentUpdated: current?.updated };
    }),
  );
  if (!replacements.size) return { catalog, outcomes };
  const ruleSets = catalog.ruleSets.map((r) => replacements.get(r.id) ?? r);
  for (const [id, snapshot] of replacements) if (!catalog.get(id)) ruleSets.push(snapshot);
  const byId = new Map(ruleSets.map((r) => [r.id, r]));
  // A pinned snapshot is a fixed version: it cannot be resolved again under other readings.
  const withOverrides: Catalog['withOverrides'] = (id, overrides) => (replacements.has(id) ? undefined : catalog.withOverrides(id, overrides));
  return { catalog: { ...catalog, ruleSets, get: (id) => byId.get(id), withOverrides }, outcomes };
}
