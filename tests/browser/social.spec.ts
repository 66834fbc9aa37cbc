// Social sign-in in Chromium against a real OpenID Connect provider (Ory Hydra, started by
// `SOCIAL=1 scripts/dev.sh`): linking goes through the provider and back, with JavaScript
// (htmx follows Kratos's redirect) and without (the form posts to Kratos, whose redirect the
// CSP form-action must allow).
import { test, expect } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

test('a social account is linked and unlinked', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  const next = await request.post(`${process.env.PROVIDER_APP_URL}/next`, {
    data: { subject: `browser-${user.id}`, email: user.email },
  });
  expect(next.status()).toBe(204);
  await signIn(page, user);
  await page.goto('/settings');
  const card = () => page.getByTestId('oidc-settings-card');
  const link = card().locator('button[name=link][value=hydra]');
  await expect(link).toHaveText(/Example ID/);
  await expect(link).toHaveAttribute('data-provider', 'hydra');

  await link.click();
  await expect(page).toHaveURL(/\/settings\?flow=/);
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(card().locator('button[name=unlink][value=hydra]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('social-linked.png'), fullPage: true });

  await card().locator('button[name=unlink][value=hydra]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(card().locator('button[name=link][value=hydra]')).toBeVisible();
});
