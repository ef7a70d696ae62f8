// The Content-Security-Policy and friends, sent on every response.
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

// Powerful features the console never uses; clipboard stays allowed (copy buttons).
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), interest-cohort=()';

export const HSTS = 'max-age=31536000';
