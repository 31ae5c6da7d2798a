import { CLINIC_FIELDS, FIELD_BY_ID, defaultClinic, type Clinic, type ClinicField, type ClinicFieldId } from './fields.ts';

export interface ClinicInputProblem {
  field: string;
  message: string;
}

export type ClinicParseResult = { ok: true; clinic: Clinic } | { ok: false; problems: ClinicInputProblem[] };

export function describeRange(field: ClinicField): string {
  return `${field.min}–${field.max}`;
}

/**
 * Strict reading of clinic input from a script or the command line: a missing
 * field takes its default; an unknown field, a wrong type or a value out of
 * range is a problem that names the field and its allowed range.
 */
export function parseClinicInput(input: unknown): ClinicParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '(clinic)', message: 'the clinic must be a JSON object of field: number' }] };
  }
  const clinic = defaultClinic();
  const problems: ClinicInputProblem[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(FIELD_BY_ID, key)) {
      problems.push({ field: key, message: `unknown field "${key}"; known fields: ${CLINIC_FIELDS.map((f) => f.id).join(', ')}` });
      continue;
    }
    const field = FIELD_BY_ID[key as ClinicFieldId];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field: key, message: `${key} must be a number in ${describeRange(field)}, got ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))}` });
      continue;
    }
    if (value < field.min || value > field.max) {
      problems.push({ field: key, message: `${key} = ${value} is out of range; allowed ${describeRange(field)}` });
      continue;
    }
    clinic[field.id] = value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, clinic };
}

/** Forgiving reading for values from a URL: out of range is clamped, garbage is the default. */
export function coerceFieldValue(field: ClinicField, raw: unknown): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value)) return field.default;
  return roundToStep(field, Math.min(field.max, Math.max(field.min, value)));
}

/** Snaps to the field's step grid so the URL, the slider and the number field agree. */
export function roundToStep(field: ClinicField, value: number): number {
  const steps = Math.round((value - field.min) / field.step);
  const decimals = (String(field.step).split('.')[1] ?? '').length;
  const snapped = Math.min(field.max, field.min + steps * field.step);
  return Number(snapped.toFixed(decimals));
}
