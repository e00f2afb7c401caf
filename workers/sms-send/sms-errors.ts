/** The gateway refused the message for good (a bad number, a rejected sender): retrying will not help. */
export class SmsRejectedError extends Error {
  constructor(
    message: string,
    readonly code: string | number,
  ) {
    super(message);
    this.name = 'SmsRejectedError';
  }
}

/** The request may have reached the gateway; whether the message went out is not known. */
export class SmsOutcomeUnknownError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SmsOutcomeUnknownError';
  }
}
