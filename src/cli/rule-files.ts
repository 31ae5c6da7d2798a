// The rule sets read from disk, for the command line and the build scripts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, type Catalog, type SourcesFile } from '../lib/rules/catalog.ts';
import type { JsonSchema } from '../lib/rules/json-schema.ts';
import type { RuleSetFileText } from '../lib/rules/read-files.ts';
import { fullValidation } from '../lib/rules/validation.ts';

import { RULES_DIRECTORY } from './paths.ts';

export { RULES_DIRECTORY };

export function readRuleFiles(directory = RULES_DIRECTORY): RuleSetFileText[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json') && name !== 'sources.json')
    .sort()
    .map((file) => ({ file, text: readFileSync(join(directory, file), 'utf8') }));
}

export function readSchema(directory = RULES_DIRECTORY): JsonSchema {
  return JSON.parse(readFileSync(join(directory, 'schema/rule-set.schema.json'), 'utf8'));
}

export function readSources(directory = RULES_DIRECTORY): SourcesFile {
  return JSON.parse(readFileSync(join(directory, 'sources.json'), 'utf8'));
}

export function catalogFromDisk(directory = RULES_DIRECTORY): Catalog {
  return loadCatalog(readRuleFiles(directory), readSources(directory), fullValidation(readSchema(directory)));
}
