import { readFileSync } from 'node:fs';
import { runEvaluate } from '../evaluate.ts';

process.exitCode = await runEvaluate(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
});
