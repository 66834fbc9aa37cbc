// Browser tests: Debian's Chromium (never a downloaded browser), every spec once with
// JavaScript on and once with it off. The stacks (Kratos + UI) are started by scripts/dev.sh on
// ports of their own, so a developer's running dev instance is left alone.
import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';

const UI_PORT = 4465;
// The passwordless stack's UI (tests/browser/passwordless.spec.ts); its Kratos admin API is on
// 4504.
const PASSWORDLESS_UI_PORT = 4505;
process.env.KRATOS_ADMIN_URL ??= 'http://127.0.0.1:4464';
process.env.PROVIDER_APP_URL ??= 'http://127.0.0.1:4468';
// The demo app "Acceptance Notes", signing in through Hydra with this UI as its login app.
process.env.OAUTH2_APP_URL ??= 'http://localhost:4471';

/** One stack started by scripts/dev.sh: its UI on `uiPort`, the rest as `env` says. */
function devStack(uiPort: number, env: Record<string, string>) {
  return {
    command: 'scripts/dev.sh',
    url: `http://127.0.0.1:${uiPort}/health/ready`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM to the process group (the default is SIGKILL), so dev.sh's trap stops Kratos,
    // Hydra and the UI in order and removes its temporary directory.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: { UI_PORT: String(uiPort), RUST_LOG: 'debug', ...env },
  };
}

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${UI_PORT}`,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    devStack(UI_PORT, {
      KRATOS_PUBLIC_PORT: '4463',
      KRATOS_ADMIN_PORT: '4464',
      // A real OpenID Connect provider (Ory Hydra) for the social sign-in journeys.
      SOCIAL: '1',
      HYDRA_PUBLIC_PORT: '4466',
      HYDRA_ADMIN_PORT: '4467',
      PROVIDER_APP_PORT: '4468',
      // Ory Hydra for apps, with this UI as its login, consent and logout app.
      OAUTH2: '1',
      HYDRA_APPS_PUBLIC_PORT: '4469',
      HYDRA_APPS_ADMIN_PORT: '4470',
      OAUTH2_APP_PORT: '4471',
      // Short enough for a re-authentication journey, long enough for every other test.
      PRIVILEGED_SESSION_MAX_AGE: '10s',
    }),
    // A second stack for the ways in without a password (tests/kratos/profiles/passwordless.yml):
    // mailed sign-in codes and legacy passwordless security keys; no Hydra. Its UI runs as in
    // production (no dev mode: assets cached for good, a random cookie secret), which
    // tests/browser/wire.spec.ts relies on.
    devStack(PASSWORDLESS_UI_PORT, {
      KRATOS_PUBLIC_PORT: '4503',
      KRATOS_ADMIN_PORT: '4504',
      KRATOS_PROFILE: 'passwordless',
      DEV_MODE: 'false',
      COOKIE_SECRET: randomBytes(32).toString('base64url'),
    }),
  ],
});
