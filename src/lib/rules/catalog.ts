// Loading all rule sets: read each file, resolve `extends` and variants,
// check the result. A broken file makes its own rule set (and whatever
// extends it) unavailable with problems that name file, path and fault; every
// other rule set keeps working. With a validation (validation.ts) every check
// runs here; without one, the caller passes the rule sets already found
// broken (the browser gets them from the build) and the rest are trusted.

import { childPath, type RuleSetProblem } from './errors.ts';
import { canonicalJson, contentHash } from './hash.ts';
import { readRuleSetFiles, type RuleSetFileText } from './read-files.ts';
import { ParameterEvaluator, budgetYearOf, buildLevel, ownChanges, type Level } from './resolve.ts';
import type { ResolvedParameter, ResolvedRuleSet, SourceDocument } from './types.ts';
import type { CatalogValidation } from './validation.ts';

export interface BrokenRuleSet {
  id: string;
  file: string;
  problems: RuleSetProblem[];
}

export interface Catalog {
  /** Selectable rule sets: years by date, then proposals, each followed by its variants. */
  ruleSets: ResolvedRuleSet[];
  broken: BrokenRuleSet[];
  sources: ReadonlyMap<string, SourceDocument>;
  get(id: string): ResolvedRuleSet | undefined;
  /**
   * The rule set resolved again with some definitions' values replaced (keys from
   * definitionKey): the same rules under another reading of an uncertain figure.
   */
  withOverrides(id: string, overrides: ReadonlyMap<string, number>): ResolvedRuleSet | undefined;
}

export interface SourcesFile {
  documents: SourceDocument[];
}

export function loadCatalog(
  files: readonly RuleSetFileText[],
  sourcesFile: SourcesFile,
  validation?: CatalogValidation,
  knownBroken: readonly BrokenRuleSet[] = [],
  /** Content hashes worked out by the build for these very files, to spare the browser the work. */
  knownHashes: Readonly<Record<string, string>> = {},
): Catalog {
  const sources = new Map(sourcesFile.documents.map((doc) => [doc.id, doc]));
  const known = new Set(knownBroken.map((b) => b.id));
  const read = readRuleSetFiles(
    files.filter(({ file }) => !known.has(idFromFile(file))),
    sources,
    validation?.file,
  );
  const broken = new Map<string, BrokenRuleSet>(knownBroken.map((b) => [b.id, { ...b, problems: [...b.problems] }]));
  const markBroken = (id: string, file: string, problems: RuleSetProblem[]) => {
    const entry = broken.get(id) ?? { id, file, problems: [] };
    entry.problems.push(...problems);
    broken.set(id, entry);
  };
  for (const [file, problems] of read.problems) markBroken(idFromFile(file), file, problems);

  const levels = new Map<string, Level | null>();
  const evaluatorFor = evaluatorFamily();

  function levelFor(id: string, chain: string[]): Level | null {
    if (levels.has(id)) return levels.get(id)!;
    if (known.has(id)) {
      levels.set(id, null);
      return null;
    }
    const entry = read.byId.get(id);
    if (!entry) return null;
    const { file, data } = entry;
    let parent: Level | undefined;
    if (data.extends) {
      const problem = (message: string) => ({ file, path: '$.extends', message });
      if (chain.includes(data.extends)) {
        markBroken(id, file, [problem(`a cycle in extends: ${[...chain, id, data.extends].join(' → ')}`)]);
        levels.set(id, null);
        return null;
      }
      if (!read.byId.has(data.extends)) {
        const message = broken.has(data.extends)
          ? `extends "${data.extends}", which has problems (see ${broken.get(data.extends)!.file})`
          : `extends an unknown rule set "${data.extends}"; known: ${[...read.byId.keys()].join(', ')}`;
        markBroken(id, file, [problem(message)]);
        levels.set(id, null);
        return null;
      }
      const resolvedParent = levelFor(data.extends, [...chain, id]);
      if (!resolvedParent) {
        if (!broken.has(id)) {
          markBroken(id, file, [problem(`extends "${data.extends}", which has problems (see ${read.byId.get(data.extends)!.file})`)]);
        }
        levels.set(id, null);
        return null;
      }
      parent = resolvedParent;
    }
    const problems: RuleSetProblem[] = [];
    const level = buildLevel(data, file, parent, problems);
    if (problems.length) {
      markBroken(id, file, problems);
      levels.set(id, null);
      return null;
    }
    levels.set(id, level);
    return level;
  }

  const selectableLevels = new Map<string, Level>();
  const ruleSets: ResolvedRuleSet[] = [];
  for (const [id, { file, data }] of read.byId) {
    const level = levelFor(id, []);
    if (!level || data.kind === 'base') continue;
    const main = finish(level);
    if (!main) continue;
    ruleSets.push(main);
    for (const variant of Object.keys(data.variants ?? {})) {
      const problems: RuleSetProblem[] = [];
      const variantLevel = buildLevel(data, file, level, problems, variant);
      if (problems.length) markBroken(variantLevel.id, file, problems);
      else {
        const resolved = finish(variantLevel);
        if (resolved) ruleSets.push(resolved);
      }
    }
  }

  function finish(level: Level): ResolvedRuleSet | null {
    if (broken.has(level.id)) return null;
    const evaluator = evaluatorFor(level);
    const problems = validation?.level(level, evaluator) ?? [];
    if (problems.length) {
      markBroken(level.id, level.file, problems);
      return null;
    }
    selectableLevels.set(level.id, level);
    return toResolved(level, evaluator, knownHashes[level.id]);
  }

  ruleSets.sort(compareForListing);
  const byId = new Map(ruleSets.map((r) => [r.id, r]));
  return {
    ruleSets,
    broken: [...broken.values()],
    sources,
    get: (id) => byId.get(id),
    withOverrides(id, overrides) {
      const level = selectableLevels.get(id);
      if (!level) return undefined;
      // The same content hash: a swing is a reading of this rule set, not another version of it.
      return toResolved(level, evaluatorFamily(overrides)(level), byId.get(id)?.contentHash);
    },
  };
}

/**
 * One parameter evaluator per level, sharing their memos: a level's formulas read "parent.x"
 * through the evaluator of the level above. With `overrides`, a separate family in which chosen
 * definitions have other values (a swing of an uncertain figure).
 */
function evaluatorFamily(overrides?: ReadonlyMap<string, number>): (level: Level) => ParameterEvaluator {
  const evaluators = new Map<Level, ParameterEvaluator>();
  const evaluatorFor = (level: Level): ParameterEvaluator => {
    let evaluator = evaluators.get(level);
    if (!evaluator) evaluators.set(level, (evaluator = new ParameterEvaluator(level, evaluatorFor, overrides)));
    return evaluator;
  };
  return evaluatorFor;
}

function idFromFile(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/**
 * A rule set's figures, worked out when first read: the browser loads every rule set at its start but
 * shows two, and working out all of their figures there was most of a long task on a phone (the
 * catalog's 6 of 10 ms at 1× CPU). The figures are the same whenever they are read.
 */
function resolveParameters(level: Level, evaluator: ParameterEvaluator): () => Record<string, ResolvedParameter> {
  let parameters: Record<string, ResolvedParameter> | undefined;
  return () => {
    if (parameters) return parameters;
    parameters = {};
    for (const [id, { definition, origin }] of level.definitions) {
      parameters[id] = {
        ...definition,
        id,
        value: evaluator.value(id),
        illustrative: evaluator.isIllustrative(id),
        formulaInputs: evaluator.formulaInputs(id),
        definedIn: origin.level,
        file: origin.file,
        path: origin.path,
      };
    }
    return parameters;
  };
}

function toResolved(level: Level, evaluator: ParameterEvaluator, knownHash?: string): ResolvedRuleSet {
  const parameters = resolveParameters(level, evaluator);
  const { data } = level;
  const notModelled: ResolvedRuleSet['notModelled'] = [];
  const neutralShifts: ResolvedRuleSet['neutralShifts'] = [];
  for (let at: Level | undefined = level; at; at = at.parent) {
    const changes = ownChanges(at);
    const base = at.variant ? childPath('$.variants', at.variant) : '$';
    const file = at.file;
    notModelled.unshift(
      ...(changes.notModelled ?? []).map((item, index) => ({ ...item, definedIn: at!.id, file, path: childPath(childPath(base, 'notModelled'), index) })),
    );
    if (at.data.kind === 'proposal') neutralShifts.unshift(...(changes.neutralShifts ?? []));
  }
  const resolved: ResolvedRuleSet = {
    id: level.id,
    fileId: level.fileId,
    variant: level.variant,
    kind: data.kind as ResolvedRuleSet['kind'],
    date: data.date,
    updated: data.updated,
    mainSource: data.mainSource,
    lineage: level.lineage,
    // An enumerable getter: spreading, serialising and cloning a rule set read it like a property.
    get parameters() {
      return parameters();
    },
    components: level.components.map((c) => c.definition),
    continuity: level.continuity,
    budgetYear: budgetYearOf(level)?.id ?? level.id,
    notModelled,
    neutralShifts,
    contentHash: knownHash ?? '',
  };
  // Hashing reads every figure: in the browser the build has done it (knownHash).
  if (!knownHash) resolved.contentHash = ruleSetContentHash(resolved);
  return resolved;
}

/**
 * The hash of what a rule set says: its figures with their provenance, its
 * components and its continuity settings. Not its "updated" date or where in
 * which file each figure is written, which can change without the rules changing.
 */
export function ruleSetContentHash(ruleSet: Omit<ResolvedRuleSet, 'contentHash'>): string {
  const content = {
    id: ruleSet.id,
    kind: ruleSet.kind,
    date: ruleSet.date,
    parameters: Object.fromEntries(
      Object.values(ruleSet.parameters).map((p) => [p.id, { value: p.value, unit: p.unit, provenance: p.provenance, context: p.context }]),
    ),
    components: ruleSet.components,
    continuity: ruleSet.continuity,
    // Only when present, so that rule sets without them keep the hashes their pinned embeds use.
    ...(ruleSet.notModelled?.length ? { notModelled: ruleSet.notModelled.map(({ source, text, definedIn }) => ({ source, text, definedIn })) } : {}),
    ...(ruleSet.neutralShifts?.length ? { neutralShifts: ruleSet.neutralShifts } : {}),
  };
  return contentHash(canonicalJson(content));
}

const KIND_ORDER = { year: 0, proposal: 1 } as const;

function compareForListing(a: ResolvedRuleSet, b: ResolvedRuleSet): number {
  if (a.fileId === b.fileId) return (a.variant ? 1 : 0) - (b.variant ? 1 : 0) || compareCodes(a.variant ?? '', b.variant ?? '');
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareCodes(a.date ?? '', b.date ?? '') || compareCodes(a.id, b.id);
}

/**
 * Ids, variant names and ISO dates are ASCII codes, ordered by code point. (Not localeCompare: its
 * first call sets up a collator, about 7 ms of the page's start on this machine, for no difference.)
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

