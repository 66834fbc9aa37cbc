// Languages: twelve of them, from the browser's Accept-Language or picked in the language menu in
// the header (a native disclosure holding a plain form, so it works without JavaScript), kept from
// page to page; Kratos's own messages are translated too, with their values filled in. Arabic
// reads right to left, which is checked on the laid-out page, not on the markup.
//
// Computed styles and text boxes are read with `expect(...).toHaveCSS` and `evaluate`, in both
// projects: Playwright evaluates through the DevTools protocol, which Chromium allows while the
// page's own scripts are off (checked below: no htmx in the js-off project), so the js-off page
// is measured as it is, not a copy of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect, Locator, Page } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

/** Every language of the UI, with its own name as its menu entry shows it. */
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pl', name: 'Polski' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'sv', name: 'Svenska' },
  { code: 'ar', name: 'العربية' },
  { code: 'ja', name: '日本語' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

const nameOf = (code: string) => LANGUAGES.find((lang) => lang.code === code)!.name;

/**
 * The text of `id` in a catalogue (locales/<code>/<file>.ftl), read by the test itself rather
 * than copied into it. Only a plain one-line text is accepted: anything else fails loudly
 * instead of being guessed at.
 */
function catalogue(code: string, file: 'ui' | 'kratos', id: string): string {
  const where = path.resolve(__dirname, '../../locales', code, `${file}.ftl`);
  const source = readFileSync(where, 'utf8');
  const escaped = id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const match = source.match(new RegExp(`^${escaped}[ \\t]*=[ \\t]*(.*)$`, 'm'));
  if (!match) throw new Error(`${where}: no entry ${id}`);
  const text = match[1].trim();
  if (!text || text.includes('{')) throw new Error(`${where}: ${id} is not a plain one-line text: "${text}"`);
  return text;
}

/** Opens the language menu in the header (a person sees only its summary at first) and picks
 *  `code`; the page comes back in that language. */
async function chooseLanguage(page: Page, code: string) {
  const choice = page.getByTestId(`language-${code}`);
  await expect(choice).toBeHidden();
  await page.getByTestId('language-menu-open').click();
  await expect(choice).toBeVisible();
  await expect(choice).toHaveText(nameOf(code));
  await choice.click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.getByTestId('language-menu-open')).toContainText(nameOf(code));
}

const jsOn = () => test.info().project.name === 'js-on';

test('the switcher changes the language of every page, and back', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await chooseLanguage(page, 'de');
  await expect(page).toHaveURL(/\/login\?flow=/);
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

  await chooseLanguage(page, 'en');
  await expect(page).toHaveURL(/\/settings/);
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

// One journey per language, each language picked in the menu (English after German, as English
// is where a browser of this suite starts): the whole page and Kratos's "saved" message in that
// language, as its catalogue words it.
for (const { code, name } of LANGUAGES) {
  test(`signs in and saves the profile in ${name} (${code})`, async ({ page, request }, testInfo) => {
    const savedInEnglish = catalogue('en', 'kratos', 'kratos-1050001');
    const saved = catalogue(code, 'kratos', 'kratos-1050001');
    if (code !== 'en') expect(saved, `${code}'s catalogue translates the saved message`).not.toBe(savedInEnglish);
    const user = await createIdentity(request, { traits: { name: 'Before' } });

    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    if (code === 'en') await chooseLanguage(page, 'de');
    await chooseLanguage(page, code);
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue(code, 'ui', 'login-title'));

    await signIn(page, user);
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue(code, 'ui', 'settings-title'));
    const newName = `Name ${randomUUID().slice(0, 8)}`;
    const profile = page.getByTestId('profile-settings-card');
    await expect(profile.locator('input[name="traits.name"]')).toHaveValue('Before');
    await profile.locator('input[name="traits.name"]').fill(newName);
    await profile.locator('button[name=method][value=profile]').click();

    const message = page.getByTestId('ui/message/1050001');
    await expect(message).toContainText(saved);
    if (code !== 'en') await expect(message).not.toContainText(savedInEnglish);
    await expect(page.getByTestId('profile-settings-card').locator('input[name="traits.name"]')).toHaveValue(newName);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.screenshot({ path: testInfo.outputPath(`settings-saved-${code}.png`), fullPage: true });
  });
}

test('the language menu offers every other language, each in its own name and marked as such', async ({ page }) => {
  await page.goto('/login');
  const summary = page.getByTestId('language-menu-open');
  const buttons = page.getByTestId('language-switch').locator('button[name=lang]');

  /** The menu as it stands in `current`: named in the summary, every other language offered. */
  async function expectMenuIn(current: string) {
    await expect(summary).toContainText(nameOf(current));
    await expect(page.getByTestId(`language-${current}`)).toHaveCount(0);
    const others = LANGUAGES.filter((lang) => lang.code !== current);
    await expect(buttons).toHaveCount(others.length);
    for (const { code, name } of others) {
      const button = page.getByTestId(`language-${code}`);
      await expect(button).toHaveAttribute('value', code);
      await expect(button).toHaveAttribute('lang', code);
      await expect(button).toHaveText(name);
    }
  }

  await expectMenuIn('en');
  // Closed until opened, by keyboard as well as by pointer (a native disclosure).
  await expect(buttons.first()).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(buttons.first()).toBeVisible();
  await expect(buttons.first()).toHaveText('Deutsch');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language-de')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expectMenuIn('de');

  await chooseLanguage(page, 'ar');
  await expectMenuIn('ar');
  await chooseLanguage(page, 'zh-CN');
  await expectMenuIn('zh-CN');
});

test('the language a browser asks for is negotiated, with its region or script', async ({ browser }, testInfo) => {
  const cases = [
    { locale: 'pt-PT', lang: 'pt-BR' },
    { locale: 'pt', lang: 'pt-BR' },
    { locale: 'zh-SG', lang: 'zh-CN' },
    { locale: 'zh', lang: 'zh-CN' },
    // Traditional Chinese readers are not given Simplified Chinese.
    { locale: 'zh-TW', lang: 'en' },
    { locale: 'ar-EG', lang: 'ar' },
    { locale: 'ja-JP', lang: 'ja' },
    { locale: 'sv-FI', lang: 'sv' },
    { locale: 'ko-KR', lang: 'en' },
  ];
  for (const { locale, lang } of cases) {
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      locale,
      javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto('/login');
    const html = page.locator('html');
    await expect(html, `Accept-Language: ${locale}`).toHaveAttribute('lang', lang);
    await expect(html, `Accept-Language: ${locale}`).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 }), `Accept-Language: ${locale}`).toHaveText(catalogue(lang, 'ui', 'login-title'));
    await expect(page.getByTestId('language-menu-open')).toContainText(nameOf(lang));
    await context.close();
  }
});

test('the gallery shows any state in any language, and refuses an unknown one', async ({ page }) => {
  await page.goto('/gallery?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('gallery/login-fresh').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/gallery\/login-fresh\?lang=ar$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('ar', 'ui', 'login-title'));

  const response = await page.goto('/gallery/settings-fresh?lang=ja');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('ja', 'ui', 'settings-title'));
  // The visitor's own language is left as it was.
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  expect((await page.goto('/gallery/login-fresh?lang=xx'))?.status()).toBe(400);
  expect((await page.goto('/gallery?lang=zh-TW'))?.status()).toBe(400);
});

/** Where a block's text sits inside it: the text's left and right edges against the block's
 *  content box (its box without padding and border), in CSS pixels. */
async function textPlacement(block: Locator) {
  return block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const contentLeft = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const contentRight = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    return { gapLeft: text.left - contentLeft, gapRight: contentRight - text.right };
  });
}

test('Arabic reads right to left: headings, fields, addresses, error bars and arrows', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, {});
  await page.goto('/login');
  // The project's setting holds: the page's own scripts run only in js-on.
  expect(await page.evaluate(() => typeof (window as { htmx?: unknown }).htmx)).toBe(jsOn() ? 'object' : 'undefined');
  await chooseLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The heading's words stand at the right of the column, where an Arabic line begins.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(catalogue('ar', 'ui', 'login-title'));
  await expect(heading).toHaveCSS('direction', 'rtl');
  const placement = await textPlacement(heading);
  expect(Math.abs(placement.gapRight), 'the heading ends at the right edge').toBeLessThanOrEqual(1);
  expect(placement.gapLeft, 'the heading leaves room on the left').toBeGreaterThan(50);
  // A password is written left to right, in a field of a right-to-left page.
  await expect(page.locator('input[name=password]')).toHaveCSS('direction', 'ltr');
  await page.screenshot({ path: testInfo.outputPath('login-arabic.png'), fullPage: true });

  await signIn(page, user);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('ar', 'ui', 'settings-title'));
  const profile = page.getByTestId('profile-settings-card');
  // The unverified address inside an Arabic sentence keeps its own direction.
  const note = profile.getByTestId('unverified-address');
  await expect(note).toHaveCSS('direction', 'rtl');
  const address = note.locator('bdi');
  await expect(address).toHaveText(user.email);
  expect(await address.evaluate((element) => element.matches(':dir(ltr)')), 'the address reads left to right').toBe(true);
  await expect(address).toHaveCSS('direction', 'ltr');
  // The email field is written left to right.
  await expect(profile.locator('input[type=email]')).toHaveCSS('direction', 'ltr');
  await page.screenshot({ path: testInfo.outputPath('settings-arabic.png'), fullPage: true });

  // A refused field carries its red bar on its right, where an Arabic line begins.
  await profile.locator('input[name="traits.website"]').fill('http://x');
  await profile.locator('button[name=method][value=profile]').click();
  await expect(page.getByTestId('error-summary')).toBeVisible();
  const website = page.getByTestId('profile-settings-card').locator('input[name="traits.website"]');
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  const field = page.getByTestId('profile-settings-card').locator('.field', { has: page.locator('input[name="traits.website"]') });
  await expect(field).toHaveCSS('border-right-width', '4px');
  await expect(field).toHaveCSS('border-left-width', '0px');
  await expect(field).toHaveCSS('border-right-style', 'solid');
  // And where the eye sees it: the input keeps its distance from the bar, not from the left.
  const fieldBox = (await field.boundingBox())!;
  const inputBox = (await website.boundingBox())!;
  const gapLeft = inputBox.x - fieldBox.x;
  const gapRight = fieldBox.x + fieldBox.width - (inputBox.x + inputBox.width);
  expect(gapRight, `gap to the right ${gapRight}px, to the left ${gapLeft}px`).toBeGreaterThan(gapLeft + 4);
  await page.screenshot({ path: testInfo.outputPath('settings-arabic-invalid.png'), fullPage: true });

  // The way back points right, the way Arabic runs: the arrow is mirrored.
  await page.goto('/sessions');
  const back = page.getByRole('link', { name: catalogue('ar', 'ui', 'back-to-settings') });
  await expect(back).toBeVisible();
  await expect(back).toHaveCSS('transform', /^matrix\(-1, 0, 0, 1, /, { pseudo: 'before' });
  await page.screenshot({ path: testInfo.outputPath('sessions-arabic.png'), fullPage: true });
  // …and in English it is not.
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('link', { name: 'Back to your account settings' })).toHaveCSS('transform', 'none', { pseudo: 'before' });
});
