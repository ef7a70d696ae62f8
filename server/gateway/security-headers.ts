// The Content-Security-Policy and friends, sent on every response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { GatewayConfig } from './config';

/**
 * 'unsafe-inline' for styles only: Mantine writes its CSS variables into <style> elements at run
 * time, which a nonce cannot cover for a static, cached index.html. Scripts stay 'self' only, so
 * injected markup can never run code; at worst it could restyle the page.
 */
export function cspDirectives(config: GatewayConfig): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': config.authOrigin === 'null' ? ["'self'"] : ["'self'", config.authOrigin],
    'frame-ancestors': config.frameAncestors,
  };
}

export function cspHeaderValue(config: GatewayConfig): string {
  return Object.entries(cspDirectives(config))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

// Powerful features the console never uses; clipboard stays allowed (copy buttons). Only names
// Chromium knows: an unknown one (bluetooth, interest-cohort) is a console warning on every page.
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=()';

export const HSTS = 'max-age=31536000';

/**
 * Helmet's headers for this configuration, computed once at start-up. They depend on the
 * configuration only (no nonces, no per-request directives), and running helmet per request
 * rebuilt and re-validated the CSP each time, a measurable share of the proxy's CPU.
 */
export function staticSecurityHeaders(config: GatewayConfig): Record<string, string> {
  const frameDeny = config.frameAncestors.length === 1 && config.frameAncestors[0] === "'none'";
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config) },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: frameDeny ? { action: 'deny' } : false,
  })({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  headers['permissions-policy'] = PERMISSIONS_POLICY;
  return headers;
}
