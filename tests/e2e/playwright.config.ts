import { defineConfig, devices } from '@playwright/test';
import { PORTS } from './ports.ts';

const port = PORTS.app;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // Playwright empties test-results/ at start; reports go elsewhere.
  outputDir: '../../reports/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: '../../reports/e2e.json' }]],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 7'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
  webServer: {
    // The built app, as it ships (npm run build runs first in the test command).
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
