/**
 * A business outcome that a process model handles (it becomes a BPMN error with this code when a
 * worker throws it; the codes are listed in processes/contract.ts) or that the API reports as 422.
 */
export class BusinessRuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'BusinessRuleError';
  }
}
