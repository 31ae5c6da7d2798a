// Step three: checks that need the whole resolved rule set. Every component's
// formula has its roles filled by parameters that exist; every condition's
// threshold names a parameter; every parameter evaluates to a finite number.

import { FORMULAS, RATIO_FACTS, isFormulaId } from '../engine/formulas.ts';
import { childPath, type RuleSetProblem } from './errors.ts';
import { ResolutionError, type ComponentEntry, type Level, type ParameterEvaluator } from './resolve.ts';
import type { Condition, LeafCondition } from './types.ts';

export function checkLevel(level: Level, evaluator: ParameterEvaluator): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const pushUnique = (problem: RuleSetProblem) => {
    if (!problems.some((p) => p.file === problem.file && p.path === problem.path && p.message === problem.message)) {
      problems.push(problem);
    }
  };

  /** A reference from an inherited component is reported against this level's file. */
  const missingParameter = (entry: ComponentEntry, path: string, name: string) => {
    if (entry.origin.level === level.id) {
      pushUnique({ file: level.file, path, message: `unknown parameter "${name}"` });
    } else {
      pushUnique({
        file: level.file,
        path: level.variant ? childPath('$.variants', level.variant) : '$.parameters',
        message: `the component "${entry.definition.id}" (from ${entry.origin.file}) needs the parameter "${name}", which ${level.id} does not define`,
      });
    }
  };

  for (const entry of level.components) {
    const { definition, origin } = entry;
    if (!isFormulaId(definition.formula)) {
      pushUnique({ file: origin.file, path: childPath(origin.path, 'formula'), message: `unknown formula "${definition.formula}"` });
      continue;
    }
    const formula = FORMULAS[definition.formula];
    const parametersPath = childPath(origin.path, 'parameters');
    for (const role of formula.roles) {
      if (!(role in definition.parameters)) {
        pushUnique({ file: origin.file, path: parametersPath, message: `the formula ${definition.formula} needs the role "${role}" (roles: ${formula.roles.join(', ')})` });
      }
    }
    for (const [role, name] of Object.entries(definition.parameters)) {
      if (!formula.roles.includes(role)) {
        pushUnique({ file: origin.file, path: childPath(parametersPath, role), message: `the formula ${definition.formula} has no role "${role}" (roles: ${formula.roles.join(', ')})` });
      } else if (!evaluator.has(name)) missingParameter(entry, childPath(parametersPath, role), name);
    }
    if ('readsComponentFact' in formula && formula.readsComponentFact) {
      if (!definition.fact || !RATIO_FACTS.includes(definition.fact as never)) {
        pushUnique({ file: origin.file, path: childPath(origin.path, 'fact'), message: `the formula ${definition.formula} needs "fact": one of ${RATIO_FACTS.join(', ')}` });
      }
    } else if (definition.fact) {
      pushUnique({ file: origin.file, path: childPath(origin.path, 'fact'), message: `the formula ${definition.formula} reads no ratio fact; remove "fact"` });
    }
    if (definition.when) {
      forEachLeaf(definition.when, childPath(origin.path, 'when'), (leaf, path) => {
        if (!evaluator.has(leaf.value.parameter)) missingParameter(entry, childPath(childPath(path, 'value'), 'parameter'), leaf.value.parameter);
      });
    }
  }

  if (!level.continuity.guideValue) {
    pushUnique({ file: level.file, path: '$.continuity', message: 'no "guideValue": the continuity indicators need Socialstyrelsen\'s guide value (a base rule set usually provides it)' });
  }
  for (const [key, name] of Object.entries(level.continuity)) {
    if (name && !evaluator.has(name)) {
      const origin = level.continuityOrigins[key];
      pushUnique({ file: origin.file, path: origin.path, message: `unknown parameter "${name}"` });
    }
  }

  for (const name of level.definitions.keys()) {
    try {
      evaluator.value(name);
    } catch (error) {
      if (!(error instanceof ResolutionError)) throw error;
      pushUnique(error.problem);
    }
  }
  return problems;
}

export function forEachLeaf(condition: Condition, path: string, visit: (leaf: LeafCondition, path: string) => void): void {
  if ('all' in condition) condition.all.forEach((c, i) => forEachLeaf(c, childPath(childPath(path, 'all'), i), visit));
  else if ('any' in condition) condition.any.forEach((c, i) => forEachLeaf(c, childPath(childPath(path, 'any'), i), visit));
  else if ('not' in condition) forEachLeaf(condition.not, childPath(path, 'not'), visit);
  else visit(condition, path);
}
