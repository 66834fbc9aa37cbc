// Accessibility, tested: axe-core finds zero violations on every page and state, in the light
// and the dark colour scheme, with JavaScript on and off (the two Playwright projects).
//
// Live pages are reached the way a person reaches them (including states that only exist after
// an htmx swap); every state captured from Kratos is checked on its gallery page, which is the
// page a visitor would see for that state.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, BrowserContext, Page } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

const SCHEMES = ['light', 'dark'] as const;

/**
 * axe runs in the page, which needs JavaScript. With JavaScript off, the page as the server sent
 * it (same URL, same cookies) is loaded into a scripted copy with every script removed and every
 * `<noscript>` turned into a plain element, which is exactly what a browser without JavaScript
 * shows, and axe checks that copy.
 */
async function expectNoViolations(page: Page, what: string) {
  const scripted = test.info().project.name === 'js-on';
  let target = page;
  let context: BrowserContext | undefined;
  if (!scripted) {
    const url = page.url();
    // Any status: error pages answer 4xx/5xx with a page to check.
    const response = await page.request.get(url);
    const html = (await response.text())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<noscript>/g, '<div data-was-noscript>')
      .replace(/<\/noscript>/g, '</div>');
    context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    target = await context.newPage();
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await target.goto(url);
  }
  try {
    await runAxe(target, what);
  } finally {
    await context?.close();
  }
}

async function runAxe(page: Page, what: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // Every default rule, plus WCAG 2.2's touch-target size (24 × 24 px), which is off by default.
    const results = await new AxeBuilder({ page })
      .options({ rules: { 'target-size': { enabled: true } } })
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
    );
    expect(summary, `${what}, ${colorScheme} scheme`).toEqual([]);
  }
}

test('every captured flow state has no accessibility violations', async ({ page }, testInfo) => {
  // Every gallery state, both schemes, axe each time: about 4 minutes on 2 shared
  // CPUs on a quiet day, over 5 on a busy one. A bound for a hang, not a speed test.
  test.setTimeout(900_000);
  // The whole gallery, in both schemes, for a person to look at (test-results/).
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/gallery');
    await page.screenshot({ path: testInfo.outputPath(`gallery-${colorScheme}.png`), fullPage: true });
  }
  // Every state the gallery shows: those captured from Kratos and our own.
  // (Read from the HTML: with JavaScript off nothing can be evaluated in the page.)
  const index = await (await page.request.get('/gallery')).text();
  const states = [...index.matchAll(/data-testid="gallery\/([a-z0-9-]+)"/g)].map((match) => match[1]);
  expect(states.length).toBeGreaterThan(40);
  for (const state of states) {
    const response = await page.goto(`/gallery/${state}`);
    expect(response?.status(), state).toBe(200);
    await expectNoViolations(page, state);
  }
});

test('live sign-in pages, fresh and after a failed attempt, have no violations', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await expectNoViolations(page, 'login, fresh');
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill('not-the-password');
  await page.locator('button[name=method][value=password]').click();
  await expect(page.getByTestId('ui/message/4000006')).toBeVisible();
  await expectNoViolations(page, 'login, wrong password');
  await page.goto('/registration');
  await expectNoViolations(page, 'registration, fresh');
  await page.goto('/recovery');
  await expectNoViolations(page, 'recovery, fresh');
  await page.goto('/verification');
  await expectNoViolations(page, 'verification, fresh');
  await page.goto('/error?id=stub:500');
  await expectNoViolations(page, 'error page');
  await page.goto('/no-such-page');
  await expectNoViolations(page, 'page not found');
});

test('live settings pages, fresh, invalid, saved, and the other signed-in pages have no violations', async ({ page, request }) => {
  const user = await createIdentity(request, {});
  await signIn(page, user);
  await page.goto('/settings');
  await expectNoViolations(page, 'settings, fresh');
  const profile = page.getByTestId('profile-settings-card');
  await profile.getByLabel('Website').fill('http://x');
  await profile.locator('button[name=method][value=profile]').click();
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await expectNoViolations(page, 'settings, invalid profile');
  await page.getByTestId('profile-settings-card').getByLabel('Website').fill('');
  await page.getByTestId('profile-settings-card').getByLabel('Full name').fill(`Name ${randomUUID().slice(0, 8)}`);
  await page.getByTestId('profile-settings-card').locator('button[name=method][value=profile]').click();
  await expect(page.getByTestId('ui/message/1050001')).toBeVisible();
  await expectNoViolations(page, 'settings, saved');
  await page.goto('/sessions');
  await expectNoViolations(page, 'sessions');
  await page.goto('/logout');
  await expectNoViolations(page, 'sign-out confirmation');
});
