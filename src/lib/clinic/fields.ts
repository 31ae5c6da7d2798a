// The clinic a visitor shapes: every input's unit, range, step and default,
// and where the default comes from. The sliders, the URL parser and the
// command line all read their limits from here.

import type { Bilingual } from '../rules/types.ts';

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

/** Where a default value comes from. "definition": 1 means "as expected" by the field's own definition. */
export type DefaultProvenance =
  | { kind: 'sourced'; source: string; quote: string }
  | { kind: 'derived'; formula: string; note: Bilingual }
  | { kind: 'definition'; note: Bilingual }
  | { kind: 'illustrative'; reason: Bilingual };

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

const illustrative = (en: string, sv: string): DefaultProvenance => ({ kind: 'illustrative', reason: { en, sv } });
const definition = (en: string, sv: string): DefaultProvenance => ({ kind: 'definition', note: { en, sv } });

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
      note: {
        en: "The region's listed residents per GP (Socialdemokraterna 2024: 1 240 GPs; Liberalerna 2022: 2 146 907 listed) applied to a clinic of 10 000.",
        sv: 'Regionens listade per allmänläkare (Socialdemokraterna 2024: 1 240 allmänläkare; Liberalerna 2022: 2 146 907 listade) tillämpat på en mottagning med 10 000 listade.',
      },
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
      note: {
        en: 'The regional share listed on a named doctor in February 2022, "1 336 526 (62.2 %) listed on a named doctor" (Liberalerna Stockholm, 31 Mar 2022).',
        sv: 'Regionens andel listade på namngiven läkare i februari 2022, "1 336 526 (62.2 %) listed on a named doctor" (Liberalerna Stockholm, 31 mars 2022).',
      },
    },
  },
  {
    id: 'shareAged0to4',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.2,
    step: 0.01,
    default: 0.06,
    defaultProvenance: illustrative(
      "The model's assumed regional share of children under five; no source gives it.",
      'Modellens antagna andel barn under fem år i regionen; ingen källa anger den.',
    ),
  },
  {
    id: 'shareAged65to74',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.4,
    step: 0.01,
    default: 0.09,
    defaultProvenance: illustrative(
      "The model's assumed regional share aged 65–74; no source gives it.",
      'Modellens antagna andel 65–74 år i regionen; ingen källa anger den.',
    ),
  },
  {
    id: 'shareAged75plus',
    group: 'patients',
    unit: 'share',
    format: 'percent',
    min: 0,
    max: 0.4,
    step: 0.01,
    default: 0.08,
    defaultProvenance: illustrative(
      "The model's assumed regional share over 75; no source gives it.",
      'Modellens antagna andel över 75 år i regionen; ingen källa anger den.',
    ),
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
    defaultProvenance: definition(
      '1 is the region average by definition (ACG care need and CNI socio-economic index combined).',
      '1 är regionens genomsnitt per definition (ACG-vårdbehov och CNI socioekonomiskt index sammantagna).',
    ),
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
    defaultProvenance: illustrative(
      'A listed patient visits primary care a few times a year across all professions; no source gives a Stockholm figure.',
      'En listad patient besöker primärvården några gånger om året, alla yrken sammantagna; ingen källa ger en siffra för Stockholm.',
    ),
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
    defaultProvenance: illustrative(
      'A clinic sees some patients listed elsewhere, for example commuters; no source gives a typical number.',
      'En mottagning träffar en del patienter listade på annat håll, till exempel pendlare; ingen källa anger ett typiskt antal.',
    ),
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
    defaultProvenance: illustrative(
      'One or two evenings a week; no source gives a typical number of extended hours.',
      'En eller två kvällar i veckan; ingen källa anger ett typiskt antal utökade timmar.',
    ),
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
    defaultProvenance: illustrative(
      'Video group visits were new in 2022 and most clinics held few; none is the neutral default.',
      'Videogruppbesök var nya 2022 och de flesta mottagningar hade få; inga alls är det neutrala förvalet.',
    ),
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
    defaultProvenance: definition(
      '1 means the clinic\'s listed patients visit närakuter as often as expected.',
      '1 betyder att mottagningens listade besöker närakuter så ofta som förväntat.',
    ),
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
    defaultProvenance: definition(
      '1 means the clinic prescribes antibiotics exactly at its goal; below 1 is better.',
      '1 betyder att mottagningen förskriver antibiotika precis enligt målet; under 1 är bättre.',
    ),
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
