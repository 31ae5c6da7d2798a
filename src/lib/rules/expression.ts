// The arithmetic of derived parameters: numbers, parameter names, + - * /,
// parentheses, min(…) and max(…). "parent.x" names x as the rule set being
// extended defines it, so a reform can say "the old fee, scaled". Parsed once
// into a tree; evaluation never uses eval.

export type Expression =
  | { type: 'number'; value: number }
  | { type: 'reference'; name: string; parent: boolean }
  | { type: 'unary'; operand: Expression }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/'; left: Expression; right: Expression }
  | { type: 'call'; name: 'min' | 'max'; args: Expression[] };

export class ExpressionError extends Error {}

type Token = { kind: 'number' | 'name' | 'symbol'; text: string; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|((?:parent\.)?[A-Za-z][A-Za-z0-9]*)|([-+*/(),]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new ExpressionError(`unexpected character "${source.slice(at).trim()[0]}" at ${at + 1}`);
    const [whole, number, name, symbol] = match;
    const start = at + whole.length - (number ?? name ?? symbol).length;
    if (number) tokens.push({ kind: 'number', text: number, at: start });
    else if (name) tokens.push({ kind: 'name', text: name, at: start });
    else tokens.push({ kind: 'symbol', text: symbol, at: start });
    at += whole.length;
  }
  return tokens;
}

export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const expect = (text: string) => {
    const token = tokens[position];
    if (!token || token.text !== text) {
      throw new ExpressionError(`expected "${text}" ${token ? `at ${token.at + 1}` : 'at the end'}`);
    }
    position++;
  };

  function sum(): Expression {
    let left = product();
    while (peek()?.text === '+' || peek()?.text === '-') {
      const operator = tokens[position++].text as '+' | '-';
      left = { type: 'binary', operator, left, right: product() };
    }
    return left;
  }
  function product(): Expression {
    let left = unary();
    while (peek()?.text === '*' || peek()?.text === '/') {
      const operator = tokens[position++].text as '*' | '/';
      left = { type: 'binary', operator, left, right: unary() };
    }
    return left;
  }
  function unary(): Expression {
    if (peek()?.text === '-') {
      position++;
      return { type: 'unary', operand: unary() };
    }
    return primary();
  }
  function primary(): Expression {
    const token = tokens[position++];
    if (!token) throw new ExpressionError('the formula ends too early');
    if (token.kind === 'number') return { type: 'number', value: Number(token.text) };
    if (token.text === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    if (token.kind === 'name') {
      if ((token.text === 'min' || token.text === 'max') && peek()?.text === '(') {
        position++;
        const args = [sum()];
        while (peek()?.text === ',') {
          position++;
          args.push(sum());
        }
        expect(')');
        return { type: 'call', name: token.text, args };
      }
      const parent = token.text.startsWith('parent.');
      return { type: 'reference', name: parent ? token.text.slice('parent.'.length) : token.text, parent };
    }
    throw new ExpressionError(`unexpected "${token.text}" at ${token.at + 1}`);
  }

  const tree = sum();
  if (position < tokens.length) throw new ExpressionError(`unexpected "${tokens[position].text}" at ${tokens[position].at + 1}`);
  return tree;
}

/** Every parameter the expression names, with whether it is a parent reference. */
export function references(expression: Expression): { name: string; parent: boolean }[] {
  switch (expression.type) {
    case 'number':
      return [];
    case 'reference':
      return [{ name: expression.name, parent: expression.parent }];
    case 'unary':
      return references(expression.operand);
    case 'binary':
      return [...references(expression.left), ...references(expression.right)];
    case 'call':
      return expression.args.flatMap(references);
  }
}

export function evaluateExpression(
  expression: Expression,
  lookup: (name: string, parent: boolean) => number,
): number {
  switch (expression.type) {
    case 'number':
      return expression.value;
    case 'reference':
      return lookup(expression.name, expression.parent);
    case 'unary':
      return -evaluateExpression(expression.operand, lookup);
    case 'call': {
      const values = expression.args.map((arg) => evaluateExpression(arg, lookup));
      return expression.name === 'min' ? Math.min(...values) : Math.max(...values);
    }
    case 'binary': {
      const left = evaluateExpression(expression.left, lookup);
      const right = evaluateExpression(expression.right, lookup);
      if (expression.operator === '+') return left + right;
      if (expression.operator === '-') return left - right;
      if (expression.operator === '*') return left * right;
      if (right === 0) throw new ExpressionError('division by zero');
      return left / right;
    }
  }
}
