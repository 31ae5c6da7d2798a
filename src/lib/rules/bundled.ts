// The rule sets as the browser build carries them: the files that parse, and
// the build's verdict on the rule sets that failed its checks (see
// scripts/vite-rules-plugin.ts). A broken rule set is named on the page, and
// every other one keeps working.

import { files, broken, hashes } from 'virtual:vardpengen/rules';
import { loadCatalog, type Catalog, type SourcesFile } from './catalog.ts';
import sources from '../../../rules/sources.json';

let catalog: Catalog | undefined;

export function bundledCatalog(): Catalog {
  catalog ??= loadCatalog(files, sources as SourcesFile, undefined, broken, hashes);
  return catalog;
}
