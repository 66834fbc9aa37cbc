// The journeys run in every engine, with the page's JavaScript on and off: the same person's
// paths as tests/browser/settings.spec.ts, language.spec.ts and codes.spec.ts, checked by what
// the person sees (messages, values, focus, the URL), not by markup.
//
// Each journey gets a driver `d` (tests/engines/drivers.mjs) on a fresh cookie jar and a
// context `ctx` ({ admin, shot(name) }), and makes its own identity through Kratos's admin API.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { waitFor } from './drivers.mjs';

// ---------------------------------------------------------------------------------------------
// Helpers

class Failed extends Error {}

function expect(condition, message) {
  if (!condition) throw new Failed(message);
}

function expectEqual(actual, expected, what) {
  expect(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * A message of one of the catalogues (locales/<lang>/<file>.ftl), as the test reads it: a
 * value on the id's own line, with no placeables or variants (those are for the UI to format).
 */
function catalogue(lang, file, id) {
  const text = readFileSync(new URL(`../../locales/${lang}/${file}.ftl`, import.meta.url), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} =`));
  const value = line?.slice(id.length + 2).trim();
  if (!value || value.includes('{')) throw new Error(`locales/${lang}/${file}.ftl: no plain one-line ${id}: ${JSON.stringify(line)}`);
  return value;
}

let counter = 0;

/** An identity with a password, made through Kratos's admin API (as helpers.ts createIdentity). */
export async function createIdentity(admin, { name } = {}) {
  counter += 1;
  const email = `engines-${Date.now()}-${process.pid}-${counter}@example.com`;
  // Unrelated to the email, or Kratos refuses it as too similar to the identifier.
  const password = `Pw-${randomUUID()}`;
  const traits = { email, ...(name ? { name } : {}) };
  const response = await fetch(`${admin}/admin/identities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ schema_id: 'default', traits, credentials: { password: { config: { password } } } }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`creating an identity: HTTP ${response.status}: ${body.slice(0, 300)}`);
  return { id: JSON.parse(body).id, email, password };
}

/**
 * The current RFC 6238 code for a base32 secret: HMAC-SHA1 over the 30-second step counter,
 * dynamic truncation (RFC 4226), 6 digits — what an authenticator app shows.
 */
export function totpCode(secret, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').replace(/\s+/g, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not a base32 secret: ${JSON.stringify(secret)}`);
    bits += index.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const mac = createHmac('sha1', key).update(step).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

const PROFILE = '[data-testid="profile-settings-card"]';
const PASSWORD = '[data-testid="password-settings-card"]';
const TOTP = '[data-testid="totp-settings-card"]';
const SAVED = '[data-testid="ui/message/1050001"]';
const SUMMARY = '[data-testid="error-summary"]';
const TOTP_QR = `${TOTP} [data-testid="node/image/totp_qr"]`;
const TOTP_UNLINK = `${TOTP} button[name=totp_unlink]`;
const button = (scope, value) => `${scope} button[name=method][value=${value}]`;

async function heading(d) {
  return d.text('h1');
}

async function waitHeading(d, expected) {
  await waitFor(`the heading "${expected}"`, async () => (await heading(d)) === expected);
}

async function waitLang(d, lang) {
  await waitFor(`<html lang="${lang}">`, () => d.evaluate((l) => document.documentElement.lang === l, lang));
}

/** Waits until the focus is on the element with this id; returns what has the focus. */
async function waitFocus(d, id, what) {
  let active;
  try {
    await waitFor(`the focus on ${what}`, async () => {
      active = await d.activeElement();
      return active.id === id;
    });
  } catch (error) {
    throw new Failed(`the focus should be on ${what} (#${id}), it is on ${JSON.stringify(active)}: ${error.message}`);
  }
}

/**
 * Picks a language in the header's menu, as a person would: opens the disclosure (its summary
 * names the page's language), then presses the language's button. Both are plain HTML
 * (<details> and a form), so this is the same with JavaScript off.
 */
async function pickLanguage(d, code) {
  const choice = `[data-testid="language-${code}"]`;
  expect(!(await d.describe(choice))?.visible, `the button for ${code} should be hidden until the menu is opened`);
  await d.click('[data-testid="language-menu-open"]');
  const facts = await d.waitVisible(choice, `the button for ${code} in the opened menu`);
  expectEqual(facts.attrs.lang, code, `the lang of the button for ${code}`);
  await d.click(choice);
}

/** Signs out, then posts the sign-in form with `password`; what that leads to is the caller's. */
async function signOutAndTry(d, email, password) {
  await d.click('[data-testid="logout"]');
  await d.waitUrl(/\/login\?flow=/);
  await d.goto('/login');
  await d.fill('input[name=identifier]', email);
  await d.fill('input[name=password]', password);
  await d.click('button[name=method][value=password]');
}

/** Signs in through the login page, as a person would; `enter` submits with Enter. */
async function signIn(d, user, { password = user.password, enter = false } = {}) {
  await d.goto('/login');
  await d.waitUrl(/\/login\?flow=/);
  await d.fill('input[name=identifier]', user.email);
  await d.fill('input[name=password]', password);
  if (enter) await d.pressEnter('input[name=password]');
  else await d.click('button[name=method][value=password]');
  await waitFor('leaving the sign-in page', async () => !/\/login/.test(await d.currentUrl()));
}

async function openSettings(d) {
  await d.goto('/settings');
  await d.waitUrl(/\/settings\?flow=/);
  await d.waitVisible(PROFILE, 'the profile card');
}

/** Saved without a reload (JS on: the htmx swap) or through a new page (JS off: the 303). */
async function expectSwapOrPage(d) {
  const kept = await d.marked();
  if (d.js) expect(kept, 'with JavaScript the page should be swapped in place, not reloaded');
  else expect(!kept, 'without JavaScript the form should post and load a new page');
}

const px = (n) => `${Math.round(n)}px`;
/** How close an edge counts as touching: subpixel layout and rounding. */
const NEAR = 3;

/**
 * Where the sign-in form's first label (its words: a label is a block as wide as the form),
 * its submit button, the site's name and the language menu sit: against the form's content box
 * and the header's content box.
 */
async function signInLayout(d) {
  const form = '[data-testid="password-login-form"]';
  await d.waitSettled();
  // One after the other: a WebDriver session answers one command at a time.
  const box = await d.box(form);
  const label = await d.box(`${form} label`);
  const submit = await d.box(`${form} button[name=method][value=password]`);
  const header = await d.box('.site-header');
  const name = await d.box('.site-header .site-name');
  const menu = await d.box('[data-testid="language-menu-open"]');
  for (const [what, found] of Object.entries({ box, label, submit, header, name, menu })) {
    expect(found, `the sign-in page has no ${what} to measure`);
  }
  return {
    direction: box.direction,
    form: box.content,
    label: label.words,
    submit,
    header: header.content,
    name,
    menu,
  };
}

/**
 * The label's words and the submit button against the `side` edge of the form (and not the
 * other), the site's name at `side` of the header and the language menu at the other side.
 */
function expectHugs(layout, side, where) {
  const other = side === 'left' ? 'right' : 'left';
  const gap = (rect, edge, box) => Math.abs(rect[edge] - box[edge]);
  for (const [what, rect] of [['the first label\'s words', layout.label], ['the sign-in button', layout.submit]]) {
    const facts = `${what} ${px(rect.left)}–${px(rect.right)}, the form's content ${px(layout.form.left)}–${px(layout.form.right)}`;
    expect(gap(rect, side, layout.form) <= NEAR, `${where}, ${what} should touch the form's ${side} edge: ${facts}`);
    expect(gap(rect, other, layout.form) > 20, `${where}, ${what} should stand off the form's ${other} edge: ${facts}`);
  }
  const facts = `the header's content ${px(layout.header.left)}–${px(layout.header.right)}, ` +
    `the site's name ${px(layout.name.left)}–${px(layout.name.right)}, the language menu ${px(layout.menu.left)}–${px(layout.menu.right)}`;
  expect(gap(layout.name, side, layout.header) <= NEAR, `${where}, the site's name should be at the header's ${side}: ${facts}`);
  expect(gap(layout.menu, other, layout.header) <= NEAR, `${where}, the language menu should be at the header's ${other}: ${facts}`);
  const [first, second] = side === 'left' ? [layout.name, layout.menu] : [layout.menu, layout.name];
  expect(first.right < second.left, `${where}, the site's name and the menu should not overlap: ${facts}`);
}

// ---------------------------------------------------------------------------------------------
// The journeys

export const journeys = [
  {
    name: 'sign in',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin, { name: 'Round Trip' });
      await d.goto('/settings');
      await d.waitUrl(/\/login\?flow=/);
      await waitLang(d, 'en');
      expectEqual(await heading(d), 'Sign in', 'the heading');
      await d.fill({ label: 'Email address' }, user.email);
      await d.fill({ label: 'Password' }, user.password);
      await d.click('button[name=method][value=password]');
      await d.waitUrl(/\/settings\?flow=/);
      await waitHeading(d, 'Account settings');
      expectEqual(await d.text('[data-testid="signed-in-as"]'), user.email, 'signed in as');
      expectEqual(await d.value({ within: PROFILE, label: 'Full name' }), 'Round Trip', 'the name');
    },
  },

  {
    name: 'save the profile',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin, { name: 'Before' });
      await signIn(d, user);
      await openSettings(d);
      const before = await d.currentUrl();
      await d.mark();
      await d.fill({ within: PROFILE, label: 'Full name' }, 'After');
      await d.click(button(PROFILE, 'profile'));

      const saved = await d.waitVisible(SAVED, 'the "saved" message');
      expect(/saved/i.test(saved.text), `the status message should say saved: ${JSON.stringify(saved.text)}`);
      await waitFocus(d, 'flow-status', 'the status region');
      expectEqual(await d.value({ within: PROFILE, label: 'Full name' }), 'After', 'the name shown after saving');
      await expectSwapOrPage(d);
      const after = await d.currentUrl();
      if (d.js) expectEqual(after, before, 'the URL after an htmx save');
      else expect(/\/settings\?flow=/.test(after), `after the 303 the page should be settings, it is ${after}`);
      await ctx.shot('settings-saved');

      // Kept: a new settings page shows it too.
      await openSettings(d);
      expectEqual(await d.value({ within: PROFILE, label: 'Full name' }), 'After', 'the name on a new settings page');
      expectEqual(await d.count(SAVED), 0, 'a "saved" message on a new settings page');
    },
  },

  {
    name: 'a field error and its summary link',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await signIn(d, user);
      await openSettings(d);
      await d.mark();
      const website = { within: PROFILE, label: 'Website' };
      await d.fill(website, 'http://x');
      await d.click(button(PROFILE, 'profile'));

      const message = await d.waitVisible('#profile-traits-website-messages [data-testid="ui/message/4000003"]',
        'the message under Website');
      expect(message.text.length > 0, 'the message under Website says something');
      const field = await d.describe(website);
      expectEqual(field.attrs['aria-invalid'], 'true', 'Website aria-invalid');
      expectEqual(field.value, 'http://x', 'the Website value kept');
      const summary = await d.waitVisible(SUMMARY, 'the error summary');
      expect(summary.text.includes('Website'), `the error summary should name Website: ${JSON.stringify(summary.text)}`);
      await waitFocus(d, summary.id, 'the error summary');
      await expectSwapOrPage(d);

      // GOV.UK pattern: the summary's link leads to the field.
      await d.click({ within: SUMMARY, css: 'a', text: 'Website' });
      await waitFocus(d, field.id, 'the Website field');
      expect((await d.currentUrl()).endsWith(`#${field.id}`) || d.js,
        `without JavaScript the link is a fragment to the field: ${await d.currentUrl()}`);
      if (d.js) expect(await d.marked(), 'following the link does not reload the page');
    },
  },

  {
    name: 'change the password',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await signIn(d, user);
      await openSettings(d);
      const password = { within: PASSWORD, label: 'Password' };

      await d.fill(password, 'short');
      await d.click(button(PASSWORD, 'password'));
      await d.waitVisible('[data-testid="ui/message/4000032"]', 'the "too short" message');
      await waitFocus(d, 'error-summary', 'the error summary');
      expectEqual(await d.value(password), '', 'the refused password field');

      const newPassword = `New-${randomUUID()}`;
      await d.fill(password, newPassword);
      await d.click(button(PASSWORD, 'password'));
      await d.waitVisible(SAVED, 'the "saved" message');
      await d.waitGone('[data-testid="ui/message/4000032"]', 'the "too short" message');

      // The old password no longer signs in; the new one does (with Enter).
      await signOutAndTry(d, user.email, user.password);
      const refused = await d.waitVisible('[data-testid="ui/message/4000006"]', 'the "wrong credentials" message');
      expect(/incorrect/i.test(refused.text), `the refusal says why: ${JSON.stringify(refused.text)}`);
      await signIn(d, user, { password: newPassword, enter: true });
      await openSettings(d);
      expectEqual(await d.text('[data-testid="signed-in-as"]'), user.email, 'signed in as');
    },
  },

  {
    name: 'authenticator app on and off',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await signIn(d, user);
      await openSettings(d);
      await d.waitVisible(TOTP_QR, 'the QR code');
      const secret = (await d.text(`${TOTP} [data-testid="node/text/totp_secret_key/text"]`)).trim();
      expect(/^[A-Z2-7]{16,}$/.test(secret), `the key shown should be base32: ${JSON.stringify(secret)}`);

      await d.fill({ within: TOTP, label: 'Confirm code' }, totpCode(secret));
      await d.click(button(TOTP, 'totp'));
      await d.waitVisible(TOTP_UNLINK, 'the button that turns the app off');
      await d.waitVisible(SAVED, 'the "saved" message');
      expectEqual(await d.count(TOTP_QR), 0, 'QR codes shown once the app is on');

      // Signing in again asks for the app's code.
      // The second step is a sign-in page too (/login?flow=…, aal2).
      await signOutAndTry(d, user.email, user.password);
      await waitHeading(d, 'Second step');
      await d.waitUrl(/\/login\?flow=/);
      await d.fill('input[name=totp_code]', totpCode(secret));
      await d.click('button[name=method][value=totp]');
      await d.waitUrl(/\/settings\?flow=/);

      await d.waitVisible(TOTP_UNLINK, 'the button that turns the app off');
      await d.click(TOTP_UNLINK);
      await d.waitVisible(TOTP_QR, 'the QR code, once the app is off');
      await d.waitVisible(SAVED, 'the "saved" message');
      expectEqual(await d.count(TOTP_UNLINK), 0, 'buttons to turn the app off, once it is off');
    },
  },

  {
    name: 'the language switcher',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await d.goto('/login');
      await waitLang(d, 'en');
      await pickLanguage(d, 'de');
      await waitLang(d, 'de');
      await d.waitUrl(/\/login\?flow=/);
      await waitHeading(d, 'Anmelden');

      await d.fill('input[name=identifier]', user.email);
      await d.fill('input[name=password]', 'not-the-password');
      await d.click('button[name=method][value=password]');
      const refused = await d.waitVisible('[data-testid="ui/message/4000006"]', 'the "wrong credentials" message');
      expect(refused.text.includes('Die Anmeldedaten sind nicht korrekt'), `in German: ${JSON.stringify(refused.text)}`);

      await signIn(d, user);
      await d.goto('/settings');
      await waitHeading(d, 'Kontoeinstellungen');
      await pickLanguage(d, 'en');
      await waitLang(d, 'en');
      await waitHeading(d, 'Account settings');
      expect(/\/settings\?flow=/.test(await d.currentUrl()), 'back on the settings page');
    },
  },

  {
    // The "RTL verified in Firefox/WebKit": the page mirrored, read from where the
    // engine laid things out (drivers.mjs box(): the engine's layout read by the driver's own
    // script, which runs with the page's JavaScript off too — so the same geometry is checked
    // in both modes, nothing is left to a weaker observable).
    name: 'right to left (Arabic)',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await d.goto('/login');
      await d.waitUrl(/\/login\?flow=/);
      await waitLang(d, 'en');
      // The same measures in English first: they must come out the other way round there, or
      // the checks below would not tell a mirrored page from one that is not.
      const english = await signInLayout(d);
      expectEqual(english.direction, 'ltr', 'the English sign-in form\'s direction');
      expectHugs(english, 'left', 'in English');

      await pickLanguage(d, 'ar');
      await waitLang(d, 'ar');
      expectEqual(await d.evaluate(() => document.documentElement.dir), 'rtl', '<html dir> in Arabic');
      await d.waitUrl(/\/login\?flow=/);
      await waitHeading(d, catalogue('ar', 'ui', 'login-title'));
      const summary = await d.text('[data-testid="language-menu-open"]');
      expect(summary.includes('العربية'), `the menu names the page's language in its own name: ${JSON.stringify(summary)}`);
      const arabic = await signInLayout(d);
      expectEqual(arabic.direction, 'rtl', 'the Arabic sign-in form\'s direction');
      expectHugs(arabic, 'right', 'in Arabic');
      await ctx.shot('arabic-sign-in');

      // Kratos's refusal, in Arabic (the catalogue's words).
      await d.fill('input[name=identifier]', user.email);
      await d.fill('input[name=password]', 'not-the-password');
      await d.click('button[name=method][value=password]');
      const refused = await d.waitVisible('[data-testid="ui/message/4000006"]', 'the "wrong credentials" message');
      // The address kept in the identifier field reads left to right, as typed.
      expectEqual((await d.box('input[name=identifier]')).direction, 'ltr', 'the identifier field\'s direction with an address in it');
      const words = catalogue('ar', 'kratos', 'kratos-4000006');
      expect(refused.text.includes(words), `in Arabic: expected ${JSON.stringify(words)}, got ${JSON.stringify(refused.text)}`);

      // A field error on the settings page: its bar is on the inline start, the right.
      await signIn(d, user);
      await openSettings(d);
      await waitLang(d, 'ar');
      await waitHeading(d, catalogue('ar', 'ui', 'settings-title'));
      const website = `${PROFILE} input[name="traits.website"]`;
      expectEqual((await d.describe(website)).attrs.dir, 'ltr', 'the dir of the Website field (an address reads left to right)');
      await d.fill(website, 'http://x');
      await d.click(button(PROFILE, 'profile'));
      const message = await d.waitVisible(`${PROFILE} [data-testid="ui/message/4000003"]`, 'the message under Website');
      // "at least 10 characters (8 entered)", the numbers in the Arabic sentence (in Latin
      // digits, as CLDR writes Arabic), each set apart so it keeps its own direction.
      expect(message.text.includes('10') && message.text.includes('8'),
        `the lengths in the Arabic message: ${JSON.stringify(message.text)}`);
      expectEqual(await d.count(`${PROFILE} [data-testid="ui/message/4000003"] bdi`), 2, 'the numbers set apart in <bdi>');
      const field = await d.box(`${PROFILE} .field--invalid:has(input[name="traits.website"])`);
      expect(field, 'the Website field is marked invalid (.field--invalid)');
      const input = await d.box(website);
      const gapRight = field.right - input.right;
      const gapLeft = input.left - field.left;
      const facts = `field box ${px(field.left)}–${px(field.right)}, input ${px(input.left)}–${px(input.right)}, ` +
        `borders left ${field.borderLeft} right ${field.borderRight}`;
      // The bar (4px) and the padding beside it are between the input and the field's right edge.
      expect(gapRight >= 4 + 4 && gapLeft <= 1, `the error bar should be on the right: ${facts}`);
      expect(field.borderRight >= 4 && field.borderLeft === 0, `the bar is the right border: ${facts}`);
      await ctx.shot('arabic-settings-invalid');

      // Back to English, through the menu.
      await pickLanguage(d, 'en');
      await waitLang(d, 'en');
      expectEqual(await d.evaluate(() => document.documentElement.dir), 'ltr', '<html dir> in English');
      await waitHeading(d, 'Account settings');
      expect(/\/settings\?flow=/.test(await d.currentUrl()), 'back on the settings page');
    },
  },

  {
    name: 'sign out',
    async run(d, ctx) {
      const user = await createIdentity(ctx.admin);
      await signIn(d, user);
      await openSettings(d);
      expectEqual(await d.text('[data-testid="signed-in-as"]'), user.email, 'signed in as');
      await d.click('[data-testid="logout"]');
      await d.waitUrl(/\/login\?flow=/);
      await waitHeading(d, 'Sign in');
      await d.goto('/settings');
      await d.waitUrl(/\/login\?flow=/);
    },
  },
];

/** Journeys left out on purpose, named in every engine's results. */
export const skippedByDesign = [
  {
    name: 'passkeys',
    reason: 'no virtual authenticator in this engine — covered in Chromium (tests/browser/webauthn.spec.ts)',
  },
];
