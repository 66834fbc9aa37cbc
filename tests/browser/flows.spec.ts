// Sign-up, recovery and verification journeys in Chromium, with JavaScript on and off: the
// forms post straight to Kratos and its redirects bring the person back to our pages.
import { randomUUID } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { createIdentity, mailedCode, signIn } from './helpers';

test('signing up in two steps ends signed in on the settings page', async ({ page }, testInfo) => {
  const email = `signup-${randomUUID()}@example.com`;
  await page.goto('/login');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/registration\?flow=/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Full name').fill('New Person');
  await page.locator('button[name=method][value=profile]').click();
  await expect(page.locator('input[name=password]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('registration-step-2.png'), fullPage: true });
  await page.locator('input[name=password]').fill(`Pw-${randomUUID()}`);
  await page.locator('button[name=method][value=password]').click();
  await page.goto('/settings');
  await expect(page.getByTestId('signed-in-as')).toHaveText(email);
  await expect(page.getByLabel('Full name')).toHaveValue('New Person');
});

test('recovering an account with a mailed code leads to setting a new password', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/recovery\?flow=/);
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1060003')).toBeVisible();
  await page.locator('input[name=code]').fill(await mailedCode(request, user.email));
  await page.locator('button[name=method][value=code]').click();
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await expect(page.getByTestId('ui/message/1060001')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('recovered.png'), fullPage: true });
  await page.getByTestId('password-settings-card').getByLabel('Password').fill(`Pw-${randomUUID()}`);
  await page.getByTestId('password-settings-card').locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
});

test('an email address is verified with the mailed code', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/verification');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080003')).toBeVisible();
  await page.locator('input[name=code]').fill(await mailedCode(request, user.email));
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1080002')).toBeVisible();
});

test('another device is listed and signed out from the sessions page', async ({ page, browser, request }, testInfo) => {
  const user = await createIdentity(request, {});
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, user);
  await signIn(page, user);
  await page.goto('/settings');
  await page.getByTestId('sessions-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where you are signed in');
  await expect(page.getByTestId('session-current')).toContainText('This device');
  await expect(page.getByTestId('session-other')).toHaveCount(1);
  await expect(page.getByTestId('session-other')).toContainText('Chrome on Linux');
  await page.screenshot({ path: testInfo.outputPath('sessions.png'), fullPage: true });
  await page.getByRole('button', { name: 'Sign this device out' }).click();
  await expect(page.getByTestId('ui/notice/session-revoked')).toBeVisible();
  await expect(page.getByTestId('session-other')).toHaveCount(0);
  await otherPage.goto('/settings');
  await expect(otherPage).toHaveURL(/\/login\?flow=/);
  await other.close();
});
