/**
 * A compiled form of the few FEEL shapes that process models repeat on every instance: comparisons
 * of a variable with a literal, `if … then … else …`, lists of variables, `string(…)`. feelin parses
 * an expression again on every evaluation (its parse depends on the variables in context), which
 * made FEEL a tenth of a ticket registration's CPU; these shapes are parsed once, when the model is
 * compiled, and evaluated as closures.
 *
 * The compiled form only answers where its answer is certainly the one feelin would give without a
 * warning; anywhere else (a variable that does not exist, a list or context compared, a condition
 * that is not a boolean, a number `string()` might format differently) it answers `UNDECIDED` and
 * the evaluator asks feelin. A differential test holds the two together.
 */

export const UNDECIDED: unique symbol = Symbol('undecided');
export type Undecided = typeof UNDECIDED;

/** Evaluates against the variables in scope; `lookup` answers undefined for a variable that does not exist. */
export type FastFeel = (lookup: (name: string) => unknown) => unknown;

type Token = { readonly kind: 'string' | 'number' | 'name' | 'punct'; readonly text: string };

const keywords = new Set(['if', 'then', 'else', 'true', 'false', 'null']);
/** Words FEEL gives a meaning of its own, and built-in functions whose names a variable would not shadow. */
const notVariables = new Set([
  ...keywords,
  'and', 'or', 'not', 'for', 'in', 'return', 'some', 'every', 'satisfies', 'between', 'instance', 'of', 'function',
  'now', 'today', 'assert', 'trim', 'uuid', 'extract', 'partition',
]);

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:("[^"\\\n]*")|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(!=|[=[\](),.]))/y;
  let at = 0;
  while (at < source.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) return /^\s*$/.test(source.slice(at)) ? tokens : undefined;
    at = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].slice(1, -1) });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'name', text: match[3] });
    else tokens.push({ kind: 'punct', text: match[4]! });
  }
  return tokens;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function pathOf(segments: readonly string[]): FastFeel {
  const [first, ...rest] = segments as [string, ...string[]];
  return (lookup) => {
    let value = lookup(first);
    if (value === undefined) return UNDECIDED;
    for (const segment of rest) {
      if (!isPlainObject(value) || !Object.hasOwn(value, segment)) return UNDECIDED;
      value = value[segment];
    }
    return value;
  };
}

/** FEEL equality of two JSON values, where feelin's answer is plain: null, or two values of one primitive type. */
function equal(left: unknown, right: unknown): boolean | null | Undecided {
  if (left === null || right === null) return left === right;
  const type = typeof left;
  if (type !== 'string' && type !== 'number' && type !== 'boolean') return UNDECIDED;
  if (typeof right !== 'string' && typeof right !== 'number' && typeof right !== 'boolean') return UNDECIDED;
  return type === typeof right ? left === right : null;
}

class Parser {
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): FastFeel | undefined {
    const expression = this.expression();
    return expression && this.at === this.tokens.length ? expression : undefined;
  }

  private peek(text: string): boolean {
    const token = this.tokens[this.at];
    return token !== undefined && (token.kind === 'punct' || token.kind === 'name') && token.text === text;
  }

  private take(text: string): boolean {
    if (!this.peek(text)) return false;
    this.at += 1;
    return true;
  }

  private expression(): FastFeel | undefined {
    if (this.take('if')) {
      const condition = this.expression();
      if (!condition || !this.take('then')) return undefined;
      const then = this.expression();
      if (!then || !this.take('else')) return undefined;
      const otherwise = this.expression();
      if (!otherwise) return undefined;
      return (lookup) => {
        const value = condition(lookup);
        if (value === true) return then(lookup);
        if (value === false || value === null) return otherwise(lookup);
        return UNDECIDED;
      };
    }
    const left = this.operand();
    if (!left) return undefined;
    const negated = this.peek('!=');
    if (!this.take('=') && !this.take('!=')) return left;
    const right = this.operand();
    if (!right) return undefined;
    return (lookup) => {
      const a = left(lookup);
      if (a === UNDECIDED) return UNDECIDED;
      const b = right(lookup);
      if (b === UNDECIDED) return UNDECIDED;
      const result = equal(a, b);
      return negated && typeof result === 'boolean' ? !result : result;
    };
  }

  private operand(): FastFeel | undefined {
    const token = this.tokens[this.at];
    if (!token) return undefined;
    this.at += 1;
    if (token.kind === 'string') return () => token.text;
    if (token.kind === 'number') {
      const value = Number(token.text);
      return () => value;
    }
    if (token.kind === 'punct') return token.text === '[' ? this.list() : undefined;
    if (token.text === 'true' || token.text === 'false') {
      const value = token.text === 'true';
      return () => value;
    }
    if (token.text === 'null') return () => null;
    if (token.text === 'string' && this.take('(')) return this.stringCall();
    if (notVariables.has(token.text)) return undefined;
    const segments = [token.text];
    while (this.take('.')) {
      const next = this.tokens[this.at];
      if (next?.kind !== 'name' || notVariables.has(next.text)) return undefined;
      segments.push(next.text);
      this.at += 1;
    }
    return pathOf(segments);
  }

  private list(): FastFeel | undefined {
    const items: FastFeel[] = [];
    if (!this.take(']')) {
      do {
        const item = this.expression();
        if (!item) return undefined;
        items.push(item);
      } while (this.take(','));
      if (!this.take(']')) return undefined;
    }
    return (lookup) => {
      const values: unknown[] = [];
      for (const item of items) {
        const value = item(lookup);
        if (value === UNDECIDED) return UNDECIDED;
        values.push(value);
      }
      return values;
    };
  }

  /** `string(x)` of a text, a boolean or a safe integer; other numbers are left to feelin's formatting. */
  private stringCall(): FastFeel | undefined {
    const argument = this.expression();
    if (!argument || !this.take(')')) return undefined;
    return (lookup) => {
      const value = argument(lookup);
      if (typeof value === 'string') return value;
      if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))) return String(value);
      return UNDECIDED;
    };
  }
}

/** The compiled form of a FEEL expression (without its leading `=`), or undefined when it is not one of the shapes above. */
export function compileFastFeel(source: string): FastFeel | undefined {
  const tokens = tokenize(source);
  return tokens && tokens.length > 0 ? new Parser(tokens).parseAll() : undefined;
}
