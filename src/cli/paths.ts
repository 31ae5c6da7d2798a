// The project's folders, found from this file (not the working directory).
// Built with path functions: Vite rewrites `new URL(…, import.meta.url)`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RULES_DIRECTORY = join(PROJECT_ROOT, 'rules') + '/';
export const LOCALES_DIRECTORY = join(PROJECT_ROOT, 'locales') + '/';
