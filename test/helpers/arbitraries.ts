import fc from 'fast-check';
import { CLINIC_FIELDS, type Clinic } from '../../src/lib/clinic/fields.ts';

/** Any clinic the controls allow: every field anywhere in its range. */
export const clinicArbitrary: fc.Arbitrary<Clinic> = fc.record(
  Object.fromEntries(
    CLINIC_FIELDS.map((field) => [field.id, fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true })]),
  ) as Record<keyof Clinic, fc.Arbitrary<number>>,
);
