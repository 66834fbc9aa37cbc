// Accessibility, tested: axe-core finds zero violations on every page and state, in the light
// and the dark colour scheme, with JavaScript on and off (the two Playwright projects).
//
// Live pages are reached the way a person reaches them (including states that only exist after
// an htmx swap); every state captured from Kratos is checked on its gallery page, which is the
// page a visitor would see for that state.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { test, expect, BrowserContext, Page, Route } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

const SCHEMES = ['light', 'dark'] as const;

/**
 * axe runs in the page, which needs JavaScript. With JavaScript off, the page as the server sent
 * it (same URL, same cookies) is loaded into a scripted copy with every script removed and every
 * `<noscript>` turned into a plain element, which is exactly what a browser without JavaScript
 * shows, and axe checks that copy.
 */
async function expectNoViolations(page: Page, what: string) {
  if (test.info().project.name === 'js-on') {
    await runAxe(page, what);
    return;
  }
  const url = page.url();
  // Any status: error pages answer 4xx/5xx with a page to check.
  const response = await page.request.get(url);
  const html = (await response.text())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<noscript>/g, '<div data-was-noscript>')
    .replace(/<\/noscript>/g, '</div>');
  const target = await scriptedPage(page);
  const serve = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  await target.route(url, serve);
  try {
    await target.goto(url);
  } finally {
    await target.unroute(url, serve);
  }
  await runAxe(target, what);
}

/**
 * The page the copies are checked in: one per file, reused, as a new context for each copy
 * cost 0.3 s to open and close and left axe-core to be compiled afresh each time (a further
 * 0.5 s; measured on 2 CPUs). Every copy is a new document in it; it sets no cookies and keeps
 * nothing of one copy for the next.
 */
let copies: { context: BrowserContext; page: Page } | undefined;

async function scriptedPage(page: Page): Promise<Page> {
  if (!copies) {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    copies = { context, page: await context.newPage() };
  }
  return copies.page;
}

test.afterAll(async () => {
  await copies?.context.close();
  copies = undefined;
});

/**
 * axe-core, the very copy @axe-core/playwright would inject (resolved from that package, so no
 * second dependency and no second version).
 *
 * axe-core is run directly rather than through @axe-core/playwright's AxeBuilder, because
 * AxeBuilder's own work was most of the time of a check: each check injects axe-core's 1.5 MB
 * into the page and again into a blank page it opens to merge the results. Measured on 2 CPUs,
 * per gallery state: AxeBuilder 0.65 s for every rule, 0.41 s for a single cheap rule; axe-core
 * directly 0.09 s to inject, then 0.13 s for every rule. What AxeBuilder adds is reaching into
 * iframes, and no page of ours has one (asserted below). So each page gets axe-core once, and
 * both schemes are checked with every rule on that one injection; the gallery in English went
 * from 4-5 minutes per project to under one.
 */
const AXE_SOURCE: string = createRequire(require.resolve('@axe-core/playwright'))('axe-core').source;

// Every default rule, plus WCAG 2.2's touch-target size (24 × 24 px), which is off by default.
const AXE_OPTIONS: RunOptions = { rules: { 'target-size': { enabled: true } } };

async function runAxe(page: Page, what: string) {
  await expect(page.locator('iframe'), `${what}: a frame, which axe-core run here would not enter`).toHaveCount(0);
  await page.evaluate(AXE_SOURCE);
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const results: AxeResults = await page.evaluate(
      (options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
      AXE_OPTIONS,
    );
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
    );
    expect(summary, `${what}, ${colorScheme} scheme`).toEqual([]);
  }
}

test('every captured flow state has no accessibility violations', async ({ page }, testInfo) => {
  // Every gallery state, both schemes, axe each time: under a minute per project on 2 shared
  // CPUs (46 s with JavaScript, 56 s without). A bound for a hang, not a speed test.
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

test('every captured flow state in Arabic and Japanese has no accessibility violations', async ({ page }, testInfo) => {
  // Right to left (Arabic), and a script of its own with its own line breaking (Japanese): the
  // same states as above, with their words, lang, dir and <bdi>s, any of which can fail a rule
  // (a wrong lang, an empty name, a contrast or a touch target changed by a mirrored layout or
  // longer words). So every state, both schemes, every rule, as in English: no rule is left out
  // to save time, as the time was AxeBuilder's, not the checks' (see AXE_SOURCE). Measured on 2
  // shared CPUs, 156 pages: 1.4 minutes with JavaScript, 1.8 without (the copy of each page);
  // through AxeBuilder, with only the colour rules in the dark scheme, it took 4.7 and 6.3.
  test.setTimeout(900_000);
  // The whole gallery in Arabic, in both schemes, for a person to look at (test-results/).
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/gallery?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.screenshot({ path: testInfo.outputPath(`gallery-ar-${colorScheme}.png`), fullPage: true });
  }
  const english = await (await page.request.get('/gallery')).text();
  const everyState = [...english.matchAll(/data-testid="gallery\/([a-z0-9-]+)"/g)].map((match) => match[1]);
  for (const lang of ['ar', 'ja']) {
    // The gallery's own index in this language links every state, keeping ?lang= on each link.
    const index = await (await page.request.get(`/gallery?lang=${lang}`)).text();
    const states = [
      ...new Set(
        [...index.matchAll(/href="\/gallery\/([a-z0-9-]+)\?lang=([A-Za-z-]+)"/g)]
          .filter((match) => match[2] === lang)
          .map((match) => match[1]),
      ),
    ];
    expect(states.length).toBeGreaterThan(40);
    expect(states, `states linked from /gallery?lang=${lang}`).toEqual(everyState);
    for (const state of states) {
      const response = await page.goto(`/gallery/${state}?lang=${lang}`);
      expect(response?.status(), `${state} (${lang})`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoViolations(page, `${state} (${lang})`);
    }
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
