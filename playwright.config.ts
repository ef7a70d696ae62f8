import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium (installed by .ci/run) is used when present: Playwright's own browser
// download is not reachable here. CHROMIUM_PATH overrides; otherwise Playwright's own.
const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
];
const executablePath = chromiumCandidates.find((p): p is string => !!p && existsSync(p));

export const E2E_PORT = Number(process.env.E2E_PORT ?? 8091);
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 4091);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // The production build served by the gateway, with the embedded simulator:
    // fixed seed, frozen dynamics, so every run sees the same population.
    command: 'node --import tsx server/start.ts',
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      SIMULATOR_PORT: String(E2E_SIMULATOR_PORT),
      SIMULATOR_SEED: '42',
      SIMULATOR_LIVE: '0',
      SIMULATOR_CUSTOMER_SESSIONS: '2500',
      SIMULATOR_SUPPLIER_SESSIONS: '400',
      SESSION_SECRET: 'e2e-only-session-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'warn',
    },
  },
});
