// A small JSON Schema validator for the subset of draft 2020-12 that
// rules/schema/rule-set.schema.json uses. It runs in the browser without eval
// (the Content-Security-Policy forbids it, which rules out compiling
// validators such as Ajv at run time) and reports JSON paths that a person
// editing a rule set can follow. The tests check the schema with Ajv too.

import { childPath } from './errors.ts';

export interface SchemaProblem {
  path: string;
  message: string;
}

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  dependentRequired?: Record<string, string[]>;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  discriminator?: { propertyName: string };
  $defs?: Record<string, JsonSchema>;
  [annotation: string]: unknown;
};

export function validateAgainstSchema(value: unknown, root: JsonSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  check(value, root, root, '$', problems);
  return problems;
}

function check(value: unknown, schema: JsonSchema, root: JsonSchema, path: string, out: SchemaProblem[]): void {
  if (schema.$ref) {
    check(value, resolveRef(schema.$ref, root), root, path, out);
    return;
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    out.push({ path, message: `must be ${describeType(schema.type)}, found ${describeValue(value)}` });
    return;
  }
  if (schema.const !== undefined && value !== schema.const) {
    out.push({ path, message: `must be ${JSON.stringify(schema.const)}` });
  }
  if (schema.enum && !schema.enum.includes(value)) {
    out.push({
      path,
      message: `unknown value ${JSON.stringify(value)}; allowed: ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`,
    });
  }
  if (typeof value === 'string') checkString(value, schema, path, out);
  if (typeof value === 'number') checkNumber(value, schema, path, out);
  if (Array.isArray(value)) checkArray(value, schema, root, path, out);
  else if (isObject(value)) checkObject(value, schema, root, path, out);
  if (schema.oneOf) checkOneOf(value, schema, root, path, out);
}

function checkString(value: string, schema: JsonSchema, path: string, out: SchemaProblem[]) {
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    out.push({ path, message: `must be at least ${schema.minLength} characters long` });
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    out.push({ path, message: `${JSON.stringify(value)} does not match the pattern ${schema.pattern}` });
  }
}

function checkNumber(value: number, schema: JsonSchema, path: string, out: SchemaProblem[]) {
  if (schema.minimum !== undefined && value < schema.minimum) {
    out.push({ path, message: `must be at least ${schema.minimum}` });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    out.push({ path, message: `must be at most ${schema.maximum}` });
  }
}

function checkArray(value: unknown[], schema: JsonSchema, root: JsonSchema, path: string, out: SchemaProblem[]) {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    out.push({ path, message: `must have at least ${schema.minItems} item(s)` });
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    out.push({ path, message: `must have at most ${schema.maxItems} item(s)` });
  }
  if (schema.items) value.forEach((item, index) => check(item, schema.items!, root, childPath(path, index), out));
}

function checkObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  out: SchemaProblem[],
) {
  for (const key of schema.required ?? []) {
    if (!(key in value)) out.push({ path, message: `missing required property "${key}"` });
  }
  for (const [key, required] of Object.entries(schema.dependentRequired ?? {})) {
    if (!(key in value)) continue;
    for (const other of required) {
      if (!(other in value)) out.push({ path, message: `"${key}" requires "${other}" beside it` });
    }
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchemaPath = childPath(path, key);
    if (schema.propertyNames) {
      const nameProblems: SchemaProblem[] = [];
      check(key, schema.propertyNames, root, childSchemaPath, nameProblems);
      for (const problem of nameProblems) out.push({ path: childSchemaPath, message: `invalid name: ${problem.message}` });
    }
    const declared = schema.properties?.[key];
    if (declared) check(child, declared, root, childSchemaPath, out);
    else if (schema.additionalProperties === false) {
      const known = Object.keys(schema.properties ?? {});
      out.push({ path: childSchemaPath, message: `unknown property "${key}"; allowed: ${known.join(', ')}` });
    } else if (typeof schema.additionalProperties === 'object') {
      check(child, schema.additionalProperties, root, childSchemaPath, out);
    }
  }
}

/**
 * One branch must match. With a discriminator the branch is chosen by its
 * "kind"; otherwise the branch whose required properties are present is
 * reported, so an error in a leaf condition reads as one, not as "no match".
 */
function checkOneOf(value: unknown, schema: JsonSchema, root: JsonSchema, path: string, out: SchemaProblem[]) {
  const branches = schema.oneOf!.map((branch) => (branch.$ref ? resolveRef(branch.$ref, root) : branch));
  const discriminator = schema.discriminator?.propertyName;
  if (discriminator && isObject(value)) {
    const tag = value[discriminator];
    const branch = branches.find((b) => b.properties?.[discriminator]?.const === tag);
    if (!branch) {
      const tags = branches.map((b) => JSON.stringify(b.properties?.[discriminator]?.const));
      out.push({ path: childPath(path, discriminator), message: `unknown ${discriminator} ${JSON.stringify(tag)}; allowed: ${tags.join(', ')}` });
      return;
    }
    check(value, branch, root, path, out);
    return;
  }
  const attempts = branches.map((branch) => {
    const problems: SchemaProblem[] = [];
    check(value, branch, root, path, problems);
    return { branch, problems };
  });
  const matching = attempts.filter((attempt) => attempt.problems.length === 0);
  if (matching.length === 1) return;
  if (matching.length > 1) {
    out.push({ path, message: 'matches more than one allowed form' });
    return;
  }
  const plausible = attempts.find(
    (attempt) => isObject(value) && (attempt.branch.required ?? []).every((key) => key in value),
  );
  if (plausible) out.push(...plausible.problems);
  else {
    const forms = branches.map((b) => (b.required ?? []).join('+') || 'value').join(' | ');
    out.push({ path, message: `does not match any allowed form (${forms})` });
  }
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  const target = match ? root.$defs?.[match[1]] : undefined;
  if (!target) throw new Error(`schema reference ${ref} cannot be resolved`);
  return target;
}

function hasType(value: unknown, type: string | string[]): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'object':
        return isObject(value);
      case 'array':
        return Array.isArray(value);
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'integer':
        return Number.isInteger(value);
      case 'null':
        return value === null;
      default:
        return typeof value === t;
    }
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(type: string | string[]): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => (t === 'object' || t === 'array' ? `an ${t}` : `a ${t}`)).join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
