import { evaluate as evaluateFeel, type FeelFunction } from 'feelin';
import type { Expression } from '../model/expression.js';
import { camundaBuiltins } from './camunda-builtins.js';
import { UNDECIDED } from './fast-feel.js';
import { toJsonValue } from './to-json-value.js';

/** An expression could not be evaluated, or its result has the wrong type; becomes an incident. */
export class FeelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeelError';
  }
}

/** The variables an expression sees: those of its scope and of every enclosing scope. */
export interface VariableContext {
  /** The value of the nearest variable with this name, or undefined when there is none. */
  lookup(name: string): unknown;
  /** Every visible variable, inner scopes shadowing outer ones. */
  visible(): Record<string, unknown>;
}

function describe(expression: Expression): string {
  return expression.kind === 'static' ? expression.text : `=${expression.source}`;
}

function followPath(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current.map((item) => followPath(item, [segment]));
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[segment] ?? null;
    else return null;
  }
  return current;
}

/**
 * Evaluates model expressions against instance variables, with the typed checks Zeebe applies. As
 * in Zeebe's FEEL, a failing function call or a missing variable yields null with a warning, not a
 * failure: only an expression that cannot be evaluated at all (or `assert`) fails by itself; a
 * result of the wrong type fails where a type is expected, and its message repeats the warnings.
 */
export class FeelEvaluator {
  private readonly builtins: Record<string, FeelFunction>;
  /** The warnings of the last evaluation, for the message of a type error that follows it. */
  private warnings: ReadonlyArray<{ readonly type?: string; readonly message: string }> = [];

  constructor(now: () => Date) {
    this.builtins = camundaBuiltins(now);
  }

  /** The JSON value of the expression; static values are returned as written. */
  evaluate(expression: Expression, variables: VariableContext): unknown {
    this.warnings = [];
    if (expression.kind === 'static') return expression.text;
    if (expression.path) {
      const [first, ...rest] = expression.path;
      return followPath(variables.lookup(first!) ?? null, rest);
    }
    if (expression.fast) {
      const value = expression.fast((name) => variables.lookup(name));
      if (value !== UNDECIDED) return value;
    }
    let result: { value: unknown; warnings: Array<{ type?: string; message: string }> };
    try {
      result = evaluateFeel(expression.source, { ...variables.visible(), ...this.builtins });
    } catch (error) {
      throw new FeelError(`failed to evaluate expression '${expression.source}': ${(error as Error).message.split('\n')[0]}`);
    }
    this.warnings = result.warnings;
    return toJsonValue(result.value);
  }

  private typeError(expression: Expression, expected: string, value: unknown): FeelError {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    const reported = this.warnings.map((warning) => (warning.type ? `[${warning.type}] ${warning.message}` : warning.message));
    const warnings = reported.length > 0 ? `. The evaluation reported the following warnings: ${reported.join('; ')}` : '';
    return new FeelError(`expected the result of '${describe(expression)}' to be ${expected}, but it was ${actual === 'null' ? 'null' : `${actual} ${JSON.stringify(value)}`}${warnings}`);
  }

  evaluateBoolean(expression: Expression, variables: VariableContext): boolean {
    const value = this.evaluate(expression, variables);
    if (typeof value !== 'boolean') throw this.typeError(expression, 'a boolean', value);
    return value;
  }

  evaluateString(expression: Expression, variables: VariableContext): string {
    const value = this.evaluate(expression, variables);
    if (typeof value !== 'string') throw this.typeError(expression, 'a string', value);
    return value;
  }

  /** Correlation keys may be strings or numbers, as in Zeebe. */
  evaluateCorrelationKey(expression: Expression, variables: VariableContext): string {
    const value = this.evaluate(expression, variables);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (typeof value !== 'string') throw this.typeError(expression, 'a string or a number', value);
    return value;
  }

  evaluateNumber(expression: Expression, variables: VariableContext): number {
    const value = this.evaluate(expression, variables);
    const number = typeof value === 'string' && expression.kind === 'static' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) throw this.typeError(expression, 'a number', value);
    return number;
  }

  evaluateList(expression: Expression, variables: VariableContext): unknown[] {
    const value = this.evaluate(expression, variables);
    if (!Array.isArray(value)) throw this.typeError(expression, 'a list', value);
    return value;
  }

  /** Candidate groups and users: a static comma-separated text or a FEEL list of strings, as Zeebe requires (one string raises an incident). */
  evaluateStringList(expression: Expression, variables: VariableContext): string[] {
    if (expression.kind === 'static') return expression.text.split(',').map((item) => item.trim()).filter(Boolean);
    const value = this.evaluate(expression, variables);
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw this.typeError(expression, 'a list of strings', value);
    return value as string[];
  }
}
