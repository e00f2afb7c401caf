import type { z } from 'zod';
import type { FieldProblem } from '../../../core/errors/validation-error.js';
import type { MessageKey } from '../i18n/messages-fa.js';

type Issue = z.core.$ZodIssue;

/** `a.b[0].c`, as core names fields. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name;
}

function problem(path: readonly PropertyKey[], messageKey: MessageKey, params?: Record<string, string | number>): FieldProblem {
  return params === undefined ? { field: fieldName(path), messageKey } : { field: fieldName(path), messageKey, params };
}

const TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  string: 'input.notText',
  number: 'input.notNumber',
  nan: 'input.notNumber',
  bigint: 'input.notInteger',
  int: 'input.notInteger',
  boolean: 'input.notBoolean',
  array: 'input.notList',
  object: 'input.notObject',
  date: 'input.notDateTime',
};

const FORMAT_KEYS: Readonly<Record<string, MessageKey>> = {
  email: 'input.notEmail',
  datetime: 'input.notDateTime',
  regex: 'input.wrongPattern',
};

function limit(value: number | bigint): number {
  return Number(value);
}

/** One issue of a zod schema as the field problems the API answers with (keys of the message catalogue). */
function problemsOf(issue: Issue): FieldProblem[] {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return [problem(path, 'input.required')];
      return [problem(path, TYPE_KEYS[issue.expected] ?? 'input.invalid')];
    case 'too_small': {
      const min = limit(issue.minimum);
      if (issue.origin === 'string') return [min === 1 ? problem(path, 'input.required') : problem(path, 'input.tooShort', { min })];
      if (issue.origin === 'array' || issue.origin === 'set') return [problem(path, 'input.tooFew', { min })];
      return [problem(path, issue.inclusive === false ? 'input.notGreaterThan' : 'input.tooSmall', { min })];
    }
    case 'too_big': {
      const max = limit(issue.maximum);
      if (issue.origin === 'string') return [problem(path, 'input.tooLong', { max })];
      if (issue.origin === 'array' || issue.origin === 'set') return [problem(path, 'input.tooMany', { max })];
      return [problem(path, issue.inclusive === false ? 'input.notLessThan' : 'input.tooBig', { max })];
    }
    case 'invalid_format':
      return [problem(path, FORMAT_KEYS[issue.format] ?? 'input.invalid')];
    case 'invalid_value':
      return [problem(path, 'input.notOneOf', { values: issue.values.map(String).join(', ') })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem([...path, key], 'input.unknownField'));
    case 'custom': {
      const params = issue.params as { messageKey?: MessageKey; params?: Record<string, string | number> } | undefined;
      return [problem(path, params?.messageKey ?? 'input.invalid', params?.params)];
    }
    default:
      return [problem(path, 'input.invalid')];
  }
}

/** Every issue of a failed parse as field problems, in order, without repeating a field's same problem. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    for (const found of problemsOf(issue)) {
      const key = `${found.field}|${found.messageKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(found);
    }
  }
  return problems;
}
