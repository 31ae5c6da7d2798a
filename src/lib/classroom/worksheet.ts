// What a printed worksheet and the downloads say, as plain data: the clinic's
// inputs in words (grouped as the sliders are), and the names of downloaded
// files. No DOM here; the components lay it out and the export module saves it.

import { CLINIC_FIELDS, FIELD_GROUPS, type Clinic, type ClinicField, type ClinicFieldId, type FieldGroup } from '../clinic/fields.ts';
import { formatFieldValue, toDisplayNumber } from '../clinic/display.ts';
import { formatNumber, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';

export interface InputRow {
  id: ClinicFieldId;
  label: string;
  /** The number as the number field shows it: "62" for a share, "5,8" for doctors. */
  value: string;
  unit: string;
}

export interface InputGroup {
  group: FieldGroup;
  heading: string;
  rows: InputRow[];
}

/** A share as the number field shows it ("62"), anything else as beside its slider. */
function displayValue(field: ClinicField, value: number, language: Language): string {
  if (field.format !== 'percent') return formatFieldValue(field, value, language);
  const shown = toDisplayNumber(field, value);
  return formatNumber(shown, language, Number.isInteger(shown) ? 0 : 1);
}

/** Every input of the clinic, with its label, value and unit, in the groups and order of the controls. */
export function clinicInputs(clinic: Clinic, language: Language, t: Translate): InputGroup[] {
  return FIELD_GROUPS.map((group) => ({
    group,
    heading: t(`clinic.groups.${group}`),
    rows: CLINIC_FIELDS.filter((field) => field.group === group).map((field) => ({
      id: field.id,
      label: t(`clinic.fields.${field.id}.label`),
      value: displayValue(field, clinic[field.id], language),
      unit: t(`clinic.units.${field.unit}`),
    })),
  }));
}

/** The calendar date where the reader is, as YYYY-MM-DD. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Only lower-case letters, digits and dashes survive, so the name is safe on every file system ("proposal-l-2022:step" → "proposal-l-2022-step", "namedDoctorShare" → "named-doctor-share"). */
function slug(part: string): string {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "vardpengen-stockholm-2022-2025-03-14.csv", with any extra parts before the date. */
export function exportFileName(baseline: string, extension: string, date: Date, ...parts: string[]): string {
  const name = ['vardpengen', baseline, ...parts].map(slug).filter(Boolean).join('-');
  return `${name}-${localDate(date)}.${extension}`;
}
