// One JSON line per state-changing action (stop a customer's binds, restart a supplier gate),
// written whatever LOG_LEVEL says: it is the record of who did what, not a debug aid.
import type { AuthMode } from './config';

export type AuditSink = (line: string) => void;

export const stdoutAuditSink: AuditSink = (line) => {
  process.stdout.write(line);
};

export interface AuditRecord {
  type: 'audit';
  at: string;
  user: string | null;
  authMode: AuthMode;
  action: string;
  target: { authName?: unknown; cName?: unknown };
  upstreamStatus: number | null;
  result: 'ok' | 'error';
  errorCode?: string;
  durationMs: number;
}

const AUDITED = /^\/(customer-connections|supplier-gates)\/([^/?#]*)$/;

/** Which audited resource a proxied path names, if any. */
export function auditedAction(
  rest: string,
): { resource: 'customer-connections' | 'supplier-gates'; action: string } | null {
  const match = AUDITED.exec(rest);
  if (!match) return null;
  let action = match[2] ?? '';
  try {
    action = decodeURIComponent(action);
  } catch {
    // keep it raw
  }
  return {
    resource: match[1] as 'customer-connections' | 'supplier-gates',
    action: action.slice(0, 100),
  };
}

/** The name the action targets, read from the (small, size-limited) request body. */
export function auditTarget(
  resource: 'customer-connections' | 'supplier-gates',
  body: unknown,
): AuditRecord['target'] {
  let parsed: unknown = null;
  if (Buffer.isBuffer(body) && body.length > 0) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = null;
    }
  }
  const field = resource === 'customer-connections' ? 'authName' : 'cName';
  const value =
    parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[field] : undefined;
  const clean = typeof value === 'string' ? value.slice(0, 200) : (value ?? null);
  return { [field]: clean };
}

/** The error code from an upstream error body ({code} or {Code}), if it has one. */
export function errorCodeFromBody(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const code = parsed.code ?? parsed.Code ?? parsed.error;
    return typeof code === 'string' ? code.slice(0, 100) : undefined;
  } catch {
    return undefined;
  }
}
