// Expired states, on the short-lived stack (flows expire after 10 s): a form left open past
// its lifespan and then sent, so Kratos answers with a new flow carrying the "expired" message.
import { randomUUID } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { saveFlow } from './save';

const KRATOS = 'http://localhost:4483';
const ADMIN = 'http://127.0.0.1:4484';
const LIFESPAN_MS = 10_000;

test('an expired sign-in form', async ({ page }) => {
  await page.goto('/login');
  const first = new URL(page.url()).searchParams.get('flow');
  await page.locator('input[name=identifier]').fill('someone@example.com');
  await page.locator('input[name=password]').fill('some-password');
  await page.waitForTimeout(LIFESPAN_MS + 1_000);
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4010001')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('flow')).not.toBe(first);
  await saveFlow(page, KRATOS, 'login', 'expired', 'sign-in sent after its lifespan: a new flow says so');
});

test('an expired settings form', async ({ page, request }) => {
  const email = `gallery-expired-${Date.now()}@example.com`;
  const password = `Pw-${randomUUID()}`;
  const created = await request.post(`${ADMIN}/admin/identities`, {
    data: { schema_id: 'default', traits: { email }, credentials: { password: { config: { password } } } },
  });
  expect(created.status()).toBe(201);
  await page.goto('/login');
  await page.locator('input[name=identifier]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[name=method][value=password]').click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/settings');
  await page.getByTestId('profile-settings-card').locator('input[name="traits.name"]').fill('Late Person');
  await page.waitForTimeout(LIFESPAN_MS + 1_000);
  await page.getByTestId('profile-settings-card').locator('button[name=method][value=profile]').click();
  await expect(page.getByTestId('ui/message/4050001')).toBeVisible();
  await saveFlow(page, KRATOS, 'settings', 'expired', 'settings sent after its lifespan: a new flow says so');
});
