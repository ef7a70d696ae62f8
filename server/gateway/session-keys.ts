// Encryption keys for the session cookie, derived from SESSION_SECRET with HKDF so that any
// long random string works; a comma list gives several keys (the first encrypts, all decrypt).
import { hkdfSync } from 'node:crypto';

const SALT = 'sms-session-console/gateway';
const INFO = 'session-cookie-key-v1';

export function deriveSessionKeys(secrets: string[]): Buffer[] {
  return secrets.map((secret) => Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32)));
}
