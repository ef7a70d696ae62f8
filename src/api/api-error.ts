// One error type for every call the SPA makes, so the QueryClient can decide retries and
// sign-out in one place and every screen can say the same plain thing about the same code.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  /** Network failures (status 0) and 5xx may heal by themselves; the rest will not. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The seed shows both `{Code, Message}` and `{code, message}`; accept either. */
export function errorFromBody(status: number, body: unknown): ApiError {
  let code: string | undefined;
  let message: string | undefined;
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const c = b.code ?? b.Code;
    const m = b.message ?? b.Message;
    if (typeof c === 'string') code = c;
    if (typeof m === 'string') message = m;
  }
  return new ApiError(status, code ?? `HTTP_${status}`, message ?? `Request failed (${status})`);
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError(0, 'NETWORK_ERROR', 'The console could not reach its server.');
  (err as { cause?: unknown }).cause = cause;
  return err;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const PLAIN_MESSAGES: Record<string, string> = {
  SESSION_MANAGER_REDIS_NOT_FOUND: "The platform's session store is unreachable.",
  SESSION_MANAGER_NO_PLATFORM_PREFIX:
    'The platform is not configured for session management (no platform prefix).',
  SESSION_MANAGER_AUTH_NAME_REQUIRED: 'An auth name is required.',
  SESSION_MANAGER_CNAME_REQUIRED: 'A gate code name is required.',
  SESSION_MANAGER_ACTION_NOT_SUPPORTED: 'The platform does not support that action.',
  UPSTREAM_TIMEOUT: 'The platform did not answer in time.',
  UPSTREAM_UNREACHABLE: 'The platform cannot be reached right now.',
  SIMULATOR_OUTAGE: 'The platform is unavailable (simulated outage).',
  NETWORK_ERROR: 'The console could not reach its server. Check your connection.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  CSRF_TOKEN_INVALID: 'Your session token is out of date. Reload the page and try again.',
};

export interface ErrorContext {
  /** The privilege the failed call needs, named in a 403 message. */
  privilege?: string;
}

/** A sentence a person can act on; the code is shown beside it for support. */
export function describeApiError(error: unknown, context: ErrorContext = {}): string {
  if (!isApiError(error)) return 'Something went wrong.';
  // The code is the server's (ultimately the platform's): own entries only, so that a code
  // such as "constructor" is an unknown code, not Object.prototype's member.
  const plain = Object.hasOwn(PLAIN_MESSAGES, error.code) ? PLAIN_MESSAGES[error.code] : undefined;
  if (plain) return plain;
  if (error.status === 403) {
    return context.privilege
      ? `You do not have the privilege "${context.privilege}" needed to see this.`
      : 'You do not have the privilege needed to see this.';
  }
  if (error.status === 404) return 'Not found.';
  if (error.status === 400) return error.message;
  if (error.status >= 500) return `The platform had a problem (${error.status}). ${error.message}`;
  return error.message;
}
