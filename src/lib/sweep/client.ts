// The page's side of the sweep worker. One worker, started on the first
// sweep; a newer request makes an older answer moot (the caller drops it).
// If the worker cannot start (its file gone after a deploy, no Worker in this
// browser) or fails, every request is refused with the reason, and the page
// sweeps on its own main thread instead, in slices, and says so.

import type { Clinic, ClinicFieldId } from '../clinic/fields.ts';
import type { Sweep } from '../engine/sweep.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { SweepRequest, SweepResponse } from './protocol.ts';

export class SweepWorkerUnavailable extends Error {
  constructor(
    readonly reason: 'no-worker' | 'failed' | 'unknown-version',
    message: string,
  ) {
    super(message);
  }
}

export class SweepWorkerClient {
  #worker: Worker | undefined;
  #failed: SweepWorkerUnavailable | undefined;
  #next = 0;
  readonly #pending = new Map<number, { resolve: (value: { sweep: Sweep; points: number }) => void; reject: (error: Error) => void }>();

  constructor(private readonly create: () => Worker = defaultWorker) {}

  run(ruleSets: readonly ResolvedRuleSet[], clinic: Clinic, field: ClinicFieldId): Promise<{ sweep: Sweep; points: number }> {
    if (this.#failed) return Promise.reject(this.#failed);
    const worker = this.#start();
    if (!worker) return Promise.reject(this.#failed);
    const id = ++this.#next;
    const request: SweepRequest = { id, ruleSets: ruleSets.map((r) => ({ id: r.id, contentHash: r.contentHash })), clinic: { ...clinic }, field };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  #start(): Worker | undefined {
    if (this.#worker) return this.#worker;
    if (typeof Worker === 'undefined') {
      this.#failed = new SweepWorkerUnavailable('no-worker', 'this browser has no Worker');
      return undefined;
    }
    try {
      this.#worker = this.create();
    } catch (error) {
      this.#fail(`the sweep worker could not start: ${String(error)}`);
      return undefined;
    }
    this.#worker.onmessage = (event: MessageEvent<SweepResponse>) => {
      const answer = event.data;
      const pending = this.#pending.get(answer.id);
      this.#pending.delete(answer.id);
      if (!pending) return;
      if (answer.ok) pending.resolve({ sweep: answer.sweep, points: answer.points });
      else pending.reject(new SweepWorkerUnavailable(answer.reason === 'unknown-version' ? 'unknown-version' : 'failed', answer.message));
    };
    // A script that cannot be fetched or run fails the worker as a whole: nothing it was asked will be answered.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(`the sweep worker failed: ${event.message || 'its script could not be loaded'}`);
    };
    return this.#worker;
  }

  #fail(message: string): void {
    this.#failed = new SweepWorkerUnavailable('failed', message);
    this.#worker?.terminate();
    for (const { reject } of this.#pending.values()) reject(this.#failed);
    this.#pending.clear();
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'sweep' });
}
