/// <reference lib="webworker" />
// The sweep chart's 101 points per rule set, off the page's main thread: the
// same core and the same json-rules-engine as the page, in a worker served
// from the page's own origin (the Content-Security-Policy allows nothing else).

import { createEngine } from '../engine/decide.ts';
import { RuleSetEvaluator } from '../engine/evaluator.ts';
import { sweep } from '../engine/sweep.ts';
import { bundledCatalog } from '../rules/bundled.ts';
import type { SweepRequest, SweepResponse } from './protocol.ts';

// The worker needs the engine for its first point: given at once, not loaded when first needed.
const evaluator = new RuleSetEvaluator({ createEngine });
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SweepRequest>) => {
  const { id, ruleSets, clinic, field } = event.data;
  const post = (response: SweepResponse) => scope.postMessage(response);
  const catalog = bundledCatalog();
  const chosen = ruleSets.map((wanted) => catalog.get(wanted.id)).filter((r, i) => r?.contentHash === ruleSets[i].contentHash);
  if (chosen.length !== ruleSets.length) {
    post({ id, ok: false, reason: 'unknown-version', message: 'a rule set version this worker does not hold' });
    return;
  }
  try {
    let points = 0;
    const result = await sweep(evaluator, chosen.map((r) => r!), clinic, field, { pause: () => void points++ });
    post({ id, ok: true, sweep: result, points });
  } catch (error) {
    post({ id, ok: false, reason: 'error', message: String(error) });
  }
};
