/** Every error code the API can return; the client translates them. */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'import_refused'
  | 'payload_too_large'
  | 'unsupported_type'
  | 'database_busy'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  import_refused: 422,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_type: 415,
  too_many_attempts: 429,
  database_busy: 503,
  internal: 500,
};

/** The one error type of the platform: a code from a closed union, an English message, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  /** The HTTP status this error maps to. */
  get status(): number {
    return STATUS[this.code];
  }
}

/** The JSON body every error response has. */
export function toErrorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}
