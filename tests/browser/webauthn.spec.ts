// Security keys (WebAuthn) in a real Chromium with a CDP virtual authenticator: adding one
// needs JavaScript (Kratos's own script, served from our origin and called by ours); using it
// as a second step and removing it work like every other form.
import { test, expect, BrowserContext } from '@playwright/test';
import { addVirtualAuthenticator, createIdentity, signIn, User, withoutPasskeyAutofill } from './helpers';

/** Registers a security key for `user` in a JavaScript-enabled page; returns that page. */
async function registerKey(context: BrowserContext, user: User, keyName: string) {
  const page = await context.newPage();
  await addVirtualAuthenticator(page);
  await signIn(page, user);
  await page.goto('/settings');
  const card = page.getByTestId('webauthn-settings-card');
  await card.getByLabel('Security key name').fill(keyName);
  await card.getByRole('button', { name: 'Add security key' }).click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toContainText(keyName);
  return page;
}

test('a security key is added, used as the second step and removed', async ({ page, browser, request }, testInfo) => {
  const user = await createIdentity(request, {});
  if (testInfo.project.name === 'js-off') {
    // Without JavaScript the page says plainly that adding a key needs it.
    await signIn(page, user);
    await page.goto('/settings');
    const card = page.getByTestId('webauthn-settings-card');
    await expect(card.getByTestId('node/input/webauthn_register_trigger/needs-js')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Add security key' })).toBeHidden();
    await expect(card.locator('input[name=webauthn_register_displayname]')).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('webauthn-js-off.png'), fullPage: true });

    // A key added elsewhere (with JavaScript) is removed here with a plain form.
    const jsContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: true });
    await registerKey(jsContext, user, 'Desk key');
    await page.context().addCookies(await jsContext.cookies());
    await jsContext.close();
    await page.goto('/settings');
    await page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]').click();
    await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
    await expect(page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toHaveCount(0);
    return;
  }

  const context = page.context();
  const keyPage = await registerKey(context, user, 'Pocket key');
  await withoutPasskeyAutofill(keyPage);
  await keyPage.screenshot({ path: testInfo.outputPath('webauthn-added.png'), fullPage: true });

  // Sign out, sign in with the password: the key is asked for as the second step.
  await keyPage.getByTestId('logout').click();
  await expect(keyPage).toHaveURL(/\/login\?flow=/);
  await keyPage.locator('input[name=identifier]').fill(user.email);
  await keyPage.locator('input[name=password]').fill(user.password);
  await keyPage.locator('button[name=method][value=password]').click();
  await expect(keyPage.getByTestId('ui/message/1010004')).toBeVisible();
  await expect(keyPage).toHaveURL(/\/login\?flow=/);
  await keyPage.screenshot({ path: testInfo.outputPath('webauthn-second-step.png'), fullPage: true });
  await keyPage.locator('button[name=webauthn_login_trigger]').click();
  await expect(keyPage).toHaveURL(/\/settings\?flow=/);

  // Removal is an ordinary form (htmx here).
  await keyPage.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]').click();
  await expect(keyPage.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(keyPage.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toHaveCount(0);
});

test('a passkey is added and removed', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const card = page.getByTestId('passkey-settings-card');
  if (testInfo.project.name === 'js-off') {
    await expect(card.getByTestId('node/input/passkey_register_trigger/needs-js')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Add passkey' })).toBeHidden();
    return;
  }
  await addVirtualAuthenticator(page, 'internal');
  await card.getByRole('button', { name: 'Add passkey' }).click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  const remove = page.getByTestId('passkey-settings-card').locator('button[name=passkey_remove]');
  await expect(remove).toHaveCount(1);
  await remove.click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.getByTestId('passkey-settings-card').locator('button[name=passkey_remove]')).toHaveCount(0);
});

test('security key changes with an old session ask for the password first, then apply', async ({ page, browser, request }, testInfo) => {
  test.slow();
  const user = await createIdentity(request, {});
  const confirmWithPassword = async () => {
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByTestId('ui/message/1010003')).toBeVisible();
    await page.locator('input[name=password]').fill(user.password);
    await page.locator('button[name=method][value=password]').click();
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  };
  if (testInfo.project.name === 'js-off') {
    // Removing (a plain form) with an old session.
    const jsContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: true });
    await registerKey(jsContext, user, 'Old key');
    await page.context().addCookies(await jsContext.cookies());
    await jsContext.close();
    await page.waitForTimeout(11_000);
    await page.goto('/settings');
    await page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]').click();
    await confirmWithPassword();
    await expect(page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toHaveCount(0);
    return;
  }
  // Adding (JavaScript) with an old session.
  await addVirtualAuthenticator(page);
  await signIn(page, user);
  await page.waitForTimeout(11_000);
  await page.goto('/settings');
  const card = page.getByTestId('webauthn-settings-card');
  await card.getByLabel('Security key name').fill('Late key');
  await card.getByRole('button', { name: 'Add security key' }).click();
  await confirmWithPassword();
  await expect(page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_remove]')).toContainText('Late key');
});

test('signing up with a passkey needs JavaScript and signs in', async ({ page }, testInfo) => {
  const email = `passkey-${Date.now()}@example.com`;
  await page.goto('/registration');
  await page.getByLabel('Email address').fill(email);
  await page.locator('button[name=method][value=profile]').click();
  const trigger = page.locator('button[name=passkey_register_trigger]');
  if (testInfo.project.name === 'js-off') {
    await expect(page.getByTestId('node/input/passkey_register_trigger/needs-js')).toBeVisible();
    await expect(trigger).toBeHidden();
    return;
  }
  await addVirtualAuthenticator(page, 'internal');
  await trigger.click();
  await expect(page).not.toHaveURL(/\/registration/);
  await page.goto('/settings');
  await expect(page.getByTestId('signed-in-as')).toHaveText(email);
  await expect(page.getByTestId('passkey-settings-card').locator('button[name=passkey_remove]')).toHaveCount(1);
});

test('a passkey signs in from its button, and the identifier field offers it by autofill', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  if (testInfo.project.name === 'js-off') {
    // Without JavaScript one plain sentence stands in for the button; the password still works.
    await page.goto('/login');
    await expect(page.getByTestId('node/input/passkey_login_trigger/needs-js')).toBeVisible();
    await expect(page.locator('button[name=passkey_login_trigger]')).toBeHidden();
    await signIn(page, user);
    return;
  }
  await addVirtualAuthenticator(page, 'internal');
  await signIn(page, user);
  await page.goto('/settings');
  await page.getByTestId('passkey-settings-card').getByRole('button', { name: 'Add passkey' }).click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  // Autofill: signing out lands on the sign-in page, whose identifier field asks for passkeys
  // too; our script starts Kratos's conditional request (the node's onloadTrigger, under the
  // strict CSP), which the virtual authenticator answers at once: signed in, nothing typed.
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login\?flow=/, { waitUntil: 'commit' });
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto('/settings');
  await expect(page.getByTestId('signed-in-as')).toHaveText(user.email);

  // The button, with autofill kept from starting: the passkey alone signs in.
  await withoutPasskeyAutofill(page);
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.locator('input[name=identifier]')).toHaveAttribute('autocomplete', /webauthn/);
  await page.screenshot({ path: testInfo.outputPath('passkey-sign-in.png'), fullPage: true });
  await page.locator('button[name=passkey_login_trigger]').click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/settings');
  await expect(page.getByTestId('signed-in-as')).toHaveText(user.email);
});
