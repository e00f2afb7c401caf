import { AriAuthenticationError } from './ari-authentication-error.js';
import { AriConflictError } from './ari-conflict-error.js';
import { AriNotFoundError } from './ari-not-found-error.js';
import { AriRequestError } from './ari-request-error.js';
import { AriUnavailableError } from './ari-unavailable-error.js';

type Meaning =
  | { readonly kind: 'not-found'; readonly status: number; readonly what: string; readonly idParam: string }
  | { readonly kind: 'conflict' | 'request' | 'unavailable' | 'authentication'; readonly status: number };

const notFound = (what: string, idParam: string, status = 404): Meaning => ({ kind: 'not-found', status, what, idParam });
const conflict = (status = 409): Meaning => ({ kind: 'conflict', status });
const request = (status: number): Meaning => ({ kind: 'request', status });

/**
 * Every `message` Asterisk 23 answers ARI calls with that matters to us, with its status, taken from
 * res/ari/resource_*.c and the recorded transcripts. Bodies are compared whole, never searched.
 */
const knownMessages: Readonly<Record<string, Meaning>> = {
  'Channel not found': notFound('channel', 'channelId'),
  'Provided channel was not found': notFound('channel', 'channelId'),
  'Callee not found': notFound('channel', 'channelId'),
  'Bridge not found': notFound('bridge', 'bridgeId'),
  'Playback not found': notFound('playback', 'playbackId'),
  'Recording not found': notFound('recording', 'recordingName'),
  'Sound not found': notFound('sound', 'soundId'),
  'Endpoint not found': notFound('endpoint', 'resource'),
  'Application not found': notFound('application', 'applicationName'),
  'Provided variable was not found': notFound('variable', 'variable'),
  'Channel not in Stasis application': conflict(),
  'Bridge not in Stasis application': conflict(),
  'Channel in invalid state': conflict(412),
  'Channel not in this bridge': conflict(422),
  'Channel with given unique ID already exists': conflict(),
  'A recording with the same name already exists on the system': conflict(),
  "Bridge isn't playing music": conflict(),
  'Recording not in session': conflict(),
  "Channel is not in the 'Down' state": conflict(),
  'Dialing a channel not created by ARI': conflict(),
  'Authentication required': { kind: 'authentication', status: 401 },
  'Asterisk not booted': { kind: 'unavailable', status: 503 },
  'Resource not found': request(404),
  'Endpoint must be specified': request(400),
  'Invalid endpoint specified': request(400),
  'Application or extension must be specified': request(400),
  'Missing parameter channel': request(400),
  'DTMF is required': request(400),
  'Variable name is required': request(400),
  'states must not be empty': request(400),
  'Invalid states value': request(400),
  'terminateOn invalid': request(400),
  'ifExists invalid': request(400),
  'Recording name invalid': request(400),
  'specified format is unknown on this system': request(422),
  'Event source does not exist': request(422),
};

/** Bodies that name the call's own arguments, rebuilt from them so they too are compared whole. */
function messagesNamingParams(params: Readonly<Record<string, unknown>>): Record<string, Meaning> {
  const text = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : undefined);
  const messages: Record<string, Meaning> = {};
  if (text('name') !== undefined) messages[`Recording '${text('name')}' already exists and can not be overwritten`] = conflict();
  if (text('bridgeId') !== undefined) messages[`Bridge with id '${text('bridgeId')}' already exists`] = conflict();
  if (text('operation') !== undefined) {
    messages[`Can only ${text('operation')} while media is playing`] = conflict();
    messages[`Invalid operation ${text('operation')}`] = request(400);
  }
  if (text('channel') !== undefined) messages[`Channel ${text('channel')} currently recording`] = conflict();
  return messages;
}

/** resource_bridges.c answers the channel errors of addChannel / removeChannel with other statuses. */
function forOperation(operation: string, message: string, meaning: Meaning): Meaning {
  if (!operation.startsWith('bridges.')) return meaning;
  if (message === 'Channel not found') return notFound('channel', 'channel', 400);
  if (message === 'Channel not in Stasis application') return conflict(422);
  return meaning;
}

const connectionFailures = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * Turns what ari-client rejected with into our error classes. ari-client loses the HTTP status and
 * rejects with a plain Error whose message is the response body; a body we know maps to its class,
 * an unknown body to AriRequestError, and anything that is not a body is returned unchanged.
 */
export function toAriError(operation: string, params: Readonly<Record<string, unknown>>, rejection: unknown): unknown {
  if (!(rejection instanceof Error)) return rejection;
  const code = (rejection as { code?: unknown }).code;
  if (typeof code === 'string' && connectionFailures.has(code)) return new AriUnavailableError(`ARI ${operation}: ${rejection.message}`, { cause: rejection });
  const body = parseBody(rejection.message);
  if (body === undefined) return rejection;
  const message = typeof body.message === 'string' ? body.message : undefined;
  if (message === undefined) return new AriRequestError(operation, body.error === 'Allocation failed' ? 500 : undefined, rejection.message);
  const known = knownMessages[message] ?? messagesNamingParams(params)[message];
  if (known === undefined) return new AriRequestError(operation, undefined, rejection.message);
  const meaning = forOperation(operation, message, known);
  switch (meaning.kind) {
    case 'not-found': {
      const id = params[meaning.idParam];
      return new AriNotFoundError(meaning.what, typeof id === 'string' ? id : '?', operation, meaning.status, rejection.message);
    }
    case 'conflict':
      return new AriConflictError(operation, meaning.status, rejection.message);
    case 'unavailable':
      return new AriUnavailableError(`ARI ${operation}: ${message}`, { cause: rejection });
    case 'authentication':
      return new AriAuthenticationError(operation);
    default:
      return new AriRequestError(operation, meaning.status, rejection.message);
  }
}

function parseBody(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
