// Settings journeys in a real Chromium, once with JavaScript (htmx swaps) and once without
// (plain forms through Kratos's 303s): the person sees the same messages, values and focus.
import { randomUUID } from 'node:crypto';
import { test, expect, Page } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

const jsOn = (name: string) => name === 'js-on';

async function markWindow(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __noReload: string }).__noReload = 'still here';
  });
}

async function windowMarker(page: Page) {
  return page.evaluate(() => (window as unknown as { __noReload?: string }).__noReload);
}

test('settings without a session goes through sign-in and comes back', async ({ page, request }) => {
  const user = await createIdentity(request, { traits: { name: 'Round Trip' } });
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await expect(page.getByLabel('Full name')).toHaveValue('Round Trip');
});

test('saving a new name shows that it was saved', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, { traits: { name: 'Before' } });
  await signIn(page, user);
  await page.goto('/settings');
  const profile = page.getByTestId('profile-settings-card');
  if (jsOn(testInfo.project.name)) await markWindow(page);

  await profile.getByLabel('Full name').fill('After');
  await profile.locator('button[name=method][value=profile]').click();

  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.getByTestId('profile-settings-card').getByLabel('Full name')).toHaveValue('After');
  await expect(page.locator('#flow-status')).toBeFocused();
  if (jsOn(testInfo.project.name)) {
    expect(await windowMarker(page), 'the page was not reloaded').toBe('still here');
    // A swapped fragment carries no `autofocus` (WebKit would act on it late, taking the focus
    // from wherever the person has moved it): our script focused the target instead.
    await expect(page.locator('#flow [autofocus]')).toHaveCount(0);
  }
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await page.screenshot({ path: testInfo.outputPath('settings-saved.png'), fullPage: true });
});

test('a too short website is explained under the field and in the focused summary, whose link leads to it', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  if (jsOn(testInfo.project.name)) await markWindow(page);
  const profile = page.getByTestId('profile-settings-card');

  await profile.getByLabel('Website').fill('http://x');
  await profile.locator('button[name=method][value=profile]').click();

  const website = page.getByTestId('profile-settings-card').getByLabel('Website');
  await expect(page.locator('#profile-traits-website-messages').getByTestId('ui/message/4000003')).toBeVisible();
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(website).toHaveValue('http://x');
  // GOV.UK pattern: focus on the error summary, whose link leads to the field.
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Website');
  await page.getByTestId('error-summary').getByRole('link', { name: /Website/ }).click();
  await expect(website).toBeFocused();
  if (jsOn(testInfo.project.name)) {
    expect(await windowMarker(page)).toBe('still here');
  }
  await page.screenshot({ path: testInfo.outputPath('settings-invalid.png'), fullPage: true });
});

test('a short password is refused, then a good one is saved', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const password = () => page.getByTestId('password-settings-card').getByLabel('Password');

  await password().fill('short');
  await page.getByTestId('password-settings-card').locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000032')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(password()).toHaveValue('');

  await password().fill(`New-${randomUUID()}`);
  await page.getByTestId('password-settings-card').locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.getByTestId('ui/message/4000032')).toHaveCount(0);
  // The button that was clicked is usable again.
  await expect(page.getByTestId('password-settings-card').locator('button[name=method][value=password]')).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('settings-password.png'), fullPage: true });
});

test('signing out works and leads to the sign-in page', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await expect(page.getByTestId('signed-in-as')).toHaveText(user.email);
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?flow=/);
});

test('a change with an old session asks for the password again, then is applied once', async ({ page, request }, testInfo) => {
  test.slow();
  const user = await createIdentity(request, { traits: { name: 'Old Session' } });
  await signIn(page, user);
  // The stack runs with a privileged session of 10 s (playwright.config.ts).
  await page.waitForTimeout(11_000);
  await page.goto('/settings');
  const newPassword = `Renewed-${randomUUID()}`;
  await page.getByTestId('password-settings-card').getByLabel('Password').fill(newPassword);
  await page.getByTestId('password-settings-card').locator('button[name=method][value=password]').click();

  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm it is you');
  await expect(page.getByTestId('ui/message/1010003')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('login-refresh.png'), fullPage: true });
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();

  await expect(page).toHaveURL(/\/settings\?flow=/);
  await expect(page.getByTestId('ui/message/1050001')).toHaveCount(1);

  // Applied: the new password signs in.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await signIn(page, { ...user, password: newPassword });
});

test('a save without the CSRF cookie ends on an error page that says why', async ({ page, request, context }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await context.clearCookies({ name: /^csrf_token/ });
  await page.getByTestId('profile-settings-card').getByLabel('Full name').fill('Forged');
  await page.getByTestId('profile-settings-card').locator('button[name=method][value=profile]').click();

  await expect(page).toHaveURL(/\/error/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your request could not be verified');
  await expect(page.getByTestId('error-page')).toContainText('CSRF');
  await page.screenshot({ path: testInfo.outputPath('error-csrf.png'), fullPage: true });
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await expect(page).toHaveURL(/\/settings\?flow=/);
});
