import { ApiError, describeApiError, isApiError } from '../../api/api-error';
import type { ActionFailure } from '../../lib/action-history';
import { PRIVILEGE_OF, type ActionKindName } from './action-privileges';

export const ACTION_TIMEOUT_MS = 20_000;

const VERB: Record<ActionKindName, string> = { stop: 'stop binds', restart: 'restart gates' };

/** A timed-out PUT may still have been carried out: say so instead of implying nothing happened. */
export function timeoutError(): ApiError {
  return new ApiError(
    0,
    'REQUEST_TIMEOUT',
    `No answer within ${ACTION_TIMEOUT_MS / 1000} s. The platform may or may not have carried out the action: check the sessions before trying again.`,
  );
}

/** The plain sentence shown in the dialog and kept in Recent actions. */
export function describeActionError(error: unknown, kind: ActionKindName): string {
  if (isApiError(error)) {
    if (error.status === 403 && error.code !== 'CSRF_TOKEN_INVALID') {
      return `You do not have the privilege "${PRIVILEGE_OF[kind]}" needed to ${VERB[kind]}. Nothing was changed.`;
    }
    if (error.code === 'REQUEST_TIMEOUT') return error.message;
    if (error.code === 'NETWORK_ERROR') {
      return 'The console could not reach its server, so the request may not have arrived. Check your connection and the sessions before trying again.';
    }
  }
  return describeApiError(error);
}

export function toFailure(error: unknown, kind: ActionKindName): ActionFailure {
  return {
    code: isApiError(error) ? error.code : 'UNKNOWN_ERROR',
    status: isApiError(error) ? error.status : 0,
    message: describeActionError(error, kind),
  };
}

/** Runs an API call with a deadline, turning the deadline into a REQUEST_TIMEOUT error. */
export async function withTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ACTION_TIMEOUT_MS);
  try {
    return await call(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw timeoutError();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
