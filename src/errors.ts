/** Codes of every error claimdiff throws; each names a caller mistake, never something found in an article. */
export type ClaimdiffErrorCode =
  | 'E_INVALID_INPUT'
  | 'E_INVALID_OPTIONS'
  | 'E_UNKNOWN_LANGUAGE'
  | 'E_DUPLICATE_ID'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INCONSISTENT';

/** The one error class of claimdiff: a stable `code` to branch on and a message that names the thing at fault. */
export class ClaimdiffError extends Error {
  readonly code: ClaimdiffErrorCode;
  /** Extra structured detail (article id, field, limit) for programs that handle the error. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ClaimdiffErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ClaimdiffError';
    this.code = code;
    this.details = details;
  }
}

/** Type guard that survives duplicated module copies, where `instanceof` would not. */
export function isClaimdiffError(value: unknown): value is ClaimdiffError {
  return (
    value instanceof Error &&
    value.name === 'ClaimdiffError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
