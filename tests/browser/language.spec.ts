// Languages: German from the browser's Accept-Language, or picked with the switcher in the
// header (a plain form, so it works without JavaScript), kept from page to page; Kratos's own
// messages are translated too, with their values filled in.
import { test, expect } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

test('the switcher changes the language of every page, and back', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-de').click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');

  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill('not-the-password');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000006')).toContainText('Die Anmeldedaten sind nicht korrekt');

  await signIn(page, user);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontoeinstellungen');
  const password = page.getByTestId('password-settings-card').locator('input[name=password]');
  await password.fill('short');
  await page.getByTestId('password-settings-card').locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000032').first()).toContainText('mindestens 8 Zeichen');
  await expect(page.getByTestId('error-summary')).toContainText('Es gibt ein Problem');
  await page.screenshot({ path: testInfo.outputPath('settings-german.png'), fullPage: true });

  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account settings');
});

test('a browser that asks for German gets German without choosing', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'de-DE',
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
  });
  const page = await context.newPage();
  await page.goto('/registration');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konto erstellen');
  await expect(page.getByLabel('E-Mail-Adresse')).toBeVisible();
  await context.close();
});
