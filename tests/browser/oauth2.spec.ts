// An app signing people in through Ory Hydra, with this UI as Hydra's login, consent and logout
// app, in Chromium with JavaScript on and off: the demo app "Acceptance Notes" (started by
// `OAUTH2=1 scripts/dev.sh`) is sent back its code and shows the ID token's claims. Each answer
// leads the browser through Kratos and Hydra to the app's own address, so these journeys also
// prove the CSP form-action lets exactly those navigations through. (Their pages' accessibility
// is checked on their gallery states, like every other page's.)
import { test, expect, Page } from '@playwright/test';
import { createIdentity, User } from './helpers';

const app = process.env.OAUTH2_APP_URL!;

async function signInThroughTheApp(page: Page, user: User) {
  await page.goto(`${app}/`);
  await page.getByRole('link', { name: 'Sign in with your account' }).click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.locator('main')).toContainText('continue to Acceptance Notes');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
}

test('an app gets the person signed in here after their consent', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, { traits: { name: 'Ada Lovelace' } });
  await signInThroughTheApp(page, user);
  await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allow Acceptance Notes to use your account?');
  await expect(page.getByTestId('consent-scope-email')).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('consent.png'), fullPage: true });
  await page.getByTestId('consent-accept').click();
  await expect(page).toHaveURL(`${app}/`);
  await expect(page.getByTestId('app-signed-in')).toHaveText(`Signed in as ${user.email}`);
  const claims = JSON.parse((await page.getByTestId('app-claims').textContent())!);
  expect(claims.sub).toBe(user.id);
  expect(claims.name).toBe('Ada Lovelace');
});

test('denying gives the app nothing', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await signInThroughTheApp(page, user);
  await page.getByTestId('consent-reject').click();
  await expect(page.getByTestId('app-error')).toContainText('access_denied');
});

test('signing out of the app asks, then signs the person out here too', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signInThroughTheApp(page, user);
  await page.getByTestId('consent-accept').click();
  await expect(page.getByTestId('app-signed-in')).toBeVisible();
  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/logout\?logout_challenge=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign out of Acceptance Notes?');
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('app-signed-out')).toBeVisible();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?flow=/);
});

test('the apps page lists the app, and removing its access takes it away', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signInThroughTheApp(page, user);
  await page.getByTestId('consent-accept').click();
  await expect(page.getByTestId('app-signed-in')).toBeVisible();
  await page.goto('/settings');
  await page.getByTestId('apps-link').click();
  await expect(page).toHaveURL(/\/apps$/);
  const row = page.getByTestId('app');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Acceptance Notes');
  await expect(row).toContainText('See your email address');
  await page.screenshot({ path: testInfo.outputPath('apps.png'), fullPage: true });
  await page.getByTestId('remove-app-access').click();
  await expect(page.getByTestId('ui/notice/app-access-removed')).toBeVisible();
  await expect(page.getByTestId('app')).toHaveCount(0);
  await expect(page.getByTestId('no-apps')).toBeVisible();
});
