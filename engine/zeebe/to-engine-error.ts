import { TransientError } from '../../core/errors/transient-error.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';

/** gRPC status codes (grpc/doc/statuscodes.md) that the gateway answers with. */
export const grpcStatus = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNAVAILABLE: 14,
} as const;

/** What the command was about, for the not-found message. */
export interface ErrorSubject {
  readonly what: string;
  readonly key: string;
}

interface GrpcLikeError {
  readonly code: number;
  readonly details?: string;
  readonly message: string;
}

interface HttpLikeError {
  readonly name: 'HttpSdkError';
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly message: string;
}

function isGrpcError(error: unknown): error is GrpcLikeError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

function isHttpError(error: unknown): error is HttpLikeError {
  return error instanceof Error && error.name === 'HttpSdkError' && typeof (error as { status?: unknown }).status === 'number';
}

const transientGrpc = new Set<number>([grpcStatus.DEADLINE_EXCEEDED, grpcStatus.RESOURCE_EXHAUSTED, grpcStatus.ABORTED, grpcStatus.UNAVAILABLE]);
const transientHttp = new Set([429, 502, 503, 504]);

/**
 * Translates an error of either SDK client into the port's errors by status code: not found,
 * rejected (with Zeebe's rejection type), or transient (worth retrying later). Anything else is
 * returned unchanged.
 */
export function toEngineError(error: unknown, subject: ErrorSubject): unknown {
  if (isGrpcError(error)) {
    const detail = error.details ?? error.message;
    if (error.code === grpcStatus.NOT_FOUND) return new EngineNotFoundError(subject.what, subject.key);
    if (error.code === grpcStatus.ALREADY_EXISTS) return new EngineRejectionError('ALREADY_EXISTS', detail);
    if (error.code === grpcStatus.FAILED_PRECONDITION) return new EngineRejectionError('INVALID_STATE', detail);
    if (error.code === grpcStatus.INVALID_ARGUMENT) return new EngineRejectionError('INVALID_ARGUMENT', detail);
    if (transientGrpc.has(error.code)) return new TransientError(detail, { cause: error });
    return error;
  }
  if (isHttpError(error)) {
    const detail = error.detail ?? error.title ?? error.message;
    if (error.status === 404) return new EngineNotFoundError(subject.what, subject.key);
    // Zeebe puts its rejection type in the problem's title.
    if (error.status === 409) return new EngineRejectionError(error.title === 'ALREADY_EXISTS' ? 'ALREADY_EXISTS' : 'INVALID_STATE', detail);
    if (error.status === 400) return new EngineRejectionError('INVALID_ARGUMENT', detail);
    if (transientHttp.has(error.status)) return new TransientError(detail, { cause: error });
    return error;
  }
  if (error instanceof Error && error.name === 'NetworkSdkError') return new TransientError(error.message, { cause: error });
  return error;
}
