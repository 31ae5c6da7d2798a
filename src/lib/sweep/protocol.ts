// The messages between the page and the sweep worker (sweep.worker.ts). The
// worker holds the same bundled rule sets as the page, so the page names the
// rule sets by id and version and sends only the clinic and the field.

import type { Clinic, ClinicFieldId } from '../clinic/fields.ts';
import type { Sweep } from '../engine/sweep.ts';

export interface SweepRequest {
  id: number;
  ruleSets: { id: string; contentHash: string }[];
  clinic: Clinic;
  field: ClinicFieldId;
}

export type SweepResponse =
  | { id: number; ok: true; sweep: Sweep; points: number }
  /** The worker does not hold that version of a rule set (a pinned embed): the page sweeps itself. */
  | { id: number; ok: false; reason: 'unknown-version' | 'error'; message: string };
