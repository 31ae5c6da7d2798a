import { describe, expect, it } from 'vitest';
import { evaluateExpression, parseExpression, references } from '../../src/lib/rules/expression.ts';

const values: Record<string, number> = { a: 252e6, b: 0.04, c: 2, fee: 115, share: 0.8 };
const run = (source: string, parent: Record<string, number> = {}) =>
  evaluateExpression(parseExpression(source), (name, isParent) => (isParent ? parent[name] : values[name]));

describe('derived-parameter formulas', () => {
  it('follow arithmetic precedence, parentheses, unary minus, min and max', () => {
    expect(run('a / b + a')).toBeCloseTo(6_552_000_000, 0);
    expect(run('(1 - share) * 10')).toBeCloseTo(2, 10);
    expect(run('-c * 3')).toBe(-6);
    expect(run('max(c, 3) + min(c, 3)')).toBe(5);
    expect(run('1')).toBe(1);
  });

  it('read "parent.x" as x in the extended rule set', () => {
    expect(run('parent.fee * (1 - 0.9) / (1 - parent.share)', { fee: 115, share: 0.8 })).toBeCloseTo(57.5, 10);
    expect(references(parseExpression('parent.fee * share'))).toEqual([
      { name: 'fee', parent: true },
      { name: 'share', parent: false },
    ]);
  });

  it.each([
    ['a +', /ends too early/],
    ['a * (b', /expected "\)"/],
    ['a $ b', /unexpected character "\$"/],
    ['a b', /unexpected "b"/],
  ])('rejects "%s" with a message', (source, message) => {
    expect(() => parseExpression(source)).toThrow(message);
  });

  it('refuses to divide by zero', () => {
    expect(() => run('a / (c - 2)')).toThrow(/division by zero/);
  });
});
