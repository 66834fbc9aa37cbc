// Ways in without a password, against the second stack of the browser tests (Kratos with
// tests/kratos/profiles/passwordless.yml: mailed sign-in codes and legacy passwordless security
// keys). A code works with JavaScript on (htmx swaps) and off (plain posts); a security key
// needs JavaScript, and without it the page says so in one sentence.
import { test, expect } from '@playwright/test';
import { addVirtualAuthenticator, createIdentity, mailedCode, withoutPasskeyAutofill } from './helpers';

const ADMIN = 'http://127.0.0.1:4504';
test.use({ baseURL: 'http://localhost:4505' });

test('a mailed code signs in: the address typed once, a wrong code explained at its field', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, { verified: true, admin: ADMIN });
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?flow=/);
  await page.locator('input[name=identifier]').fill(user.email);
  await page.getByRole('button', { name: 'Send me a sign-in code' }).click();
  await expect(page.getByTestId('ui/message/1010014')).toBeVisible();
  await expect(page.getByTestId('login-identifier')).toContainText(user.email);
  await expect(page.locator('input[name=identifier]:not([type=hidden])')).toHaveCount(0);
  const code = await mailedCode(request, user.email, ADMIN);

  await page.getByLabel('Sign-in code').fill(code === '000000' ? '111111' : '000000');
  await page.getByLabel('Sign-in code').press('Enter');
  await expect(page.getByTestId('ui/message/4010008')).toBeVisible();
  await expect(page.getByLabel('Sign-in code')).toHaveAttribute('aria-invalid', 'true');
  // The error summary has the focus and its link leads to the field.
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('code-wrong.png'), fullPage: true });

  await page.getByLabel('Sign-in code').fill(code);
  await page.getByLabel('Sign-in code').press('Enter');
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await expect(page.getByTestId('signed-in-as')).toHaveText(user.email);
});

test('a security key alone signs in (passwordless WebAuthn)', async ({ page, browser, request }, testInfo) => {
  const user = await createIdentity(request, { admin: ADMIN });
  // The key is added with JavaScript (in its own page when this project has it off).
  const jsContext = await browser.newContext({ baseURL: 'http://localhost:4505', javaScriptEnabled: true });
  const keyPage = await jsContext.newPage();
  await addVirtualAuthenticator(keyPage);
  await withoutPasskeyAutofill(keyPage);
  await keyPage.goto('/settings');
  await keyPage.locator('input[name=identifier]').fill(user.email);
  await keyPage.locator('input[name=password]').fill(user.password);
  await keyPage.locator('button[name=method][value=password]').click();
  await expect(keyPage).toHaveURL(/\/settings\?flow=/);
  await keyPage.locator('input[name=webauthn_register_displayname]').fill('Door key');
  await keyPage.locator('button[name=webauthn_register_trigger]').click();
  await expect(keyPage.getByTestId('ui/message/1050001')).toBeVisible();
  await keyPage.getByTestId('logout').click();
  await expect(keyPage).toHaveURL(/\/login\?flow=/);

  const signInWith = testInfo.project.name === 'js-on' ? keyPage : page;
  await signInWith.goto('/login');
  await signInWith.locator('input[name=identifier]').fill(user.email);
  await signInWith.locator('button[name=method][value=webauthn]').click();
  const trigger = signInWith.locator('button[name=webauthn_login_trigger]');
  if (testInfo.project.name === 'js-off') {
    await expect(signInWith.getByTestId('node/input/webauthn_login_trigger/needs-js')).toBeVisible();
    await expect(trigger).toBeHidden();
    await jsContext.close();
    return;
  }
  await expect(trigger).toBeVisible();
  await trigger.click();
  await expect(keyPage).not.toHaveURL(/\/login/);
  await keyPage.goto('/settings');
  await expect(keyPage.getByTestId('signed-in-as')).toHaveText(user.email);
  await jsContext.close();
});
