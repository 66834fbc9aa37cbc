// Playwright configuration for capturing gallery states (scripts/capture-states.sh): its own
// stack on its own ports, never the browser tests' ports, and only the specs in this folder.
import { defineConfig } from '@playwright/test';

const UI_PORT = 4475;
process.env.KRATOS_ADMIN_URL = 'http://127.0.0.1:4474';
process.env.KRATOS_PUBLIC_URL = 'http://localhost:4473';
process.env.PROVIDER_APP_URL = 'http://127.0.0.1:4478';

export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/capture',
  use: {
    baseURL: `http://localhost:${UI_PORT}`,
    headless: true,
    javaScriptEnabled: false,
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
  },
  webServer: {
    command: 'scripts/dev.sh',
    cwd: '../..',
    url: `http://127.0.0.1:${UI_PORT}/health/ready`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      UI_PORT: String(UI_PORT),
      KRATOS_PUBLIC_PORT: '4473',
      KRATOS_ADMIN_PORT: '4474',
      SOCIAL: '1',
      HYDRA_PUBLIC_PORT: '4476',
      HYDRA_ADMIN_PORT: '4477',
      PROVIDER_APP_PORT: '4478',
      // Short enough to capture an expired flow, long enough for every other capture.
      LOGIN_LIFESPAN: '20s',
    },
  },
});
