// A keyboard-only journey (Tab, Shift+Tab, Enter, Space, and typing into fields) through
// sign-in and every settings section, asserting where the focus lands after each step, with
// JavaScript on (htmx swaps) and off (full pages after Kratos's 303s).
import { randomUUID } from 'node:crypto';
import { test, expect, Locator, Page } from '@playwright/test';
import { createIdentity } from './helpers';

const jsOn = (name: string) => name === 'js-on';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is not reachable. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reachable with ${key} within ${limit} presses`).toBeFocused();
}

test('signing in and using every settings section works with the keyboard alone', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');

  // The first Tab reaches the skip link, which leads into the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await tabTo(page, page.locator('input[name=identifier]'));
  await page.keyboard.type(user.email);
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name=password]')).toBeFocused();
  await page.keyboard.type('wrong-password-123');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ui/message/4000006')).toBeVisible();
  await expect(page.locator('#flow-status'), 'a failed sign-in focuses its message').toBeFocused();

  await tabTo(page, page.locator('input[name=password]'));
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/settings\?flow=/);
  await page.goto('/settings');
  await expect(page.getByTestId('settings-flow')).toBeVisible();

  // Profile: type a name, save with Enter; the status region says it was saved.
  const profile = page.getByTestId('profile-settings-card');
  await tabTo(page, profile.getByLabel('Full name'));
  await page.keyboard.type('Keyboard User');
  await tabTo(page, profile.locator('button[name=method][value=profile]'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.locator('#flow-status')).toBeFocused();

  // The newsletter box toggles with Space.
  const newsletter = page.getByTestId('profile-settings-card').locator('input[type=checkbox]');
  await tabTo(page, newsletter);
  await page.keyboard.press('Space');
  await expect(newsletter).toBeChecked();

  // Password: a short one is refused; focus on the error summary, whose link leads to the field.
  const passwordCard = () => page.getByTestId('password-settings-card');
  await tabTo(page, passwordCard().locator('input[name=password]'));
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ui/message/4000032')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('error-summary').getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(passwordCard().locator('input[name=password]')).toBeFocused();
  await page.keyboard.type(`Keys-${randomUUID()}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.locator('#flow-status')).toBeFocused();

  // Authenticator app: a wrong code is refused, focus on the summary.
  const totp = () => page.getByTestId('totp-settings-card');
  await tabTo(page, totp().locator('input[name=totp_code]'));
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await expect(totp().getByTestId('ui/message/4000008')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toBeFocused();

  // Backup codes: Space on the button shows new codes.
  const regenerate = page.getByTestId('lookup_secret-settings-card').locator('button[name=lookup_secret_regenerate]');
  await tabTo(page, regenerate);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('node/text/lookup_secret_codes/text').locator('li')).toHaveCount(12);

  // Security keys and passkeys need JavaScript: reachable with it, skipped without it.
  const keyButton = page.getByTestId('webauthn-settings-card').locator('button[name=webauthn_register_trigger]');
  if (jsOn(testInfo.project.name)) {
    await tabTo(page, keyButton);
  } else {
    await expect(keyButton).toBeHidden();
  }

  // Linked accounts: the provider's button is reachable.
  await tabTo(page, page.getByTestId('oidc-settings-card').locator('button[name=link]'));

  // And back up to where the account is signed in.
  await tabTo(page, page.getByTestId('sessions-link'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sessions$/);
});
