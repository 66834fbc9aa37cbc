// Gallery states of the stack that asks for the identifier first and offers mailed sign-in
// codes (scripts/capture-gallery.sh, KRATOS_PROFILE=identifier-first), reached as a person
// reaches them in Chromium with JavaScript off.
import { randomUUID } from 'node:crypto';
import { test, expect, Page } from '@playwright/test';
import { createIdentity, mailedCode } from '../browser/helpers';
import { saveFlow } from './save';

const KRATOS = 'http://localhost:4493';
const ADMIN = 'http://127.0.0.1:4494';
const save = (page: Page, flow: string, state: string, about: string) => saveFlow(page, KRATOS, flow, state, about);

test('sign-in: identifier first, then a mailed code', async ({ page, request }) => {
  const user = await createIdentity(request, { verified: true, admin: ADMIN });
  await page.goto('/login');
  await expect(page.locator('input[name=password]')).toHaveCount(0);
  await save(page, 'login', 'identifier-first', 'identifier first: only the identifier is asked for');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('button[name=method][value=identifier_first]').click();
  await expect(page.locator('input[name=password]')).toBeVisible();
  await save(page, 'login', 'identifier-first-methods', "identifier first, second step: the identity's methods (password, mailed code)");
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1010014')).toBeVisible();
  await save(page, 'login', 'code-sent', 'sign-in code mailed, code asked');
  await mailedCode(request, user.email, ADMIN);
  await page.locator('input[name=code]').fill('000000');
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/4010008')).toBeVisible();
  await save(page, 'login', 'code-wrong', 'sign-in with a wrong code');
});

test('sign-up by a mailed code', async ({ page }) => {
  await page.goto('/registration');
  await page.locator('input[name="traits.email"]').fill(`gallery-${randomUUID()}@example.com`);
  await page.locator('button[name=method][value=profile]').click();
  await page.locator('button[name=method][value=code]').click();
  await expect(page.getByTestId('ui/message/1040005')).toBeVisible();
  await save(page, 'registration', 'code-sent', 'sign-up code mailed, code asked');
});
