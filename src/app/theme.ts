import {
  createTheme,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
  type MantineColorScheme,
  type MantineColorSchemeManager,
} from '@mantine/core';
import { isServerRendered, serverRender } from '../lib/server-render';

// Shade 6 of the default blue is 3.55:1 on white and fails WCAG AA; 8 passes in light mode.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

// No ColorSchemeScript (an inline script the gateway's CSP forbids): the manager reads
// localStorage on mount instead. The choice is mirrored into a cookie so that the pages the
// gateway renders (server/gateway/first-screen.ts) paint in it from the first frame.
const stored = localStorageColorSchemeManager({ key: 'sms-console-color-scheme' });

function mirror(scheme: MantineColorScheme) {
  document.cookie = `console-color-scheme=${scheme}; path=/; max-age=31536000; samesite=lax`;
}

export const colorSchemeManager: MantineColorSchemeManager = {
  ...stored,
  get: (defaultValue) => {
    // On the server, and while hydrating, the scheme the page is rendered in.
    const rendered = isServerRendered() ? serverRender() : null;
    if (rendered) return rendered.colorScheme;
    if (typeof document === 'undefined') return defaultValue;
    const scheme = stored.get(defaultValue);
    mirror(scheme);
    return scheme;
  },
  set: (scheme) => {
    stored.set(scheme);
    mirror(scheme);
  },
};

// Mantine's "dimmed" text is gray 6 in light mode (3.3:1 on white): one shade darker passes AA.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Likewise the error colour (red 6 on white, red 8 on the dark body) of invalid inputs and
  // their messages fails AA: red 9 and red 4 pass.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  // Dark mode's default dimmed (dark 2) is just under 4.5:1 on the dark body.
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
