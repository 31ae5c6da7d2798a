// The whole region's two inputs: the number of full-time GPs and the year.
// Kept in state (not in the component) so that a link reproduces them.

import { DEFAULT_GPS, DEFAULT_YEAR, GP_RANGE, YEAR_RANGE } from '../region/inputs.ts';

export interface RegionSnapshot {
  gps: number;
  year: number;
}

export function defaultRegion(): RegionSnapshot {
  return { gps: DEFAULT_GPS, year: DEFAULT_YEAR };
}

/** A value within a range, on its steps; the default for anything that is not a finite number. */
export function clampToRange(value: number, range: { min: number; max: number; step: number }, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const stepped = range.min + Math.round((value - range.min) / range.step) * range.step;
  return Math.min(range.max, Math.max(range.min, stepped));
}

export class RegionState {
  gps = $state(DEFAULT_GPS);
  year = $state(DEFAULT_YEAR);

  constructor(initial: RegionSnapshot = defaultRegion()) {
    this.restore(initial);
  }

  setGps(value: number): void {
    this.gps = clampToRange(value, GP_RANGE, this.gps);
  }

  setYear(value: number): void {
    this.year = clampToRange(value, YEAR_RANGE, this.year);
  }

  snapshot(): RegionSnapshot {
    return { gps: this.gps, year: this.year };
  }

  restore(snapshot: RegionSnapshot): void {
    this.gps = snapshot.gps;
    this.year = snapshot.year;
  }
}
