// npm run rules:archive: keeps a resolved snapshot of every rule set's
// current content in public/rules/archive, so that embeds pinned to it keep
// showing it after the rules change. Run it after changing a rule set; the
// tests fail until you do. Never deletes a snapshot: published embeds may use it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/cli/paths.ts';
import { catalogFromDisk } from '../src/cli/rule-files.ts';
import { archiveFileName } from '../src/lib/rules/archive.ts';
import { formatProblem } from '../src/lib/rules/errors.ts';

export const ARCHIVE_DIRECTORY = join(PROJECT_ROOT, 'public', 'rules', 'archive');

const catalog = catalogFromDisk();
if (catalog.broken.length) {
  console.error(catalog.broken.flatMap((b) => b.problems.map(formatProblem)).join('\n'));
  process.exit(1);
}
mkdirSync(ARCHIVE_DIRECTORY, { recursive: true });
let written = 0;
for (const ruleSet of catalog.ruleSets) {
  const file = join(ARCHIVE_DIRECTORY, archiveFileName(ruleSet.id, ruleSet.contentHash));
  if (existsSync(file)) continue;
  writeFileSync(file, JSON.stringify(ruleSet, null, 1) + '\n');
  console.log(`archived ${ruleSet.id} as ${file}`);
  written++;
}
console.log(`${written} new snapshot(s); ${catalog.ruleSets.length} rule sets in all.`);
