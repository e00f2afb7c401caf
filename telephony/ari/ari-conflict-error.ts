import { AriRequestError } from './ari-request-error.js';

/**
 * The object exists but is in the wrong state for the call: the channel left Stasis, is not in that
 * bridge, the prompt is not playing, the recording name is taken (409, 412, 422).
 */
export class AriConflictError extends AriRequestError {
  constructor(operation: string, status: number, body: string) {
    super(operation, status, body);
    this.name = 'AriConflictError';
  }
}
