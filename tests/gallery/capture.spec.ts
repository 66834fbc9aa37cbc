// Gallery states of the main stack (scripts/capture-gallery.sh), each reached the way a person
// reaches it in Chromium and saved as Kratos's JSON browser endpoint returns it. JavaScript is
// off (forms post straight to Kratos, as without htmx) except where security keys and passkeys
// need it.
import { randomUUID } from 'node:crypto';
import { test, expect, Page } from '@playwright/test';
import { createIdentity, mailedCode, signIn, totpCode } from '../browser/helpers';
import { saveError, saveFlow } from './save';

const KRATOS = 'http://localhost:4473';
const save = (page: Page, flow: string, state: string, about: string) => saveFlow(page, KRATOS, flow, state, about);
const method = (page: Page, scope: string, value: string) =>
  page.getByTestId(scope).locator(`button[name=method][value=${value}]`).click();

test('login', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await save(page, 'login', 'fresh', 'sign-in form, nothing entered');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill('not-the-password');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000006')).toBeVisible();
  await save(page, 'login', 'wrong-password', 'sign-in with a wrong password');
  await page.goto('/login');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.locator('[aria-invalid=true]').first()).toBeVisible();
  await save(page, 'login', 'empty', 'sign-in submitted empty: required fields');
  await signIn(page, user);
  await page.goto('/login?refresh=true');
  await expect(page.locator('input[name=password]')).toBeVisible();
  await save(page, 'login', 'refresh', 're-authentication (refresh=true) of a signed-in person');
});

test('linking a social account', async ({ page, request }) => {
  // The provider signs in a new subject whose address an account here already has.
  const user = await createIdentity(request, {});
  const next = await request.post(`${process.env.PROVIDER_APP_URL}/next`, {
    data: { subject: `gallery-linking-${user.id}`, email: user.email },
  });
  expect(next.status()).toBe(204);
  await page.goto('/login');
  await page.locator('button[name=provider][value=hydra]').click();
  await expect(page.getByTestId('ui/message/1010016')).toBeVisible();
  await save(page, 'login', 'linking', 'social sign-in with the address of an existing account: sign in to link it');
});

test('registration', async ({ page, request }) => {
  const existing = await createIdentity(request, {});
  await page.goto('/registration');
  await save(page, 'registration', 'fresh', 'sign-up first step: profile, or a social account');
  await page.locator('input[name="traits.email"]').fill('not-an-email');
  await method(page, 'profile-registration-form', 'profile');
  await expect(page.locator('[aria-invalid=true]').first()).toBeVisible();
  await save(page, 'registration', 'invalid-email', 'sign-up profile step with an invalid email');
  await page.goto('/registration');
  await page.locator('input[name="traits.email"]').fill(`gallery-${randomUUID()}@example.com`);
  await page.locator('input[name="traits.name"]').fill('Gallery Person');
  await method(page, 'profile-registration-form', 'profile');
  await expect(page.locator('input[name=password]')).toBeVisible();
  await save(page, 'registration', 'step-two', 'sign-up second step: password or passkey (social sign-up is on the first)');
  await page.locator('input[name=password]').fill('short');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000032').first()).toBeVisible();
  await save(page, 'registration', 'short-password', 'sign-up second step with a too-short password');
  await page.goto('/registration');
  await page.locator('input[name="traits.email"]').fill(existing.email);
  await method(page, 'profile-registration-form', 'profile');
  await page.locator('input[name=password]').fill(`Pw-${randomUUID()}`);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000007')).toBeVisible();
  await save(page, 'registration', 'duplicate', 'sign-up with the email of an existing account');
});

test('recovery and verification', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/recovery');
  await save(page, 'recovery', 'fresh', 'recovery, email asked');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1060003')).toBeVisible();
  await save(page, 'recovery', 'sent', 'recovery code mailed, code asked');
  await page.locator('input[name=code]').fill('000000');
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/4060006')).toBeVisible();
  await save(page, 'recovery', 'wrong-code', 'recovery with a wrong code');

  await page.goto('/verification');
  await save(page, 'verification', 'fresh', 'verification, email asked');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080003')).toBeVisible();
  await save(page, 'verification', 'sent', 'verification code mailed, code asked');
  await page.locator('input[name=code]').fill('000000');
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/4070006')).toBeVisible();
  await save(page, 'verification', 'wrong-code', 'verification with a wrong code');
  await page.locator('input[name=code]').fill(await mailedCode(request, user.email));
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080002')).toBeVisible();
  await save(page, 'verification', 'passed', 'address verified');
});

// One identity collects every method, then signs in again to meet the second-factor step.
// JavaScript is on only for the security key and passkey ceremonies, in a second context that
// shares the session.
test('settings, then the second factor', async ({ page, browser, request, baseURL }) => {
  const card = (group: string, on = page) => on.getByTestId(`${group}-settings-card`);
  const saved = (on = page) => expect(on.getByTestId('ui/message/1050001')).toBeVisible();
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await save(page, 'settings', 'fresh', 'settings of an account with only a password: every method to set up');

  await card('profile').locator('input[name="traits.website"]').fill('http://x');
  await card('profile').locator('input[name="traits.email"]').fill('not-an-email');
  await method(page, 'profile-settings-card', 'profile');
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await save(page, 'settings', 'profile-errors', 'profile with a too-short website and an invalid email');
  await card('profile').locator('input[name="traits.website"]').fill('');
  await card('profile').locator('input[name="traits.email"]').fill(user.email);
  await card('profile').locator('input[name="traits.name"]').fill('Gallery Person');
  await method(page, 'profile-settings-card', 'profile');
  await saved();
  await save(page, 'settings', 'profile-saved', 'profile saved');

  await card('password').locator('input[name=password]').fill('short');
  await method(page, 'password-settings-card', 'password');
  await expect(page.getByTestId('ui/message/4000032').first()).toBeVisible();
  await save(page, 'settings', 'password-rejected', 'new password refused as too short');

  const secret = (await page.getByTestId('node/text/totp_secret_key/text').innerText()).trim();
  await card('totp').locator('input[name=totp_code]').fill(totpCode(secret));
  await method(page, 'totp-settings-card', 'totp');
  await expect(card('totp').locator('button[name=totp_unlink]')).toBeVisible();
  await save(page, 'settings', 'totp-linked', 'authenticator app linked: unlink offered');

  const codes = page.getByTestId('node/text/lookup_secret_codes/text').locator('li');
  await card('lookup_secret').locator('button[name=lookup_secret_regenerate]').click();
  await expect(codes).toHaveCount(12);
  await save(page, 'settings', 'backup-codes-new', 'new backup codes shown, waiting for confirmation');
  await card('lookup_secret').locator('button[name=lookup_secret_confirm]').click();
  await saved();
  await expect(card('lookup_secret').locator('button[name=lookup_secret_reveal]')).toBeVisible();
  await save(page, 'settings', 'backup-codes-confirmed', 'backup codes confirmed: reveal, regenerate, disable offered');
  await card('lookup_secret').locator('button[name=lookup_secret_reveal]').click();
  await expect(codes).toHaveCount(12);
  await save(page, 'settings', 'backup-codes-revealed', 'confirmed backup codes revealed');

  const js = await browser.newContext({ baseURL, javaScriptEnabled: true });
  await js.addCookies(await page.context().cookies());
  const keys = await js.newPage();
  const cdp = await js.newCDPSession(keys);
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
  await keys.goto('/settings');
  await card('webauthn', keys).locator('input[name=webauthn_register_displayname]').fill('Gallery key');
  await card('webauthn', keys).locator('button[name=webauthn_register_trigger]').click();
  await expect(card('webauthn', keys).locator('button[name=webauthn_remove]')).toBeVisible();
  await save(keys, 'settings', 'security-key-registered', 'security key registered: remove offered');
  await card('passkey', keys).locator('button[name=passkey_register_trigger]').click();
  await expect(card('passkey', keys).locator('button[name=passkey_remove]')).toBeVisible();
  await save(keys, 'settings', 'passkey-registered', 'passkey registered: remove offered');
  await page.context().addCookies(await js.cookies());
  await js.close();

  const next = await request.post(`${process.env.PROVIDER_APP_URL}/next`, {
    data: { subject: `gallery-${user.id}`, email: user.email },
  });
  expect(next.status()).toBe(204);
  await page.goto('/settings');
  await card('oidc').locator('button[name=link][value=hydra]').click();
  await expect(card('oidc').locator('button[name=unlink][value=hydra]')).toBeVisible();
  await save(page, 'settings', 'social-linked', 'social account (Example ID, via Hydra) linked: unlink offered');

  await page.context().clearCookies();
  await page.goto('/login');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.locator('input[name=totp_code]')).toBeVisible();
  await expect(page.locator('button[name=webauthn_login_trigger]')).toBeAttached(); // shown with JS
  await save(page, 'login', 'second-factor', 'second factor (aal2): authenticator app, backup code or security key');
});

test('errors', async ({ page }) => {
  await page.goto(`${KRATOS}/self-service/errors?id=stub:500`);
  await saveError(page, KRATOS, 'stub-500', "Kratos's stub error (stub:500)", 'stub:500');

  await page.goto(`${KRATOS}/self-service/login/browser?return_to=https://elsewhere.example.org/`);
  await expect(page.getByTestId('error-page')).toBeVisible();
  await saveError(page, KRATOS, 'return-to-forbidden', 'sign-in opened with a return_to that is not allowed');

  await page.goto('/login');
  await page.locator('input[name=identifier]').fill('someone@example.com');
  await page.locator('input[name=password]').fill('some-password');
  await page.context().clearCookies();
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('error-page')).toBeVisible();
  await saveError(page, KRATOS, 'csrf', 'sign-in form sent without its anti-CSRF cookie');

  await page.goto(`${KRATOS}/self-service/login/browser?aal=aal2`);
  await expect(page.getByTestId('error-page')).toBeVisible();
  await saveError(page, KRATOS, 'aal1-required', 'second factor asked for without a session');

  const sent = await page.request.post(`${KRATOS}/self-service/login?flow=${randomUUID()}`, {
    form: { csrf_token: 'x', identifier: 'someone@example.com', password: 'some-password', method: 'password' },
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(303);
  const id = new URL(sent.headers().location).searchParams.get('id') ?? undefined;
  await saveError(page, KRATOS, 'unknown-flow', 'sign-in form sent for a flow Kratos does not know', id);
});
