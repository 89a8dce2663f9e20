/** What every IPC call and every fallible service operation returns: a value, or an error a user can act on. */
export const errorCodes = [
  'invalid-request',
  'not-found',
  'already-exists',
  'invalid-file',
  'too-large',
  'newer-version',
  'conflict',
  'locked',
  'io',
  'cancelled',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** A sentence a user can act on; never a stack trace. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside services where unwinding is simpler than threading a Result; `registerHandlers` turns it back into one. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
