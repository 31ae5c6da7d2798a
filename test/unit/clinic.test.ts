import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_SHARE_FIELDS, CLINIC_FIELDS, FIELD_BY_ID, defaultClinic } from '../../src/lib/clinic/fields.ts';
import { coerceFieldValue, parseClinicInput } from '../../src/lib/clinic/validate.ts';

describe('clinic fields', () => {
  it('have defaults inside their ranges and on their step grid', () => {
    for (const field of CLINIC_FIELDS) {
      expect(field.default, field.id).toBeGreaterThanOrEqual(field.min);
      expect(field.default, field.id).toBeLessThanOrEqual(field.max);
      expect(coerceFieldValue(field, field.default), field.id).toBe(field.default);
    }
  });

  it('keep the age shares from adding up to more than the whole list', () => {
    expect(AGE_SHARE_FIELDS.reduce((sum, id) => sum + FIELD_BY_ID[id].max, 0)).toBeLessThanOrEqual(1);
  });
});

describe('reading clinic input strictly (command line, scripts)', () => {
  it('fills missing fields with defaults', () => {
    expect(parseClinicInput({ listedPatients: 12000 })).toEqual({ ok: true, clinic: { ...defaultClinic(), listedPatients: 12000 } });
  });

  it('names every bad field with its allowed range', () => {
    const result = parseClinicInput({ listedPatients: 50, doctors: Number.NaN, nurses: 2, careNeedIndex: '1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['listedPatients', 'doctors', 'nurses', 'careNeedIndex']);
    expect(result.problems[0].message).toBe('listedPatients = 50 is out of range; allowed 500–40000');
    expect(result.problems[1].message).toBe('doctors must be a number in 0.5–40, got NaN');
  });

  it('never throws and never yields NaN, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.constantFrom(...CLINIC_FIELDS.map((f) => f.id), 'other'), fc.jsonValue()), (any, record) => {
        for (const input of [any, record]) {
          const result = parseClinicInput(input);
          if (result.ok) {
            for (const field of CLINIC_FIELDS) {
              const value = result.clinic[field.id];
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(field.min);
              expect(value).toBeLessThanOrEqual(field.max);
            }
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) expect(problem.message).toContain(problem.field === '(clinic)' ? 'JSON object' : problem.field);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading values forgivingly (URL)', () => {
  const field = FIELD_BY_ID.namedDoctorShare;
  it('clamps out-of-range values, snaps to the step and falls back on garbage', () => {
    expect(coerceFieldValue(field, '1.7')).toBe(1);
    expect(coerceFieldValue(field, '-3')).toBe(0);
    expect(coerceFieldValue(field, '0.756')).toBe(0.76);
    expect(coerceFieldValue(field, 'lots')).toBe(field.default);
    expect(coerceFieldValue(field, '')).toBe(field.default);
    expect(coerceFieldValue(field, 'Infinity')).toBe(field.default);
  });
});

describe('a share beside its slider', () => {
  it('shows the tenth of a per cent the region\'s age mix has, and whole per cents without one', async () => {
    const { formatFieldValue } = await import('../../src/lib/clinic/display.ts');
    const { FIELD_BY_ID } = await import('../../src/lib/clinic/fields.ts');
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatFieldValue(FIELD_BY_ID.shareAged0to4, 0.065, 'sv'))).toBe('6,5 %');
    expect(plain(formatFieldValue(FIELD_BY_ID.shareAged75plus, 0.066, 'en'))).toBe('6.6%');
    expect(plain(formatFieldValue(FIELD_BY_ID.namedDoctorShare, 0.62, 'sv'))).toBe('62 %');
  });
});
