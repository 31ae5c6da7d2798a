// A broken rule-set file gets problems that name the file, the JSON path and
// what is wrong; the rule sets that do not depend on it keep working.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/rules/errors.ts';
import { catalogWith, ruleJson } from '../helpers/rules.ts';

function problemsOf(catalog: ReturnType<typeof catalogWith>, id: string): string[] {
  return catalog.broken.find((b) => b.id === id)?.problems.map(formatProblem) ?? [];
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('a broken rule set', () => {
  it('with bad JSON: names the file and the line, and the others keep working', () => {
    const text = json(ruleJson('proposal-s-2024.json')).replace('"kind": "proposal",', '"kind": "proposal"');
    const catalog = catalogWith({ 'proposal-s-2024.json': text });
    const [problem] = problemsOf(catalog, 'proposal-s-2024');
    expect(problem).toMatch(/^proposal-s-2024\.json: \$: not valid JSON: .*\(line 5, column \d+\)/);
    expect(catalog.get('proposal-s-2024')).toBeUndefined();
    expect(catalog.get('stockholm-2022')).toBeDefined();
    expect(catalog.get('proposal-l-2022')).toBeDefined();
  });

  it('with an unknown operator: names the JSON path of the operator and the allowed ones', () => {
    const data = ruleJson('stockholm-2021.json');
    data.components[0].when.all[0].operator = 'greaterThen';
    const catalog = catalogWith({ 'stockholm-2021.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2021')).toEqual([
      expect.stringMatching(/^stockholm-2021\.json: \$\.components\[0\]\.when\.all\[0\]\.operator: unknown value "greaterThen"; allowed: .*"greaterThanInclusive"/),
    ]);
  });

  it('with a parameter without provenance: names the parameter', () => {
    const data = ruleJson('stockholm-2022.json');
    delete data.parameters.namedDoctorTarget.provenance;
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2022')).toEqual([
      'stockholm-2022.json: $.parameters.namedDoctorTarget: missing required property "provenance"',
    ]);
  });

  it('with an illustrative figure without a reason', () => {
    const data = ruleJson('stockholm-2022.json');
    delete data.parameters.videoGroupVisitFee.provenance.reason;
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2022')).toContain(
      'stockholm-2022.json: $.parameters.videoGroupVisitFee.provenance: missing required property "reason"',
    );
  });

  it('with a reference to an unknown parameter in a condition', () => {
    const data = ruleJson('stockholm-2021.json');
    data.components[0].when.all[1].value.parameter = 'bonusPatientCeiling';
    const catalog = catalogWith({ 'stockholm-2021.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2021')).toContain(
      'stockholm-2021.json: $.components[0].when.all[1].value.parameter: unknown parameter "bonusPatientCeiling"',
    );
  });

  it('with a reference to an unknown parameter in a derived formula', () => {
    const data = ruleJson('stockholm-2022.json');
    data.parameters.clinicBudget.provenance.formula = 'parent.clinicBudget + primaryCareBudgetRise';
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2022')).toContain(
      'stockholm-2022.json: $.parameters.clinicBudget.provenance.formula: unknown parameter "primaryCareBudgetRise" in the formula',
    );
  });

  it('with a formula that depends on itself', () => {
    const data = ruleJson('stockholm-2022.json');
    data.parameters.clinicBudget.provenance.formula = 'listingPaymentPerPatient * listedResidents';
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2022').join('\n')).toMatch(/depends on itself: .*clinicBudget → listingPaymentPerPatient → clinicBudget/);
  });

  it('with a cycle in extends: names the chain, and everything extending it is unavailable', () => {
    const data = ruleJson('stockholm-2021.json');
    data.extends = 'stockholm-2022';
    const catalog = catalogWith({ 'stockholm-2021.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2021').join('\n')).toMatch(/\$\.extends: a cycle in extends: .*stockholm-2021 → stockholm-2022/);
    expect(catalog.get('proposal-l-2022')).toBeUndefined();
    expect(catalog.get('stockholm-2019')).toBeDefined();
  });

  it('extending an unknown rule set: lists the known ones', () => {
    const data = ruleJson('proposal-l-2022.json');
    data.extends = 'stockholm-2027';
    const catalog = catalogWith({ 'proposal-l-2022.json': json(data) });
    expect(problemsOf(catalog, 'proposal-l-2022')).toEqual([
      expect.stringMatching(/^proposal-l-2022\.json: \$\.extends: extends an unknown rule set "stockholm-2027"; known: .*stockholm-2022/),
    ]);
  });

  it('whose parent is broken: says so, pointing at the parent file', () => {
    const data = ruleJson('stockholm-2022.json');
    data.parameters.visitFeeListed.value = 'many';
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'proposal-l-2022')).toEqual([
      'proposal-l-2022.json: $.extends: extends "stockholm-2022", which has problems (see stockholm-2022.json)',
    ]);
    expect(problemsOf(catalog, 'stockholm-2022')).toEqual(['stockholm-2022.json: $.parameters.visitFeeListed.value: must be a number, found string "many"']);
  });

  it('citing an unknown source', () => {
    const data = ruleJson('stockholm-2022.json');
    data.parameters.visitFeeListed.provenance.source = 'mitti-2099';
    const catalog = catalogWith({ 'stockholm-2022.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2022')[0]).toMatch(/^stockholm-2022\.json: \$\.parameters\.visitFeeListed\.provenance\.source: unknown source "mitti-2099"/);
  });

  it('with a component whose formula lacks a role', () => {
    const data = ruleJson('proposal-s-2024.json');
    delete data.components[0].parameters.zeroAt;
    const catalog = catalogWith({ 'proposal-s-2024.json': json(data) });
    expect(problemsOf(catalog, 'proposal-s-2024')).toContain(
      'proposal-s-2024.json: $.components[0].parameters: the formula gradedPerListedPatient needs the role "zeroAt" (roles: amount, fullAt, zeroAt)',
    );
  });

  it('forgetting a parameter an inherited component needs', () => {
    const data = ruleJson('stockholm-2019.json');
    delete data.parameters.visitFeeUnlisted;
    const catalog = catalogWith({ 'stockholm-2019.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2019')).toContain(
      'stockholm-2019.json: $.parameters: the component "visit-payment-unlisted" (from base-stockholm.json) needs the parameter "visitFeeUnlisted", which stockholm-2019 does not define',
    );
  });

  it('whose id does not match its file name', () => {
    const data = ruleJson('stockholm-2026.json');
    data.id = 'stockholm-2027';
    const catalog = catalogWith({ 'stockholm-2026.json': json(data) });
    expect(problemsOf(catalog, 'stockholm-2026')).toEqual(['stockholm-2026.json: $.id: the id "stockholm-2027" must match the file name (stockholm-2027.json)']);
  });

  it('a new proposal is one more file: it loads and is selectable without code changes', () => {
    const proposal = {
      id: 'proposal-x-2030',
      kind: 'proposal',
      date: '2030',
      updated: '2026-11-23',
      extends: 'stockholm-2026',
      parameters: {
        namedDoctorTarget: {
          value: 0.85,
          unit: 'share',
          provenance: { kind: 'illustrative', reason: { en: 'A test proposal for the loader.', sv: 'Ett testförslag för inläsningen.' } },
        },
      },
    };
    const catalog = catalogWith({ 'proposal-x-2030.json': json(proposal) });
    expect(catalog.broken).toEqual([]);
    expect(catalog.get('proposal-x-2030')!.parameters.namedDoctorTarget.value).toBe(0.85);
    expect(catalog.get('proposal-x-2030')!.parameters.visitFeeListed.value).toBe(115);
  });
});
