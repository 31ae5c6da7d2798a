// npm run bench: how long the core takes, on this machine. Prints figures;
// nothing here passes or fails (times depend on how busy the machine is; the
// tests check behaviour by counting). Targets (issue "Interactive at once on
// a phone"): every rule set for one clinic ≤ 1 ms median; the sweep chart's
// 101 points for every rule set ≤ 15 ms median (or off the main thread, when
// its cost on the main thread is what counts).

import { performance } from 'node:perf_hooks';
import { catalogFromDisk } from '../src/cli/rule-files.ts';
import { defaultClinic } from '../src/lib/clinic/fields.ts';
import { RuleSetEvaluator } from '../src/lib/engine/evaluator.ts';
import { sweep } from '../src/lib/engine/sweep.ts';

const catalog = catalogFromDisk();
const evaluator = new RuleSetEvaluator();
const clinic = defaultClinic();
const ruleSets = catalog.ruleSets;

async function measure(label: string, runs: number, task: () => Promise<unknown>, target: number) {
  for (let i = 0; i < Math.min(20, runs); i++) await task(); // warm-up: JIT, compiled engines
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  const verdict = median <= target ? 'within' : 'OVER';
  console.log(`${label.padEnd(58)} median ${median.toFixed(3).padStart(8)} ms  p95 ${p95.toFixed(3).padStart(8)} ms  (target ≤ ${target} ms: ${verdict})`);
}

const loadStart = performance.now();
catalogFromDisk();
console.log(`${'load, validate and resolve all rule files'.padEnd(58)} ${(performance.now() - loadStart).toFixed(1)} ms (once per page load)`);
console.log(`rule sets: ${ruleSets.length} (${ruleSets.map((r) => r.id).join(', ')})`);

await measure(`evaluate all ${ruleSets.length} rule sets for one clinic`, 500, () => evaluator.evaluateAll(ruleSets, clinic), 1);
await measure(`sweep: 101 values of doctors × ${ruleSets.length} rule sets`, 40, () => sweep(evaluator, ruleSets, clinic, 'doctors'), 15);
const chosen = [catalog.get('stockholm-2022')!, catalog.get('proposal-l-2022')!];
await measure('sweep: 101 values × the 2 rule sets chosen by default', 60, () => sweep(evaluator, chosen, clinic, 'doctors'), 15);
console.log('(the page runs the sweep in a Web Worker, src/lib/sweep/: its cost on the main thread is the message, not these times)');
