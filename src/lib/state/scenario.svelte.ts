// What the visitor has chosen: the clinic, the baseline rule set, the
// comparisons and the input the sweep chart moves. Plain data with small
// methods; the results module reacts to it.

import { FIELD_BY_ID, defaultClinic, type Clinic, type ClinicFieldId } from '../clinic/fields.ts';
import { roundToStep } from '../clinic/validate.ts';

export const DEFAULT_BASELINE = 'stockholm-2022';
export const DEFAULT_COMPARISONS = ['proposal-l-2022'];
/** The named-doctor share shows the bonus cliffs of both default rule sets. */
export const DEFAULT_SWEEP_FIELD: ClinicFieldId = 'namedDoctorShare';
/** More lines than this make the charts unreadable on a phone. */
export const MAX_COMPARISONS = 3;

export interface ScenarioSnapshot {
  clinic: Clinic;
  baseline: string;
  comparisons: string[];
  sweepField: ClinicFieldId;
}

export function defaultScenario(): ScenarioSnapshot {
  return { clinic: defaultClinic(), baseline: DEFAULT_BASELINE, comparisons: [...DEFAULT_COMPARISONS], sweepField: DEFAULT_SWEEP_FIELD };
}

export class Scenario {
  clinic = $state<Clinic>(defaultClinic());
  baseline = $state(DEFAULT_BASELINE);
  comparisons = $state<string[]>([...DEFAULT_COMPARISONS]);
  sweepField = $state<ClinicFieldId>(DEFAULT_SWEEP_FIELD);

  constructor(initial: ScenarioSnapshot = defaultScenario()) {
    this.restore(initial);
  }

  /** Sets one input, clamped to its range and snapped to its step. */
  setField(id: ClinicFieldId, value: number): void {
    if (!Number.isFinite(value)) return;
    const field = FIELD_BY_ID[id];
    this.clinic[id] = roundToStep(field, Math.min(field.max, Math.max(field.min, value)));
  }

  setClinic(clinic: Clinic): void {
    this.clinic = { ...clinic };
  }

  resetClinic(): void {
    this.clinic = defaultClinic();
  }

  setBaseline(id: string): void {
    this.baseline = id;
    this.comparisons = this.comparisons.filter((c) => c !== id);
  }

  toggleComparison(id: string): void {
    if (this.comparisons.includes(id)) this.comparisons = this.comparisons.filter((c) => c !== id);
    else if (id !== this.baseline && this.comparisons.length < MAX_COMPARISONS) this.comparisons = [...this.comparisons, id];
  }

  snapshot(): ScenarioSnapshot {
    return { clinic: { ...this.clinic }, baseline: this.baseline, comparisons: [...this.comparisons], sweepField: this.sweepField };
  }

  restore(snapshot: ScenarioSnapshot): void {
    this.clinic = { ...snapshot.clinic };
    this.baseline = snapshot.baseline;
    this.comparisons = [...snapshot.comparisons];
    this.sweepField = snapshot.sweepField;
  }
}
