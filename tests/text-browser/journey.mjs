#!/usr/bin/env node
// A journey in a real script-less text browser, Debian's lynx, driven by keystroke scripts:
// sign in, change the display name ("Full name") in settings and see it saved, sign out.
// On the way, the sign-in page and the settings page with a field error are checked for how
// they read in a text browser (tests/text-browser/readability.mjs).
//
//   UI_URL=http://localhost:4535 KRATOS_ADMIN_URL=http://127.0.0.1:4534 \
//     node tests/text-browser/journey.mjs
//
// (scripts/text-browser.sh starts a stack of its own and runs this.) UI_URL must be the UI's
// PUBLIC_URL exactly (localhost, not 127.0.0.1): cookies and the same-origin check need it.
//
// Lynx is driven the way a person would: each step finds a field or a button by the text
// next to it (lynx's "whereis" search, "/"), moving down the page, never by counting tabs.
// Every page is saved as lynx shows it (its print menu, "Save to a local file") under
// test-results/text-browser/, and the assertions read those files. Each lynx run has a private
// HOME and configuration, a fixed width and user agent, and a timeout; the session cookies
// go from one run to the next through a cookie file, as in a browser that stays open.

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readabilityProblems } from './readability.mjs';

const UI_URL = (process.env.UI_URL ?? 'http://localhost:4535').replace(/\/$/, '');
const KRATOS_ADMIN_URL = (process.env.KRATOS_ADMIN_URL ?? 'http://127.0.0.1:4534').replace(/\/$/, '');
const OUT = path.resolve(process.env.TEXT_BROWSER_RESULTS ?? 'test-results/text-browser');
const LYNX = process.env.LYNX ?? 'lynx';
const LYNX_TIMEOUT_MS = 45_000;
const WIDTH = 100;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

class StepFailed extends Error {}

/** Ends the run: what failed, and the page lynx showed at that moment. */
function fail(step, message, page) {
  throw new StepFailed(`FAIL ${step}: ${message}` + (page ? `\n\n--- ${page.file} ---\n${page.text.trimEnd()}\n--- end of ${path.basename(page.file)} ---` : ''));
}

function ok(step, detail) {
  console.log(`ok   ${step.padEnd(34)} ${detail}`);
}

// ---------------------------------------------------------------------------------------------
// Lynx: a private home and configuration, and keystroke scripts.

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'text-browser-'));
const cookieFile = path.join(work, 'cookies');
const configFile = path.join(work, 'lynx.cfg');
fs.mkdirSync(path.join(work, 'home'));
fs.writeFileSync(
  configFile,
  [
    // Cookies without asking, kept in a file between the runs of one journey.
    'ACCEPT_ALL_COOKIES:TRUE',
    'PERSISTENT_COOKIES:TRUE',
    `COOKIE_FILE:${cookieFile}`,
    `COOKIE_SAVE_FILE:${cookieFile}`,
    'CHARACTER_SET:utf-8',
    'PREFERRED_LANGUAGE:en',
    // Searches match the label's exact words ("Password", not "password" on a button).
    'CASE_SENSITIVE_ALWAYS_ON:TRUE',
    // Text fields take typing only once activated (Enter), so a script's commands never end
    // up typed into a field it happened to move onto.
    'TEXTFIELDS_NEED_ACTIVATION:TRUE',
    // Keeps the page's source, so viewing it ("\") shows what was rendered, without a reload.
    'SOURCE_CACHE:MEMORY',
    '',
  ].join('\n'),
);

/** A keystroke script, written the way a person reads the page: top to bottom. */
class Keys {
  lines = [];
  key(name) {
    this.lines.push(`key ${name}`);
    return this;
  }
  type(text) {
    for (const c of text) {
      if (c.charCodeAt(0) < 0x21 || c.charCodeAt(0) > 0x7e) {
        if (c !== ' ') throw new Error(`cannot type ${JSON.stringify(c)} in a lynx script`);
        this.key('0x20');
      } else {
        this.key(c);
      }
    }
    return this;
  }
  enter() {
    return this.key('^J');
  }
  /** Moves to the next place (after the current one) showing `text`: a label's field, a button. */
  find(text) {
    return this.key('/').type(text).enter();
  }
  /** Fills the field after the label `label` (found below the current place) with `value`. */
  fill(label, value) {
    return this.find(label).enter().key('^U').type(value).enter();
  }
  /** Presses the next button or link showing `text`. */
  press(text) {
    return this.find(text).enter();
  }
  /** Opens `url` ("g", go). */
  go(url) {
    return this.key('g').key('^U').type(url).enter();
  }
  /** Saves the page as lynx shows it: print menu, "Save to a local file". */
  save(file) {
    return this.key('p').find('Save to a local file').enter().key('^U').type(file).enter();
  }
  /** Saves the HTML lynx rendered (its source view, from its cache), then back to the page. */
  saveSource(file) {
    return this.key('\\').save(file).key('\\');
  }
  toString() {
    return [...this.lines, 'key q', 'key y', 'exit', ''].join('\n');
  }
}

/**
 * Runs lynx at `url` with the keystrokes of `steps(keys, saveAs)`, where `saveAs(name)` names a
 * page to save (name.txt, and name.html for its source with `{source: true}`). Returns the
 * saved pages by name; a page that was not saved fails the step with lynx's last messages.
 */
function browse(run, url, steps) {
  const keys = new Keys();
  const pages = {};
  steps(keys, (name, { source = false } = {}) => {
    const file = path.join(OUT, `${name}.txt`);
    pages[name] = { file, source: source ? path.join(OUT, `${name}.html`) : null };
    keys.save(file);
    if (source) keys.saveSource(pages[name].source);
  });
  const scriptFile = path.join(OUT, `${run}.keys`);
  fs.writeFileSync(scriptFile, keys.toString());
  const screenFile = path.join(OUT, `${run}.screen.log`);
  const result = spawnSync(
    LYNX,
    [
      `-cfg=${configFile}`,
      `-cmd_script=${scriptFile}`,
      '-nopause',
      '-number_links',
      '-hiddenlinks=listonly',
      `-width=${WIDTH}`,
      '-useragent=kratos-htmx-ui-text-browser-journey (Lynx)',
      url,
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: path.join(work, 'home'),
        TMPDIR: work,
        TERM: 'vt100',
        LANG: 'C.UTF-8',
        COLUMNS: String(WIDTH),
        LINES: '40',
      },
      stdio: ['ignore', fs.openSync(screenFile, 'w'), 'pipe'],
      timeout: LYNX_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    },
  );
  const messages = lynxMessages(screenFile);
  const notFound = [...new Set(messages.map((m) => m.match(/^'(.*)' not found!/)?.[1]).filter(Boolean))].map((t) => `"${t}"`);
  if (result.error?.code === 'ETIMEDOUT') fail(run, `lynx did not finish within ${LYNX_TIMEOUT_MS / 1000} s; its last messages:\n  ${messages.slice(-12).join('\n  ')}`);
  if (result.error) fail(run, `lynx could not run (${result.error.message}); install it: apt-get install -y lynx`);
  // A page lynx did not save fails at its own step, after the steps before it were checked.
  for (const page of Object.values(pages)) {
    page.notFound = notFound;
    if (fs.existsSync(page.file)) {
      page.text = fs.readFileSync(page.file, 'utf8');
      page.html = page.source && fs.existsSync(page.source) ? fs.readFileSync(page.source, 'utf8') : null;
    } else {
      page.missing =
        `lynx saved no page (keystrokes: ${scriptFile}); ` +
        (notFound.length ? `it could not find ${notFound.join(', ')}; ` : '') +
        `its last messages:\n  ${messages.slice(-12).join('\n  ')}`;
    }
  }
  return pages;
}

/** Lynx's status-line messages in its screen output ("'Full name' not found!", "Alert!: ..."). */
function lynxMessages(screenFile) {
  const raw = fs.readFileSync(screenFile, 'latin1');
  return raw
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '\n')
    .replace(/\x1b[()][0-9A-B]|\x1b[=>]|[\x0e\x0f\r]/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /not found!|^Alert!|^Getting |^Submitting|^HTTP\/1\.\d \d{3}/.test(l));
}

// ---------------------------------------------------------------------------------------------
// Kratos's admin API.

async function admin(method, pathname, body) {
  let response;
  try {
    response = await fetch(`${KRATOS_ADMIN_URL}${pathname}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new StepFailed(`FAIL Kratos admin API: ${method} ${KRATOS_ADMIN_URL}${pathname}: ${error.cause?.message ?? error.message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new StepFailed(`FAIL Kratos admin API: ${method} ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

// ---------------------------------------------------------------------------------------------
// Assertions on what lynx saved.

function expectSaved(step, page) {
  if (page.missing) fail(step, page.missing);
  if (page.source && !page.html) fail(step, `lynx saved no source of the page (${page.source})`, page);
}

function expectText(step, page, ...wanted) {
  expectSaved(step, page);
  for (const text of wanted) {
    if (!page.text.includes(text)) {
      fail(step, `expected "${text}" on the page${page.notFound.length ? ` (lynx could not find ${page.notFound.join(', ')})` : ''}`, page);
    }
  }
}

function expectNoText(step, page, ...unwanted) {
  expectSaved(step, page);
  for (const text of unwanted) {
    if (page.text.includes(text)) fail(step, `did not expect "${text}" on the page`, page);
  }
}

/** The line of the page holding the field after `label` (lynx draws "Label value____"). */
function fieldLine(page, label) {
  return page.text.split('\n').find((line) => line.trimStart().startsWith(`${label} `));
}

function expectReadable(step, page) {
  expectSaved(step, page);
  const problems = readabilityProblems(page.text, page.html);
  if (problems.length) fail(step, `the page reads badly in a text browser:\n  - ${problems.join('\n  - ')}`, page);
}

// ---------------------------------------------------------------------------------------------
// The journey.

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  console.log(`text-browser journey: ${spawnSync(LYNX, ['-version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? LYNX} against ${UI_URL}`);

  const tag = crypto.randomBytes(4).toString('hex');
  const email = `lynx-${tag}@example.com`;
  const password = `lynx-password-${crypto.randomBytes(6).toString('hex')}`;
  const oldName = 'Ada Lovelace';
  const newName = `Ada Byron ${tag.slice(0, 4)}`; // short enough to show whole in lynx's field
  const badWebsite = 'not a website';
  const identity = await admin('POST', '/admin/identities', {
    schema_id: 'default',
    traits: { email, name: oldName },
    credentials: { password: { config: { password } } },
  });
  ok('create identity', `${email} (${identity.id}) through the admin API`);

  // 1–2. Sign in.
  const signIn = browse('run-1-sign-in', `${UI_URL}/login`, (keys, saveAs) => {
    saveAs('01-sign-in-page', { source: true });
    keys.fill('Email address', email).fill('Password', password).press('Sign in with password');
    saveAs('02-signed-in');
  });
  const signInPage = signIn['01-sign-in-page'];
  expectText('sign-in page', signInPage, 'Sign in', 'Email address', 'Password', 'Sign in with password');
  expectReadable('sign-in page reads well', signInPage);
  ok('sign-in page', `labels before fields, links with text, nothing lost (${path.relative(process.cwd(), signInPage.file)})`);
  const signedIn = signIn['02-signed-in'];
  expectText('sign in', signedIn, email, 'Sign out', 'Full name');
  expectNoText('sign in', signedIn, 'Sign in with password');
  if (!fieldLine(signedIn, 'Full name')?.includes(oldName)) fail('sign in', `expected the Full name field to show "${oldName}"`, signedIn);
  ok('sign in', `signed in as ${email}, on the account settings`);

  // 3–5. Settings: a bad website first (its message by its field), then the new name.
  const settings = browse('run-2-settings', `${UI_URL}/settings`, (keys, saveAs) => {
    saveAs('03-settings');
    keys.fill('Website', badWebsite).press('Save');
    saveAs('04-settings-invalid', { source: true });
    keys.fill('Full name', newName).fill('Website', '').press('Save');
    saveAs('05-settings-saved');
  });
  expectText('settings', settings['03-settings'], 'Full name', 'Website');
  if (!fieldLine(settings['03-settings'], 'Full name')?.includes(oldName)) fail('settings', `expected the Full name field to show "${oldName}"`, settings['03-settings']);
  ok('settings', `the profile form, "${oldName}" in the Full name field`);
  const invalid = settings['04-settings-invalid'];
  expectText('settings with a field error', invalid, 'There is a problem', `Website ${badWebsite}`);
  expectNoText('settings with a field error', invalid, 'Your changes were saved');
  expectReadable('settings with a field error reads well', invalid);
  if ((await admin('GET', `/admin/identities/${identity.id}`)).traits.website !== undefined) {
    fail('settings with a field error', 'the bad website was saved', invalid);
  }
  ok('settings with a field error', `the message right after the Website field, nothing lost (${path.relative(process.cwd(), invalid.file)})`);
  const saved = settings['05-settings-saved'];
  expectText('change the full name', saved, 'Your changes were saved.');
  expectNoText('change the full name', saved, 'There is a problem');
  if (!fieldLine(saved, 'Full name')?.includes(newName)) fail('change the full name', `expected the Full name field to show "${newName}"`, saved);
  ok('change the full name', `"Your changes were saved." with "${newName}" in the field`);
  const traits = (await admin('GET', `/admin/identities/${identity.id}`)).traits;
  if (traits.name !== newName) fail('name saved in Kratos', `traits.name is ${JSON.stringify(traits.name)}, expected "${newName}"`, saved);
  ok('name saved in Kratos', `admin API: traits.name = "${traits.name}"`);

  // 6–7. Sign out, and settings ask to sign in again.
  const signOut = browse('run-3-sign-out', `${UI_URL}/settings`, (keys, saveAs) => {
    keys.press('Sign out');
    saveAs('06-signed-out');
    keys.go(`${UI_URL}/settings`);
    saveAs('07-settings-after-sign-out');
  });
  const signedOut = signOut['06-signed-out'];
  expectSaved('sign out', signedOut);
  if (signedOut.text.includes('Do you want to sign out')) {
    fail(
      'sign out',
      'pressing "Sign out" showed the sign-out confirmation, not the sign-in page: lynx sends a form ' +
        'with no name=value pair at all as a GET (here GET /logout, which only asks), so the sign-out ' +
        'form needs a field, e.g. a name and value on its button',
      signedOut,
    );
  }
  if (signedOut.text.includes('This request came from another site')) {
    fail(
      'sign out',
      'the UI refused the sign-out as a request from another site: lynx sends no Origin (nor ' +
        'Sec-Fetch-Site), and no Referer either when the page it posts from has a query in its ' +
        'address, as /settings?flow=... has (lynx.cfg REFERER_WITH_QUERY, DROP by default); see ' +
        'src/http/same_origin.rs',
      signedOut,
    );
  }
  expectText('sign out', signedOut, 'Email address', 'Sign in with password');
  expectNoText('sign out', signedOut, email, 'Sign out');
  ok('sign out', 'back on the sign-in page');
  const after = signOut['07-settings-after-sign-out'];
  expectText('settings after signing out', after, 'Sign in with password');
  expectNoText('settings after signing out', after, 'Full name', email);
  ok('settings after signing out', '/settings asks to sign in');

  console.log(`text-browser journey passed in ${seconds()}; pages in ${path.relative(process.cwd(), OUT) || OUT}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof StepFailed ? error.message : `FAIL: ${error.stack ?? error}`);
  console.error(`(after ${seconds()}; every page, keystroke script and lynx screen log is in ${OUT})`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
