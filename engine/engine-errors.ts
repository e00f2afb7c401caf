/** The key names nothing the engine knows (a finished task, a wrong instance key). */
export class EngineNotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly key: string,
  ) {
    super(`${what} ${key} was not found`);
    this.name = 'EngineNotFoundError';
  }
}

/** The engine refused the command in the state it is in (for example a message id already buffered). */
export class EngineRejectionError extends Error {
  constructor(
    readonly reason: 'INVALID_STATE' | 'ALREADY_EXISTS' | 'INVALID_ARGUMENT',
    message: string,
  ) {
    super(message);
    this.name = 'EngineRejectionError';
  }
}

/** A model the engine cannot run as written; it names the element and the feature. */
export class DeploymentRejectedError extends Error {
  constructor(
    readonly resourceName: string,
    readonly problems: ReadonlyArray<{ readonly elementId: string; readonly message: string }>,
  ) {
    super(`${resourceName} cannot be deployed:\n${problems.map((p) => `  - ${p.elementId}: ${p.message}`).join('\n')}`);
    this.name = 'DeploymentRejectedError';
  }
}
