import type { Clinic } from '../clinic/fields.ts';

/** What rule conditions and formulas can read: the clinic's inputs and a few figures derived from them. */
export interface ClinicFacts extends Clinic {
  /** Listed patients per full-time doctor. */
  patientsPerDoctor: number;
  /** Visits a year by the clinic's own listed patients. */
  listedVisits: number;
}

export type FactId = keyof ClinicFacts;

export function deriveFacts(clinic: Clinic): ClinicFacts {
  return {
    ...clinic,
    patientsPerDoctor: clinic.listedPatients / clinic.doctors,
    listedVisits: clinic.listedPatients * clinic.visitsPerListedPatient,
  };
}
