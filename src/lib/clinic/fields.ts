// The clinic a visitor shapes: every input's unit, range, step and default,
// and where the default comes from. The sliders, the URL parser and the
// command line all read their limits from here.

export const CLINIC_FIELD_IDS = [
  'listedPatients',
  'doctors',
  'namedDoctorShare',
  'shareAged0to4',
  'shareAged65to74',
  'shareAged75plus',
  'careNeedIndex',
  'visitsPerListedPatient',
  'unlistedVisits',
  'extendedHoursPerWeek',
  'videoGroupVisits',
  'narakutRatio',
  'antibioticRatio',
] as const;

export type ClinicFieldId = (typeof CLINIC_FIELD_IDS)[number];
export type Clinic = Record<ClinicFieldId, number>;

export type FieldGroup = 'size' | 'patients' | 'access' | 'quality';

/** How a value is shown: a share as a percentage, a count, a decimal. */
export type FieldFormat = 'integer' | 'percent' | 'decimal1' | 'decimal2';

/**
 * Where a default value comes from. "definition": 1 means "as expected" by the field's own
 * definition. The basis in words, in each language, is clinic.fields.<id>.defaultBasis in locales/.
 */
export type DefaultProvenance =
  | { kind: 'sourced'; source: string; quote: string }
  | { kind: 'derived'; formula: string }
  | { kind: 'definition' }
  | { kind: 'illustrative' };

export interface ClinicField {
  id: ClinicFieldId;
  group: FieldGroup;
  /** Unit in words for labels; the i18n key is clinic.units.<unit>. */
  unit: string;
  format: FieldFormat;
  min: number;
  max: number;
  step: number;
  default: number;
  defaultProvenance: DefaultProvenance;
}


export const CLINIC_FIELDS: readonly ClinicField[] = [
  {
    id: 'listedPatients',
    group: 'size',
    unit: 'patients',
    format: 'integer',
    min: 500,
    max: 40000,
    step: 100,
    default: 10000,
    defaultProvenance: {
      kind: 'sourced',
      source: 'lakartidningen-2021-11',
      quote: 'a clinic of normal size with 10 000 listed gets 40 000 kr a year',
    },
  },
  {
    id: 'doctors',
    group: 'size',
    unit: 'doctors',
    format: 'decimal1',
    min: 0.5,
    max: 40,
    step: 0.1,
    default: 5.8,
    defaultProvenance: {
      kind: 'derived',
      formula: '10 000 listed × 1 240 GPs ÷ 2 146 907 listed residents',
    },
  },
  {
    id: 'namedDoctorShare',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.62,
    defaultProvenance: {
      kind: 'derived',
      formula: '62.2 %, rounded to the slider step of 1 %',
    },
  },
  {
    id: 'shareAged0to4',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.2,
    step: 0.001,
    default: 0.065,
    defaultProvenance: { kind: 'sourced', source: 'scb-folkmangd-2016', quote: '0–4: 6.5 %' },
  },
  {
    id: 'shareAged65to74',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.4,
    step: 0.001,
    default: 0.092,
    defaultProvenance: { kind: 'sourced', source: 'scb-folkmangd-2016', quote: 'so 65–74: 9.2 %' },
  },
  {
    id: 'shareAged75plus',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.4,
    step: 0.001,
    default: 0.066,
    defaultProvenance: { kind: 'sourced', source: 'scb-folkmangd-2016', quote: 'so 75+: 6.6 %' },
  },
  {
    id: 'careNeedIndex',
    group: 'patients',
    unit: 'index',
    format: 'decimal2',
    min: 0.5,
    max: 2,
    step: 0.01,
    default: 1,
    defaultProvenance: { kind: 'definition' },
  },
  {
    id: 'visitsPerListedPatient',
    group: 'access',
    unit: 'visitsPerPatient',
    format: 'decimal1',
    min: 0,
    max: 10,
    step: 0.1,
    default: 3,
    defaultProvenance: { kind: 'illustrative' },
  },
  {
    id: 'unlistedVisits',
    group: 'access',
    unit: 'visitsPerYear',
    format: 'integer',
    min: 0,
    max: 20000,
    step: 50,
    default: 500,
    defaultProvenance: { kind: 'illustrative' },
  },
  {
    id: 'extendedHoursPerWeek',
    group: 'access',
    unit: 'hoursPerWeek',
    format: 'integer',
    min: 0,
    max: 40,
    step: 1,
    default: 4,
    defaultProvenance: { kind: 'illustrative' },
  },
  {
    id: 'videoGroupVisits',
    group: 'access',
    unit: 'visitsPerYear',
    format: 'integer',
    min: 0,
    max: 2000,
    step: 10,
    default: 0,
    defaultProvenance: { kind: 'illustrative' },
  },
  {
    id: 'narakutRatio',
    group: 'quality',
    unit: 'ratio',
    format: 'decimal2',
    min: 0.5,
    max: 2,
    step: 0.01,
    default: 1,
    defaultProvenance: { kind: 'definition' },
  },
  {
    id: 'antibioticRatio',
    group: 'quality',
    unit: 'ratio',
    format: 'decimal2',
    min: 0.5,
    max: 2,
    step: 0.01,
    default: 1,
    defaultProvenance: { kind: 'definition' },
  },
];

export const FIELD_BY_ID: Readonly<Record<ClinicFieldId, ClinicField>> = Object.fromEntries(
  CLINIC_FIELDS.map((field) => [field.id, field]),
) as Record<ClinicFieldId, ClinicField>;

export const FIELD_GROUPS: readonly FieldGroup[] = ['size', 'patients', 'access', 'quality'];

export function defaultClinic(): Clinic {
  return Object.fromEntries(CLINIC_FIELDS.map((field) => [field.id, field.default])) as Clinic;
}

/** The age shares' ranges are chosen so that together they never exceed the whole list. */
export const AGE_SHARE_FIELDS = ['shareAged0to4', 'shareAged65to74', 'shareAged75plus'] as const;
