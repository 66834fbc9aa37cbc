// Authenticator app and backup codes in Chromium: with JavaScript the secret and the codes can
// be copied and the codes downloaded; without it the codes are a plain list that prints well.
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { createIdentity, signIn, totpCode } from './helpers';

test('the QR code, redrawn one pixel per module, scans to the secret shown beside it', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const card = page.getByTestId('totp-settings-card');
  const secret = (await card.getByTestId('node/text/totp_secret_key/text').innerText()).trim();
  const qr = card.getByTestId('node/image/totp_qr');
  // Kratos's 256-pixel PNG of 16-bit grey is about 2,750 characters of base64; ours a third.
  expect((await qr.getAttribute('src'))!.length).toBeLessThan(1_000);
  const shot = testInfo.outputPath('totp-qr.png');
  await qr.screenshot({ path: shot });
  // zbar (Debian's zbar-tools) reads it as a phone's camera would.
  const scanned = execFileSync('zbarimg', ['--quiet', '--raw', shot], { encoding: 'utf8' }).trim();
  expect(scanned).toMatch(/^otpauth:\/\/totp\//);
  expect(new URL(scanned).searchParams.get('secret')).toBe(secret);
});

test('the authenticator secret can be copied when JavaScript is on', async ({ page, request, context }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const card = page.getByTestId('totp-settings-card');
  const secret = (await card.getByTestId('node/text/totp_secret_key/text').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const copy = card.getByTestId('node/text/totp_secret_key/copy');
  if (testInfo.project.name === 'js-off') {
    await expect(copy).toBeHidden();
    return;
  }
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await copy.click();
  await expect(copy).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
});

test('backup codes are listed, downloadable with JavaScript and count once confirmed', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await page.getByTestId('lookup_secret-settings-card').locator('button[name=lookup_secret_regenerate]').click();
  const list = page.getByTestId('node/text/lookup_secret_codes/text');
  await expect(list.locator('li code')).toHaveCount(12);
  const codes = (await list.locator('li code').allInnerTexts()).map((code) => code.trim());
  const download = page.getByTestId('node/text/lookup_secret_codes/download');
  if (testInfo.project.name === 'js-on') {
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('backup-codes.txt');
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8').trim().split('\n')).toEqual(codes);
  } else {
    await expect(download).toBeHidden();
  }
  await page.screenshot({ path: testInfo.outputPath('backup-codes.png'), fullPage: true });
  await page.getByTestId('lookup_secret-settings-card').locator('button[name=lookup_secret_confirm]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
});

test('an authenticator app is turned on with its code, asked for at sign-in, and turned off', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  const card = () => page.getByTestId('totp-settings-card');
  await expect(card().getByTestId('node/image/totp_qr')).toBeVisible();
  const secret = (await card().getByTestId('node/text/totp_secret_key/text').innerText()).trim();

  await card().getByLabel('Confirm code').fill('000000');
  await card().locator('button[name=method][value=totp]').click();
  await expect(card().getByTestId('ui/message/4000008')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toBeFocused();

  await card().getByLabel('Confirm code').fill(totpCode(secret));
  await card().locator('button[name=method][value=totp]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(card().locator('button[name=totp_unlink]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('totp-on.png'), fullPage: true });

  // Signing in again asks for the app's code.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login\?flow=/);
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
  // Kratos sends the person on to the second step at once (with htmx, once the answer is in).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second step');
  await page.locator('input[name=totp_code]').fill(totpCode(secret));
  await page.locator('button[name=method][value=totp]').click();
  await expect(page).toHaveURL(/\/settings\?flow=/);

  await card().locator('button[name=totp_unlink]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(card().getByTestId('node/image/totp_qr')).toBeVisible();
});
