// The designers' loop, as a designer meets it (driven by scripts/markup-loop.sh, which starts
// scripts/watch-ui.sh on a scratch copy of the tree): a gallery state is open in Chromium; a
// one-line edit to a view is saved; the page reloads itself and shows the change. Then an edit
// that does not compile: the page shows the compiler's error over the last good build; fixing
// it reloads the page with the fix. Prints one JSON line of timings (milliseconds from each
// save to the page showing it). Exits non-zero, naming the step, when a step does not happen.
//
//   node tests/watch/loop.mjs <UI base URL> <scratch tree> <rounds> <screenshot dir>
import { chromium } from 'playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, tree, roundsArg, shots] = process.argv.slice(2);
const rounds = Number(roundsArg || 3);
const VIEW = join(tree, 'src/views/flow_page.rs');
const MAIN = join(tree, 'src/main.rs');
const HEADING = 'h1.page-title { (words.title) }';
const STATE = 'login-fresh';
// Generous: the first rebuild of a scratch tree compiles the whole crate on 2 shared CPUs.
const STEP_MS = 300_000;

const original = readFileSync(VIEW, 'utf8');
if (!original.includes(HEADING)) throw new Error(`${VIEW} no longer has the line this check edits: ${HEADING}`);
const originalMain = readFileSync(MAIN, 'utf8');

function fail(step, error) {
  console.error(`markup loop: ${step}: ${error?.message ?? error}`);
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
const timings = { view: [], main: [] };
try {
  await page.goto(`${base}/gallery/${STATE}`);
  await page.locator('h1.page-title').waitFor();

  // Saves `text` to `file`, then waits for the page to reload itself and `check` to pass.
  async function saveAndSee(file, text, check, step) {
    const reloaded = page.waitForEvent('load', { timeout: STEP_MS });
    const saved = Date.now();
    writeFileSync(file, text);
    try {
      await reloaded;
      await check();
    } catch (error) {
      fail(step, error);
    }
    return Date.now() - saved;
  }

  for (let round = 1; round <= rounds; round++) {
    const edited = original.replace(HEADING, `h1.page-title data-loop="${round}" { (words.title) }`);
    timings.view.push(
      await saveAndSee(VIEW, edited, () => page.locator(`h1.page-title[data-loop="${round}"]`).waitFor({ timeout: 10_000 }),
        `round ${round}: the edited heading did not appear after the save`),
    );
    // A change to the binary's own file alone: mostly linking.
    timings.main.push(
      await saveAndSee(MAIN, `${originalMain}// loop ${round}\n`, () => page.locator('h1.page-title').waitFor({ timeout: 10_000 }),
        `round ${round}: the page did not reload after src/main.rs changed`),
    );
  }

  // An edit that does not compile: the error over the page, which keeps the last good build.
  writeFileSync(VIEW, original.replace(HEADING, 'h1.page-title { (words.title) '));
  const panel = page.locator('[data-testid="dev-build"].dev-build--failed');
  try {
    await panel.waitFor({ timeout: STEP_MS });
    const text = await panel.innerText();
    if (!/error/i.test(text) || !text.includes('flow_page.rs')) throw new Error(`the panel says: ${text.slice(0, 300)}`);
    if (!(await page.locator(`h1.page-title[data-loop="${rounds}"]`).isVisible())) throw new Error('the last good page is gone');
    await page.screenshot({ path: join(shots, 'markup-loop-compile-error.png') });
  } catch (error) {
    fail('a change that does not compile was not shown on the page', error);
  }
  timings.fixed = await saveAndSee(VIEW, original, async () => {
    await page.locator('h1.page-title:not([data-loop])').waitFor({ timeout: 10_000 });
    if (await panel.count()) throw new Error('the error panel is still there');
  }, 'the fixed view did not reload the page');
} finally {
  writeFileSync(VIEW, original);
  writeFileSync(MAIN, originalMain);
  await browser.close();
}
console.log(JSON.stringify(timings));
