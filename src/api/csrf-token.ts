// The gateway's CSRF token arrives with /auth/me and must ride on every state-changing request;
// it lives in memory only (never in storage) and is replaced whenever /auth/me is read again.

let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function getCsrfToken(): string | null {
  return token;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function needsCsrf(method: string): boolean {
  return UNSAFE.has(method.toUpperCase());
}
