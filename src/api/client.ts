import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { getCsrfToken, needsCsrf } from './csrf-token';
import { errorFromBody, networkError } from './api-error';

/**
 * Where requests go: the browser's fetch, or, while the gateway renders a first screen on the
 * server (src/server-entry.tsx), the gateway's own routes for the signed-in user's request.
 */
export type Transport = (input: Request | string, init?: RequestInit) => Promise<Response>;
let transport: Transport = (input, init) => fetch(input, init);

export function setTransport(next: Transport): void {
  transport = next;
}

// The SPA only ever talks to its own origin: the gateway adds the bearer token server-side. On the
// server a Request needs an absolute URL; the origin is a placeholder the gateway's transport drops.
export const SERVER_RENDER_ORIGIN = 'http://console.invalid';
export const API_BASE = import.meta.env.SSR ? `${SERVER_RENDER_ORIGIN}/api` : '/api';

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getCsrfToken();
    if (token && needsCsrf(request.method)) request.headers.set('x-csrf-token', token);
    return request;
  },
};

export const apiClient = createClient<paths>({
  baseUrl: API_BASE,
  credentials: 'same-origin',
  fetch: (request) => transport(request),
});
apiClient.use(csrfMiddleware);

/**
 * Turns openapi-fetch's `{ data, error, response }` into a value or a thrown ApiError, so query
 * functions stay one line and errors reach the QueryClient's single handler.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  if (!result.response.ok || result.data === undefined) {
    throw errorFromBody(result.response.status, result.error);
  }
  return result.data;
}

/** For the gateway's own `/auth/*` JSON endpoints, which are not part of the API spec. */
export async function fetchJson(url: string, init: RequestInit = {}): Promise<unknown> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  const method = init.method ?? 'GET';
  const token = getCsrfToken();
  if (token && needsCsrf(method)) headers.set('x-csrf-token', token);
  let response: Response;
  try {
    const target = import.meta.env.SSR ? SERVER_RENDER_ORIGIN + url : url;
    response = await transport(target, { ...init, method, headers, credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  return body;
}
