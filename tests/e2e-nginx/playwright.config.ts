import { defineConfig, devices } from '@playwright/test';
import { ORIGIN } from './nginx.ts';

/**
 * The built app behind nginx with deploy/nginx.conf, as it ships: headers, caching, fallback,
 * CSP without violations, offline, same-origin-only requests, frame-ancestors.
 * Run with tests/e2e-nginx/run.sh after `npx vite build`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // Playwright empties outputDir at start; reports go next to those of tests/e2e.
  outputDir: '../../reports/e2e-nginx-artifacts',
  reporter: [['list'], ['json', { outputFile: '../../reports/e2e-nginx.json' }]],
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: ORIGIN,
    ...devices['Pixel 7'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
});
