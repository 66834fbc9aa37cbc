// Playwright configuration for scripts/capture-gallery.sh, which starts its three stacks first:
// the main one (ports 4473-4478), a short-lived one (flows expire after 10 s, ports
// 4483-4488) for the expired states, and one asking for the identifier first, with mailed
// sign-in codes (ports 4493-4498), all with social sign-in through Hydra. Only the specs in
// this folder run, so the browser tests (tests/browser) never pick these up, nor these them.
import { defineConfig } from '@playwright/test';

process.env.KRATOS_ADMIN_URL = 'http://127.0.0.1:4474';
process.env.PROVIDER_APP_URL = 'http://127.0.0.1:4478';

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 3, // one per project: each stack's own SQLite sees one writer at a time
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/gallery',
  use: {
    headless: true,
    javaScriptEnabled: false,
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] },
  },
  projects: [
    { name: 'main', testMatch: 'capture.spec.ts', use: { baseURL: 'http://localhost:4475' } },
    { name: 'expired', testMatch: 'expired.spec.ts', use: { baseURL: 'http://localhost:4485' } },
    { name: 'codes', testMatch: 'codes.spec.ts', use: { baseURL: 'http://localhost:4495' } },
  ],
});
