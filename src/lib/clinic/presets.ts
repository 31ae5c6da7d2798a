// Named example clinics. Except for the typical clinic, whose figures come
// from the field defaults, every preset is an invented but plausible clinic,
// marked illustrative wherever it is shown.

import { defaultClinic, type Clinic } from './fields.ts';

export interface ClinicPreset {
  /** i18n key under clinic.presets. */
  id: string;
  clinic: Clinic;
  illustrative: boolean;
}

export const PRESETS: readonly ClinicPreset[] = [
  { id: 'typical', clinic: defaultClinic(), illustrative: false },
  {
    id: 'innerCity',
    illustrative: true,
    clinic: {
      ...defaultClinic(),
      listedPatients: 14000,
      doctors: 6.5,
      namedDoctorShare: 0.55,
      shareAged0to4: 0.08,
      shareAged65to74: 0.06,
      shareAged75plus: 0.04,
      careNeedIndex: 0.85,
      visitsPerListedPatient: 2.4,
      unlistedVisits: 3000,
      extendedHoursPerWeek: 10,
      videoGroupVisits: 200,
    },
  },
  {
    id: 'highNeed',
    illustrative: true,
    clinic: {
      ...defaultClinic(),
      listedPatients: 9000,
      doctors: 3.8,
      namedDoctorShare: 0.5,
      shareAged0to4: 0.09,
      shareAged65to74: 0.08,
      shareAged75plus: 0.06,
      careNeedIndex: 1.45,
      visitsPerListedPatient: 3.6,
      unlistedVisits: 400,
      narakutRatio: 1.3,
      antibioticRatio: 1.15,
    },
  },
  {
    id: 'elderly',
    illustrative: true,
    clinic: {
      ...defaultClinic(),
      listedPatients: 8000,
      doctors: 4.5,
      namedDoctorShare: 0.82,
      shareAged0to4: 0.03,
      shareAged65to74: 0.15,
      shareAged75plus: 0.18,
      careNeedIndex: 1.2,
      visitsPerListedPatient: 4.2,
      unlistedVisits: 200,
      extendedHoursPerWeek: 2,
      antibioticRatio: 0.9,
    },
  },
  {
    id: 'continuity',
    illustrative: true,
    clinic: {
      ...defaultClinic(),
      listedPatients: 6000,
      doctors: 5.5,
      namedDoctorShare: 0.78,
      visitsPerListedPatient: 3.2,
      antibioticRatio: 0.85,
    },
  },
];
