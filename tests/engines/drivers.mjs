// One small interface over two driver libraries, so a journey reads the same in every engine:
//
//   Firefox ESR (Gecko)  puppeteer-core over WebDriver BiDi, Debian's /usr/bin/firefox-esr.
//   WebKitGTK            selenium-webdriver against Debian's WebKitWebDriver driving
//                        MiniBrowser, under an Xvfb display of its own.
//
// JavaScript is switched off at launch in both (a Firefox pref; a MiniBrowser flag); the
// drivers' own scripts still run (they are the automation's, not the page's), so reading the
// DOM, the focus and the URL works the same with the page's JavaScript on or off. What a person
// does — clicks, typing, Enter — goes through real input events, never element.click() in the
// page: with JavaScript off in Firefox, puppeteer's element clicks wait for page scripts that
// never run, so clicks are made at the element's coordinates.
//
// Every wait polls a condition with a generous deadline (2 shared CPUs): nothing sleeps and
// hopes.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

export const TIMEOUT = Number(process.env.ENGINES_TIMEOUT_MS ?? 30_000);
const POLL_MS = 100;
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_BIN ?? 'WebKitWebDriver';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with `what` when `promise` has not settled within `ms`. */
export async function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `condition` (sync or async) until it returns a truthy value, which is returned. A
 * condition that throws (a page in the middle of a navigation) counts as not yet. On timeout the
 * error names `what` and the last value or error seen.
 */
export async function waitFor(what, condition, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await within(Math.max(timeout, 5_000), what, Promise.resolve(condition()));
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? `error: ${last.message}` : JSON.stringify(last);
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (last seen: ${seen})`);
    }
    await delay(POLL_MS);
  }
}

// ---------------------------------------------------------------------------------------------
// Page-side helpers: plain functions serialised into the page by either driver. They must be
// self-contained (no closures over module scope).

/**
 * Finds one element: a CSS selector; {label, within?} for the field a <label> names; or
 * {css, text, within?} for the first `css` match whose visible words contain `text`.
 */
function pageFind(target) {
  if (typeof target === 'string') return document.querySelector(target);
  const scope = target.within ? document.querySelector(target.within) : document;
  if (!scope) return null;
  const norm = (text) => text.replace(/\s+/g, ' ').trim();
  if (target.css) {
    return Array.from(scope.querySelectorAll(target.css))
      .find((el) => target.text === undefined || norm(el.textContent).includes(target.text)) ?? null;
  }
  for (const label of scope.querySelectorAll('label')) {
    // The label's own words, without those of the field or hints nested in it.
    const words = norm(label.textContent);
    if (words === target.label || words.replace(/\s*\(.*\)$/, '') === target.label) {
      const field = label.control ?? (label.htmlFor ? document.getElementById(label.htmlFor) : null);
      if (field) return field;
    }
  }
  return null;
}

/** What the page shows about an element: null when absent. */
function pageDescribe(find, target) {
  const el = find(target);
  if (!el) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    text: (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    value: 'value' in el ? el.value : undefined,
    // checkVisibility() too: the content of a closed <details> (the language menu) is skipped
    // by `content-visibility: hidden`, yet keeps its box and computed style in both engines.
    visible: !el.hidden && style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0 &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility()),
    attrs: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
  };
}

/**
 * Where an element is laid out, in CSS pixels of the viewport: its border box, its content box
 * (the border box less borders and padding), the box of its words (a Range over its contents:
 * a block's border box spans the line whatever the alignment, its words do not) and its
 * computed direction. null when absent. Layout is the engine's, not the page's script: this
 * reads the same with the page's JavaScript on or off.
 */
function pageBox(find, target) {
  const el = find(target);
  if (!el) return null;
  const edges = (rect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height });
  const style = getComputedStyle(el);
  const px = (value) => parseFloat(value) || 0;
  const border = edges(el.getBoundingClientRect());
  const range = document.createRange();
  range.selectNodeContents(el);
  return {
    ...border,
    content: {
      left: border.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      right: border.right - px(style.borderRightWidth) - px(style.paddingRight),
    },
    words: edges(range.getBoundingClientRect()),
    direction: style.direction,
    borderLeft: px(style.borderLeftWidth),
    borderRight: px(style.borderRightWidth),
  };
}

/** Where the focus is: enough to name the element. */
function pageActive() {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: el ? 'body' : null };
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: el.getAttribute('name'),
    testid: el.getAttribute('data-testid'),
  };
}

/**
 * `fn(find, ...args)` as a page function of its own: pageFind's source is put in front, since
 * a page function cannot close over this module, and eval in the page is not an option (the
 * UI's CSP forbids it).
 */
function withFind(fn) {
  // eslint-disable-next-line no-new-func
  return new Function('...args', `const find = ${pageFind.toString()};\nreturn (${fn.toString()})(find, ...args);`);
}
const pageDescribeWithFind = withFind(pageDescribe);
const pageClear = withFind((find, target) => {
  find(target).value = '';
});
const pageFindOnly = withFind((find, target) => find(target));
const pageBoxWithFind = withFind(pageBox);

// ---------------------------------------------------------------------------------------------

/** The calls every journey uses; each engine implements the primitives at the bottom. */
class Driver {
  constructor(engine, js, baseUrl) {
    this.engine = engine;
    this.js = js;
    this.baseUrl = baseUrl;
  }

  get name() {
    return `${this.engine} ${this.js ? 'js-on' : 'js-off'}`;
  }

  url(path) {
    return new URL(path, this.baseUrl).href;
  }

  /** Element facts (see pageDescribe), or null. */
  describe(target) {
    return this.evaluate(pageDescribeWithFind, target);
  }

  /**
   * Where the element is laid out (see pageBox), or null. Once the document has loaded: before
   * its stylesheet has, an engine lays out the bare page when asked for a box (seen in Firefox
   * with JavaScript off, right after a form's 303, as a field as wide as the window).
   */
  async box(target) {
    await waitFor('the page and its stylesheets to load', () => this.evaluate(() => document.readyState === 'complete'));
    return this.evaluate(pageBoxWithFind, target);
  }

  async text(target) {
    return (await this.describe(target))?.text ?? null;
  }

  async value(target) {
    return (await this.describe(target))?.value ?? null;
  }

  async count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  activeElement() {
    return this.evaluate(pageActive);
  }

  title() {
    return this.evaluate(() => document.title);
  }

  /** Waits for the element to be there and visible; returns its facts. */
  waitVisible(target, what = JSON.stringify(target), options) {
    return waitFor(`${what} to be visible`, async () => {
      const facts = await this.describe(target);
      return facts?.visible ? facts : null;
    }, options);
  }

  /** Waits until the element is gone or hidden. */
  waitGone(target, what = JSON.stringify(target), options) {
    return waitFor(`${what} to be gone`, async () => {
      const facts = await this.describe(target);
      return !facts || !facts.visible;
    }, options);
  }

  waitUrl(pattern, options) {
    return waitFor(`the URL to match ${pattern}`, async () => {
      const url = await this.currentUrl();
      return pattern.test(url) ? url : null;
    }, options);
  }

  /**
   * Marks the current document, so a later check can tell a swap in place (mark kept) from a
   * new page (mark gone). Works with JavaScript off too: the driver's script sets it.
   */
  async mark() {
    await this.evaluate(() => document.documentElement.setAttribute('data-engines-mark', 'still here'));
  }

  marked() {
    return this.evaluate(() => document.documentElement.getAttribute('data-engines-mark') === 'still here');
  }

  /** Waits until the marked document has been replaced by a loaded new one. */
  waitNewPage(what = 'a new page') {
    return waitFor(what, async () =>
      this.evaluate(() =>
        document.documentElement.getAttribute('data-engines-mark') === null && document.readyState !== 'loading'));
  }

  async goto(path) {
    await within(TIMEOUT * 2, `${this.name}: going to ${path}`, this.navigate(this.url(path)));
    await waitFor(`${path} to load`, () => this.evaluate(() => document.readyState !== 'loading'));
  }

  /**
   * Waits until htmx has nothing in flight: no request, swap or settle (htmx's own classes).
   * After a swap, app.js moves the focus when htmx settles (a timer): typing that starts
   * before then loses its keys to the element that takes the focus. Without JavaScript there
   * is never anything in flight.
   */
  async waitSettled() {
    await waitFor('htmx to settle', () =>
      this.evaluate(() => document.readyState !== 'loading' &&
        !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')));
    // WebKit acts on the `autofocus` of swapped-in content at its next rendering update,
    // even after the focus has been moved since: two animation frames let that happen first.
    // (A person cannot act before the page has been drawn either.)
    if (this.js) {
      await within(TIMEOUT, 'two animation frames', this.evaluate(() =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))));
    }
  }

  /** Types `value` into the field as a person would (after clearing what is there). */
  async fill(target, value) {
    await this.waitSettled();
    await this.waitVisible(target);
    await this.evaluate(pageClear, target);
    await this.typeInto(target, value);
    // WebKit's "Element Send Keys" may answer before every synthesized key has landed.
    let now;
    await waitFor(`the field to hold what was typed`, async () => (now = await this.value(target)) === value)
      .catch(async (error) => {
        const focus = JSON.stringify(await this.activeElement().catch(() => null));
        throw new Error(`${this.name}: typed ${JSON.stringify(value)} into ${JSON.stringify(target)}, it holds ${JSON.stringify(now)} (focus on ${focus}): ${error.message}`);
      });
  }

  async click(target) {
    await this.waitSettled();
    await this.waitVisible(target);
    await this.clickAt(target);
  }

  /** Presses Enter with the focus in the field (the field is clicked into first). */
  async pressEnter(target) {
    await this.waitSettled();
    await this.waitVisible(target);
    await this.clickAt(target);
    await this.key('Enter');
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR over WebDriver BiDi (puppeteer-core)

class FirefoxDriver extends Driver {
  static async launch({ js, baseUrl }) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await within(TIMEOUT * 3, 'launching Firefox', puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      protocolTimeout: TIMEOUT * 2,
      // The runner handles signals (and stops WebKit's processes too); puppeteer still kills
      // Firefox when this process exits.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // page.setJavaScriptEnabled is refused over BiDi: the pref is the way.
      extraPrefsFirefox: {
        'javascript.enabled': js,
        'intl.accept_languages': 'en-US, en',
        'browser.startup.homepage_override.mstone': 'ignore',
      },
    }));
    const driver = new FirefoxDriver('firefox', js, baseUrl);
    driver.browser = browser;
    return driver;
  }

  /** A fresh browser context (no cookies) and page for one journey. */
  async fresh() {
    await this.closeContext();
    this.context = await this.browser.createBrowserContext();
    this.page = await this.context.newPage();
    await this.page.setViewport({ width: 1280, height: 1000 });
    this.page.setDefaultTimeout(TIMEOUT);
    this.page.setDefaultNavigationTimeout(TIMEOUT * 2);
  }

  async closeContext() {
    const context = this.context;
    this.context = null;
    this.page = null;
    if (context) await within(TIMEOUT, 'closing a Firefox context', context.close()).catch(() => {});
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async navigate(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  currentUrl() {
    return this.page.url();
  }

  async handle(target) {
    const handle = await this.page.evaluateHandle(pageFindOnly, target);
    const element = handle.asElement();
    if (!element) throw new Error(`${this.name}: no element ${JSON.stringify(target)}`);
    return element;
  }

  async clickAt(target) {
    const element = await this.handle(target);
    try {
      await element.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      const { x, y } = await element.clickablePoint();
      await this.page.mouse.click(x, y);
    } finally {
      await element.dispose().catch(() => {});
    }
  }

  async typeInto(target, value) {
    await this.clickAt(target);
    await this.page.keyboard.type(value);
  }

  async key(name) {
    await this.page.keyboard.press(name);
  }

  async screenshot(path) {
    mkdirSync(dirname(path), { recursive: true });
    await within(TIMEOUT, 'a screenshot', this.page.screenshot({ path, fullPage: true }));
  }

  async quit() {
    await this.closeContext();
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    await within(TIMEOUT, 'closing Firefox', browser.close()).catch(() => {
      browser.process()?.kill('SIGKILL');
    });
  }
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK: WebKitWebDriver driving MiniBrowser under Xvfb (selenium-webdriver)

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Children this process started (Xvfb, WebKitWebDriver): stopped however the run ends. */
const children = new Set();
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
export function killChildren(signal = 'SIGTERM') {
  for (const child of children) {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

async function stopChild(child, what) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  try {
    await within(5_000, `stopping ${what}`, exited);
  } catch {
    child.kill('SIGKILL');
    await within(5_000, `killing ${what}`, exited).catch(() => {});
  }
}

/** Starts Xvfb on a free display; resolves with ":<n>" once it accepts clients. */
async function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number once it is ready.
  const xvfb = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  }));
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await within(TIMEOUT, 'starting Xvfb', new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.slice(-500)}`)));
    xvfb.once('error', reject);
  }));
  return { xvfb, display };
}

class WebKitDriver extends Driver {
  static async launch({ js, baseUrl }) {
    const { Builder } = await import('selenium-webdriver');
    const driver = new WebKitDriver('webkit', js, baseUrl);
    try {
      const { xvfb, display } = await startXvfb();
      driver.xvfb = xvfb;
      const port = await freePort();
      const server = track(spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
      }));
      driver.server = server;
      let log = '';
      const keep = (chunk) => (log = (log + chunk).slice(-4000));
      server.stdout.on('data', keep);
      server.stderr.on('data', keep);
      driver.serverLog = () => log;
      const serverUrl = `http://127.0.0.1:${port}`;
      await waitFor('WebKitWebDriver to answer /status', async () => {
        if (server.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${log}`);
        const response = await fetch(`${serverUrl}/status`, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
      });
      const args = ['--automation'];
      if (!js) args.push('--enable-javascript=false');
      // Without a display or without --automation, session creation hangs with no error: a
      // deadline of our own, and the driver process is stopped if it passes.
      driver.wd = await within(TIMEOUT * 3, 'creating a WebKitWebDriver session', new Builder()
        .usingServer(serverUrl)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
        })
        .build());
      await driver.wd.manage().setTimeouts({ pageLoad: TIMEOUT * 2, script: TIMEOUT, implicit: 0 });
      await driver.wd.manage().window().setRect({ width: 1280, height: 1000 }).catch(() => {});
      return driver;
    } catch (error) {
      await driver.quit();
      throw error;
    }
  }

  /** One session per driver process: a fresh journey is the same window without cookies. */
  async fresh() {
    await this.navigate(this.url('/health/alive'));
    // WebKit answers "Delete All Cookies" before its network process has deleted them: ask
    // again until none is left.
    let left = [];
    await waitFor('WebKit to have no cookies', async () => {
      await this.wd.manage().deleteAllCookies();
      left = (await this.wd.manage().getCookies()).map((cookie) => cookie.name);
      return left.length === 0;
    }).catch((error) => {
      throw new Error(`webkit: cookies left after deleting them all: ${left}: ${error.message}`);
    });
  }

  evaluate(fn, ...args) {
    return within(TIMEOUT, 'a script in WebKit', this.wd.executeScript(`return (${fn}).apply(null, arguments);`, ...args));
  }

  async navigate(url) {
    await this.wd.get(url);
  }

  currentUrl() {
    return within(TIMEOUT, 'the URL in WebKit', this.wd.getCurrentUrl());
  }

  async element(target) {
    const element = await this.evaluate(pageFindOnly, target);
    if (!element) throw new Error(`${this.name}: no element ${JSON.stringify(target)}`);
    return element;
  }

  async clickAt(target) {
    const element = await this.element(target);
    await within(TIMEOUT, `clicking ${JSON.stringify(target)}`, element.click());
  }

  async typeInto(target, value) {
    const element = await this.element(target);
    await within(TIMEOUT, `typing into ${JSON.stringify(target)}`, element.sendKeys(value));
  }

  async key(name) {
    const { Key } = await import('selenium-webdriver');
    const active = await this.wd.switchTo().activeElement();
    await within(TIMEOUT, `pressing ${name}`, active.sendKeys(Key[name.toUpperCase()]));
  }

  async screenshot(path) {
    mkdirSync(dirname(path), { recursive: true });
    // WebDriver screenshots are of the viewport; good enough to see the state.
    const data = await within(TIMEOUT, 'a screenshot', this.wd.takeScreenshot());
    await writeFile(path, data, 'base64');
  }

  async quit() {
    const wd = this.wd;
    this.wd = null;
    if (wd) await within(TIMEOUT, 'ending the WebKit session', wd.quit()).catch(() => {});
    await stopChild(this.server, 'WebKitWebDriver');
    this.server = null;
    await stopChild(this.xvfb, 'Xvfb');
    this.xvfb = null;
  }
}

export const ENGINES = {
  firefox: FirefoxDriver,
  webkit: WebKitDriver,
};

/** Starts `engine` ("firefox" or "webkit") with the page's JavaScript on or off. */
export function launch(engine, { js, baseUrl }) {
  const Engine = ENGINES[engine];
  if (!Engine) throw new Error(`unknown engine ${engine}; known: ${Object.keys(ENGINES).join(', ')}`);
  return Engine.launch({ js, baseUrl });
}
