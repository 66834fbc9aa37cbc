// Captures flow states from a real Kratos as JSON fixtures for the designers' gallery and the
// markup snapshots (tests/fixtures/gallery/<flow>-<state>.json). Each state is reached the way
// a person reaches it, in Chromium, and saved exactly as Kratos's JSON browser endpoint returns
// it with the browser's cookies. Run through scripts/capture-states.sh, never in CI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { test, expect, Page } from '@playwright/test';
import { createIdentity, mailedCode, signIn, totpCode } from '../browser/helpers';

const OUT = 'tests/fixtures/gallery';
const KRATOS = process.env.KRATOS_PUBLIC_URL;

async function save(page: Page, kind: string, state: string) {
  const url = new URL(page.url());
  const id = url.searchParams.get('flow') ?? (await page.locator('[data-flow-id]').getAttribute('data-flow-id'));
  expect(id, `${kind}-${state}: a flow id`).toBeTruthy();
  const response = await page.request.get(`${KRATOS}/self-service/${kind}/flows?id=${id}`, {
    headers: { Accept: 'application/json' },
  });
  expect(response.status(), `${kind}-${state}`).toBe(200);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${kind}-${state}.json`, `${JSON.stringify(await response.json(), null, 2)}\n`);
}

async function clickMethod(page: Page, scope: string, value: string) {
  await page.getByTestId(scope).locator(`button[name=method][value=${value}]`).click();
}

test('login states', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await save(page, 'login', 'fresh');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill('not-the-password');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000006')).toBeVisible();
  await save(page, 'login', 'wrong-password');
  await page.goto('/login');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.locator('[aria-invalid=true]').first()).toBeVisible();
  await save(page, 'login', 'empty');
  await signIn(page, user);
  await page.goto('/login?refresh=true');
  await save(page, 'login', 'refresh');
});

test('registration states', async ({ page, request }) => {
  const existing = await createIdentity(request, {});
  await page.goto('/registration');
  await save(page, 'registration', 'fresh');
  await page.locator('input[name="traits.email"]').fill('not-an-email');
  await clickMethod(page, 'profile-registration-form', 'profile');
  await expect(page.locator('[aria-invalid=true]').first()).toBeVisible();
  await save(page, 'registration', 'invalid-email');
  await page.goto('/registration');
  await page.locator('input[name="traits.email"]').fill(`gallery-${randomUUID()}@example.com`);
  await page.locator('input[name="traits.name"]').fill('Gallery Person');
  await clickMethod(page, 'profile-registration-form', 'profile');
  await expect(page.locator('input[name=password]')).toBeVisible();
  await save(page, 'registration', 'step-two');
  await page.locator('input[name=password]').fill('short');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000032').first()).toBeVisible();
  await save(page, 'registration', 'short-password');
  await page.goto('/registration');
  await page.locator('input[name="traits.email"]').fill(existing.email);
  await clickMethod(page, 'profile-registration-form', 'profile');
  await page.locator('input[name=password]').fill(`Pw-${randomUUID()}`);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000007')).toBeVisible();
  await save(page, 'registration', 'duplicate');
});

test('recovery and verification states', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/recovery');
  await save(page, 'recovery', 'fresh');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1060003')).toBeVisible();
  await save(page, 'recovery', 'sent');
  await page.locator('input[name=code]').fill('000000');
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/4060006')).toBeVisible();
  await save(page, 'recovery', 'wrong-code');

  await page.goto('/verification');
  await save(page, 'verification', 'fresh');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080003')).toBeVisible();
  await save(page, 'verification', 'sent');
  await page.locator('input[name=code]').fill('000000');
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/4070006')).toBeVisible();
  await save(page, 'verification', 'wrong-code');
  await page.locator('input[name=code]').fill(await mailedCode(request, user.email));
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080002')).toBeVisible();
  await save(page, 'verification', 'passed');
});

test('settings states', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await save(page, 'settings', 'fresh');
  const profile = () => page.getByTestId('profile-settings-card');
  await profile().locator('input[name="traits.website"]').fill('http://x');
  await profile().locator('input[name="traits.email"]').fill('not-an-email');
  await clickMethod(page, 'profile-settings-card', 'profile');
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await save(page, 'settings', 'profile-errors');
  await profile().locator('input[name="traits.website"]').fill('');
  await profile().locator('input[name="traits.email"]').fill(user.email);
  await profile().locator('input[name="traits.name"]').fill('Gallery Person');
  await clickMethod(page, 'profile-settings-card', 'profile');
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await save(page, 'settings', 'profile-saved');
  await page.getByTestId('password-settings-card').locator('input[name=password]').fill('short');
  await clickMethod(page, 'password-settings-card', 'password');
  await expect(page.getByTestId('ui/message/4000032').first()).toBeVisible();
  await save(page, 'settings', 'password-rejected');

  const secret = (await page.getByTestId('node/text/totp_secret_key/text').innerText()).trim();
  await page.getByTestId('totp-settings-card').locator('input[name=totp_code]').fill(totpCode(secret));
  await clickMethod(page, 'totp-settings-card', 'totp');
  await expect(page.getByTestId('totp-settings-card').locator('button[name=totp_unlink]')).toBeVisible();
  await save(page, 'settings', 'totp-linked');
  await page.getByTestId('lookup_secret-settings-card').locator('button[name=lookup_secret_regenerate]').click();
  await expect(page.getByTestId('node/text/lookup_secret_codes/text').locator('li')).toHaveCount(12);
  await save(page, 'settings', 'backup-codes-new');
  await page.getByTestId('lookup_secret-settings-card').locator('button[name=lookup_secret_confirm]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await save(page, 'settings', 'backup-codes-confirmed');

  const next = await request.post(`${process.env.PROVIDER_APP_URL}/next`, {
    data: { subject: `gallery-${user.id}`, email: user.email },
  });
  expect(next.status()).toBe(204);
  await page.getByTestId('oidc-settings-card').locator('button[name=link]').click();
  await expect(page.getByTestId('oidc-settings-card').locator('button[name=unlink]')).toBeVisible();
  await save(page, 'settings', 'social-linked');

  // A second factor is set up now: signing in again asks for it.
  await page.context().clearCookies();
  await page.goto('/login');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.locator('input[name=totp_code]')).toBeVisible();
  await save(page, 'login', 'second-factor');
});

test('an expired sign-in form', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.waitForTimeout(21_000);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4010001')).toBeVisible();
  await save(page, 'login', 'expired');
});

test('a security key and a passkey registered', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const keys = page.getByTestId('webauthn-settings-card');
  await keys.locator('input[name=webauthn_register_displayname]').fill('Gallery key');
  await keys.locator('button[name=webauthn_register_trigger]').click();
  await expect(page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toBeVisible();
  await page.getByTestId('passkey-settings-card').locator('button[name=passkey_register_trigger]').click();
  await expect(page.getByTestId('passkey-settings-card').locator('button[name=passkey_remove]')).toBeVisible();
  await save(page, 'settings', 'keys-registered');
  await context.close();
});

test('error states', async ({ page }) => {
  await page.goto(`${KRATOS}/self-service/errors?id=stub:500`);
  const error = await page.request.get(`${KRATOS}/self-service/errors?id=stub:500`);
  expect(error.status()).toBe(200);
  writeFileSync(`${OUT}/error-stub-500.json`, `${JSON.stringify(await error.json(), null, 2)}\n`);
});
