// Step two of loading: follow `extends` and apply variants, the way a reform
// is a diff over its baseline. Each rule set (and each variant) becomes a
// Level holding the definitions in force there; derived parameters are
// evaluated lazily at the level that asks, so an override of
// generalResources in 2022 changes the listing payment that the base file
// derives from it. "parent.x" in a formula means x one level above the file
// that wrote the formula.

import { childPath, type RuleSetProblem } from './errors.ts';
import { evaluateExpression, parseExpression, references, ExpressionError, type Expression } from './expression.ts';
import type { ComponentDefinition, ContinuitySettings, ParameterDefinition, RuleSetChanges, RuleSetFile } from './types.ts';

export interface Origin {
  /** Level id that wrote this definition. */
  level: string;
  file: string;
  path: string;
}

export interface DefinitionEntry {
  definition: ParameterDefinition;
  origin: Origin;
}

export interface ComponentEntry {
  definition: ComponentDefinition;
  origin: Origin;
}

export interface Level {
  id: string;
  fileId: string;
  file: string;
  variant?: string;
  data: RuleSetFile;
  parent?: Level;
  lineage: string[];
  definitions: Map<string, DefinitionEntry>;
  components: ComponentEntry[];
  continuity: ContinuitySettings;
  continuityOrigins: Record<string, Origin>;
}

/** Raised when a parameter cannot be evaluated; carries where the fault is written. */
export class ResolutionError extends Error {
  constructor(readonly problem: RuleSetProblem) {
    super(problem.message);
  }
}

export function buildLevel(
  data: RuleSetFile,
  file: string,
  parent: Level | undefined,
  problems: RuleSetProblem[],
  variant?: string,
): Level {
  const id = variant ? `${data.id}:${variant}` : data.id;
  const changes: RuleSetChanges = variant ? data.variants![variant] : data;
  const basePath = variant ? childPath('$.variants', variant) : '$';
  const origin = (path: string): Origin => ({ level: id, file, path });

  const definitions = new Map(parent?.definitions);
  if (data.kind === 'year' && !variant) {
    // A context figure (a budget line, national money) belongs to the year that reports it:
    // the next year does not carry it, or it would read as that year's too.
    const yearLevels = new Set<string>();
    for (let at = parent; at; at = at.parent) if (at.data.kind === 'year') yearLevels.add(at.id);
    for (const [name, entry] of definitions) {
      if (entry.definition.context && yearLevels.has(entry.origin.level)) definitions.delete(name);
    }
  }
  for (const [name, definition] of Object.entries(changes.parameters ?? {})) {
    definitions.set(name, { definition, origin: origin(childPath(childPath(basePath, 'parameters'), name)) });
  }

  const components = [...(parent?.components ?? [])];
  (changes.components ?? []).forEach((definition, index) => {
    const entry = { definition, origin: origin(childPath(childPath(basePath, 'components'), index)) };
    const existing = components.findIndex((c) => c.definition.id === definition.id);
    if (existing >= 0) components[existing] = entry;
    else components.push(entry);
  });
  (changes.removeComponents ?? []).forEach((removed, index) => {
    const existing = components.findIndex((c) => c.definition.id === removed);
    if (existing < 0) {
      problems.push({
        file,
        path: childPath(childPath(basePath, 'removeComponents'), index),
        message: `cannot remove "${removed}": no such component in what this rule set extends`,
      });
    } else components.splice(existing, 1);
  });

  const continuity = { ...parent?.continuity, ...changes.continuity };
  const continuityOrigins = { ...parent?.continuityOrigins };
  for (const key of Object.keys(changes.continuity ?? {})) {
    continuityOrigins[key] = origin(childPath(childPath(basePath, 'continuity'), key));
  }

  return {
    id,
    fileId: data.id,
    file,
    variant,
    data,
    parent,
    lineage: [...(parent?.lineage ?? []), id],
    definitions,
    components,
    continuity,
    continuityOrigins,
  };
}

/** The changes a level itself writes: the file's, or its variant's. */
export function ownChanges(level: Level): RuleSetChanges {
  return level.variant ? level.data.variants![level.variant] : level.data;
}

/** The nearest level (itself included) that is a year: a proposal's money is measured against it. */
export function budgetYearOf(level: Level): Level | undefined {
  for (let at: Level | undefined = level; at; at = at.parent) if (at.data.kind === 'year') return at;
  return undefined;
}

/** Key of one definition of a parameter: the level that writes it and its name. */
export function definitionKey(level: string, parameter: string): string {
  return `${level}#${parameter}`;
}

/**
 * Evaluates parameters at one level, memoised, detecting cycles in derived formulas.
 * `overrides` replaces chosen definitions' values (keyed by definitionKey), wherever they are
 * read: that is how a figure is swung to the ends of its range.
 */
export class ParameterEvaluator {
  private readonly values = new Map<string, number>();
  private readonly inProgress: string[] = [];
  private static readonly parsed = new WeakMap<ParameterDefinition, Expression>();

  constructor(
    readonly level: Level,
    private readonly evaluatorFor: (level: Level) => ParameterEvaluator,
    private readonly overrides?: ReadonlyMap<string, number>,
  ) {}

  /** For a budget-closing figure in a proposal: the year level whose value it carries. */
  carriedFrom(name: string): Level | undefined {
    const entry = this.level.definitions.get(name);
    if (!entry?.definition.closesBudget || this.level.data.kind !== 'proposal') return undefined;
    return budgetYearOf(this.level);
  }

  has(name: string): boolean {
    return this.level.definitions.has(name);
  }

  value(name: string): number {
    const cached = this.values.get(name);
    if (cached !== undefined) return cached;
    const entry = this.level.definitions.get(name);
    if (!entry) throw new Error(`unknown parameter ${name} at ${this.level.id}`);
    const { definition, origin } = entry;
    const override = this.overrides?.get(definitionKey(origin.level, name));
    if (override !== undefined) return this.remember(name, override);
    const year = this.carriedFrom(name);
    if (year) return this.remember(name, this.evaluatorFor(year).value(name));
    if (definition.provenance.kind !== 'derived') return this.remember(name, definition.value!);

    const formulaPath = childPath(childPath(origin.path, 'provenance'), 'formula');
    const fail = (message: string): never => {
      throw new ResolutionError({ file: origin.file, path: formulaPath, message });
    };
    if (this.inProgress.includes(name)) {
      fail(`the formula depends on itself: ${[...this.inProgress.slice(this.inProgress.indexOf(name)), name].join(' → ')}`);
    }
    this.inProgress.push(name);
    try {
      const expression = ParameterEvaluator.expressionOf(definition);
      const value = evaluateExpression(expression, (reference, parent) => {
        if (!parent) {
          if (!this.has(reference)) fail(`unknown parameter "${reference}" in the formula${this.context(origin)}`);
          return this.value(reference);
        }
        const defining = this.ancestorNamed(origin.level);
        const above = defining?.parent;
        if (!above) fail(`"parent.${reference}": ${origin.level} extends nothing`);
        const evaluator = this.evaluatorFor(above!);
        if (!evaluator.has(reference)) fail(`"parent.${reference}": ${above!.id} does not define ${reference}`);
        return evaluator.value(reference);
      });
      if (!Number.isFinite(value)) fail('the formula does not give a finite number');
      return this.remember(name, value);
    } catch (error) {
      if (error instanceof ExpressionError) fail(error.message);
      throw error;
    } finally {
      this.inProgress.pop();
    }
  }

  /** Each parameter's answer, once worked out: the budget chain makes every year's figures rest on the years before. */
  private readonly illustrative = new Map<string, boolean>();

  /** True when the value rests on an illustrative figure, directly or through a formula. */
  isIllustrative(name: string, seen = new Set<string>()): boolean {
    const known = this.illustrative.get(name);
    if (known !== undefined) return known;
    const entry = this.level.definitions.get(name);
    if (!entry || seen.has(name)) return false;
    seen.add(name);
    const provenance = entry.definition.provenance;
    const answer =
      provenance.kind === 'illustrative' ||
      (provenance.kind === 'derived' &&
        this.dependencies(name).parsedReferences.some(({ name: ref, parent }) => {
          if (!parent) return this.isIllustrative(ref, seen);
          const above = this.ancestorNamed(entry.origin.level)?.parent;
          return above ? this.evaluatorFor(above).isIllustrative(ref) : false;
        }));
    this.illustrative.set(name, answer);
    return answer;
  }

  /** The value of each name a derived parameter's formula uses, as written ("parent.x" included). */
  formulaInputs(name: string): Record<string, number> | undefined {
    const year = this.carriedFrom(name);
    if (year) return this.evaluatorFor(year).formulaInputs(name);
    const entry = this.level.definitions.get(name);
    if (!entry || entry.definition.provenance.kind !== 'derived') return undefined;
    const inputs: Record<string, number> = {};
    for (const reference of this.dependencies(name).parsedReferences) {
      if (!reference.parent) inputs[reference.name] = this.value(reference.name);
      else {
        const above = this.ancestorNamed(entry.origin.level)?.parent;
        if (above) inputs[`parent.${reference.name}`] = this.evaluatorFor(above).value(reference.name);
      }
    }
    return inputs;
  }

  /** The parameters a derived parameter's formula names (parent references flagged). */
  dependencies(name: string): { parsedReferences: { name: string; parent: boolean }[] } {
    const entry = this.level.definitions.get(name);
    if (!entry || entry.definition.provenance.kind !== 'derived') return { parsedReferences: [] };
    let parsedReferences = ParameterEvaluator.references.get(entry.definition);
    if (!parsedReferences) ParameterEvaluator.references.set(entry.definition, (parsedReferences = references(ParameterEvaluator.expressionOf(entry.definition))));
    return { parsedReferences };
  }

  /** The names each formula uses, found once per definition (every level and every swing asks again). */
  private static readonly references = new WeakMap<ParameterDefinition, { name: string; parent: boolean }[]>();

  private static expressionOf(definition: ParameterDefinition): Expression {
    let expression = ParameterEvaluator.parsed.get(definition);
    if (!expression) {
      expression = parseExpression((definition.provenance as { formula: string }).formula);
      ParameterEvaluator.parsed.set(definition, expression);
    }
    return expression;
  }

  private ancestorNamed(id: string): Level | undefined {
    for (let level: Level | undefined = this.level; level; level = level.parent) if (level.id === id) return level;
    return undefined;
  }

  private context(origin: Origin): string {
    return origin.level === this.level.id ? '' : ` (as evaluated for ${this.level.id})`;
  }

  private remember(name: string, value: number): number {
    this.values.set(name, value);
    return value;
  }
}
