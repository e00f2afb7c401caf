/** One problem with one field; `messageKey` is looked up in the i18n catalogue, `params` fill it in. */
export interface FieldProblem {
  readonly field: string;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Input that cannot be accepted, with a problem per field. */
export class ValidationError extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(`invalid input: ${problems.map((p) => `${p.field} (${p.messageKey})`).join(', ')}`);
    this.name = 'ValidationError';
  }
}
