// The browser journeys (npm run test:browser): @playwright/test driving Debian's Chromium headless
// (/usr/bin/chromium, or ORDO_CHROMIUM) against a running Ordo at ORDO_URL (default http://localhost:8080;
// `./ordo test` starts a separate instance on :18080 for this). Each journey is its own test with its own
// accounts, so one that fails does not stop the others; a failure leaves a screenshot and a trace in
// web/test-results/<test>/, and test-results/summary.json has every journey's result and the figures.
import { defineConfig } from '@playwright/test';

const BASE = (process.env.ORDO_URL ?? 'http://localhost:8080').replace(/\/$/, '');

export default defineConfig({
  testDir: 'browser-tests',
  outputDir: 'test-results',
  // Sequential by default: the machine that runs them also runs the whole system. More with ORDO_BROWSER_WORKERS.
  workers: Number(process.env.ORDO_BROWSER_WORKERS ?? 1),
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./browser-tests/summary-reporter.ts']],
  use: {
    baseURL: BASE,
    viewport: { width: 1280, height: 860 },
    actionTimeout: 20_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.ORDO_CHROMIUM ?? '/usr/bin/chromium',
      // As root in a sandbox without a GPU, and on a closed network: no sandbox, no background connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
