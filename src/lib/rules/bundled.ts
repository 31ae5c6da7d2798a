// The rule sets as the browser build carries them: raw text, so that a file
// with a JSON syntax error fails as that one rule set at run time instead of
// failing the whole build, and the page can name it.

import { loadCatalog, type Catalog, type SourcesFile } from './catalog.ts';
import type { JsonSchema } from './json-schema.ts';
import schema from '../../../rules/schema/rule-set.schema.json';
import sources from '../../../rules/sources.json';

const texts = import.meta.glob(['../../../rules/*.json', '!../../../rules/sources.json'], { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export const bundledRuleFiles = Object.entries(texts).map(([path, text]) => ({
  file: path.slice(path.lastIndexOf('/') + 1),
  text,
}));

let catalog: Catalog | undefined;

export function bundledCatalog(): Catalog {
  catalog ??= loadCatalog(bundledRuleFiles, schema as unknown as JsonSchema, sources as SourcesFile);
  return catalog;
}
