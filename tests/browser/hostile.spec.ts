// Traits holding markup render as text: no dialog opens, no element is injected, the value
// stays exactly what the person typed — on the settings page, after a save (htmx swap or
// Kratos's 303), and on the sessions page. The CSP would block an inline script anyway, so the
// test looks for injected elements and attributes, which the CSP does not stop.
import { test, expect, Page } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

const NAME = `"><script>alert('name')</script><img src=x onerror=alert('img')><svg onload=alert('svg')>`;
const TYPED = `</textarea>' autofocus onfocus=alert('focus') x='<b>bold</b>&amp;`;

async function assertInert(page: Page, dialogs: string[]) {
  expect(dialogs, 'no dialog opened').toEqual([]);
  await expect(page.locator('img[src="x"], [onerror], [onload], [onfocus]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
}

test('traits holding markup are shown as text and never run', async ({ page, request }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const user = await createIdentity(request, { traits: { name: NAME } });
  await signIn(page, user);

  await page.goto('/settings');
  const profile = page.getByTestId('profile-settings-card');
  await expect(profile.getByLabel('Full name')).toHaveValue(NAME);
  await assertInert(page, dialogs);

  await profile.getByLabel('Full name').fill(TYPED);
  await profile.locator('button[name=method][value=profile]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expect(page.getByTestId('profile-settings-card').getByLabel('Full name')).toHaveValue(TYPED);
  await assertInert(page, dialogs);
  await page.screenshot({ path: testInfo.outputPath('hostile-traits.png'), fullPage: true });

  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await assertInert(page, dialogs);
});
