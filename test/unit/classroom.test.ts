import { describe, expect, it } from 'vitest';
import { clinicInputs, exportFileName, localDate } from '../../src/lib/classroom/worksheet.ts';
import { CLINIC_FIELDS, defaultClinic } from '../../src/lib/clinic/fields.ts';
import type { Translate } from '../../src/lib/format/translate.ts';

/** Echoes the key, so the tests see which strings are asked for. */
const t: Translate = (key) => key;

describe('worksheet', () => {
  it('lists every input once, in the groups and order of the controls', () => {
    const groups = clinicInputs(defaultClinic(), 'en', t);
    expect(groups.map((g) => g.group)).toEqual(['size', 'patients', 'access', 'quality']);
    expect(groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(CLINIC_FIELDS.map((f) => f.id));
    expect(groups[0].heading).toBe('clinic.groups.size');
    expect(groups[0].rows[0]).toEqual({ id: 'listedPatients', label: 'clinic.fields.listedPatients.label', value: '10,000', unit: 'clinic.units.patients' });
  });

  it('shows shares as the number field does, without a second percent sign', () => {
    const clinic = { ...defaultClinic(), namedDoctorShare: 0.755, careNeedIndex: 1.25 };
    const rows = clinicInputs(clinic, 'sv', t).flatMap((g) => g.rows);
    expect(rows.find((r) => r.id === 'namedDoctorShare')?.value).toBe('75,5');
    expect(rows.find((r) => r.id === 'shareAged0to4')?.value).toBe('6,5');
    expect(rows.find((r) => r.id === 'careNeedIndex')?.value).toBe('1,25');
    expect(rows.find((r) => r.id === 'doctors')?.value).toBe('5,8');
  });

  it('names downloads after the baseline and the local date, safely', () => {
    const date = new Date(2025, 2, 4, 23, 30);
    expect(localDate(date)).toBe('2025-03-04');
    expect(exportFileName('stockholm-2022', 'csv', date)).toBe('vardpengen-stockholm-2022-2025-03-04.csv');
    expect(exportFileName('proposal-l-2022:target-90', 'png', date, 'sweep', 'namedDoctorShare')).toBe(
      'vardpengen-proposal-l-2022-target-90-sweep-named-doctor-share-2025-03-04.png',
    );
    expect(exportFileName('../../etc/passwd', 'csv', date)).toBe('vardpengen-etc-passwd-2025-03-04.csv');
  });
});

describe('the CSV of the results', () => {
  it('adds the clinic\'s total under every rule set, year by year, after the chosen rule sets\' rows', async () => {
    const { resultsToCsv } = await import('../../src/lib/format/csv.ts');
    const { catalog, evaluator } = await import('../helpers/rules.ts');
    const { defaultClinic } = await import('../../src/lib/clinic/fields.ts');
    const clinic = defaultClinic();
    const chosen = await evaluator.evaluateAll([catalog.get('stockholm-2022')!], clinic);
    const all = await evaluator.evaluateAll(catalog.ruleSets, clinic);
    const lines = resultsToCsv(chosen, all).trim().split('\n');
    const yearly = lines.filter((line) => line.split(',')[1] === 'yearByYearTotal');
    expect(yearly.map((line) => line.split(',')[0])).toEqual(catalog.ruleSets.map((r) => r.id));
    const total2019 = Number(yearly[0].split(',')[2]);
    expect(total2019).toBeCloseTo(all[0].total, 1);
    // Without year-by-year results, no such rows.
    expect(resultsToCsv(chosen)).not.toContain('yearByYearTotal');
  });
});
