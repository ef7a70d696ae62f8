// Vitest global setup for the server tests: one temporary directory for the whole run, removed
// at its end, so that the static directories the gateway tests make do not pile up in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testTempDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sms-console-server-tests-'));
  project.provide('testTempDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
