#!/usr/bin/env node
// Cross-engine browser journeys: every journey of tests/engines/journeys.mjs in Firefox ESR
// (Gecko, over WebDriver BiDi) and WebKitGTK (WebKitWebDriver), each with the page's JavaScript
// on and off, against a running stack (scripts/engines.sh starts one and runs this).
//
//   UI_URL=http://localhost:4525 KRATOS_ADMIN_URL=http://127.0.0.1:4524 node tests/engines/run.mjs
//
// Optional: ENGINES=firefox,webkit  MODES=js-on,js-off  JOURNEYS=<substring>[,<substring>]
// Starts no stack. Prints a result table per engine and mode, exits non-zero on any failure,
// and saves a screenshot per failure and one of the saved settings page per engine and mode
// into test-results/engines/.
import { rmSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, killChildren, within } from './drivers.mjs';
import { journeys, skippedByDesign } from './journeys.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test-results', 'engines');
const JOURNEY_TIMEOUT = Number(process.env.ENGINES_JOURNEY_TIMEOUT_MS ?? 120_000);

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set (scripts/engines.sh sets it and starts the stack)`);
    process.exit(2);
  }
  return value.replace(/\/+$/, '');
}
const uiUrl = required('UI_URL');
const admin = required('KRATOS_ADMIN_URL');

const list = (name, all) => (process.env[name] ? process.env[name].split(',').map((s) => s.trim()).filter(Boolean) : all);
const engines = list('ENGINES', ['firefox', 'webkit']);
const modes = list('MODES', ['js-on', 'js-off']);
const only = list('JOURNEYS', []);
const selected = journeys.filter((j) => only.length === 0 || only.some((part) => j.name.includes(part)));
if (selected.length === 0) {
  console.error(`no journey matches JOURNEYS=${process.env.JOURNEYS}`);
  process.exit(2);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// Whatever ends the run, the browsers, WebKitWebDriver and Xvfb it started end with it.
let current = null;
let stopping = false;
async function stop(signal, code) {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: stopping the browsers`);
  try {
    if (current) await within(15_000, 'stopping the browser', current.quit());
  } catch {
    // killed below
  }
  killChildren('SIGKILL');
  process.exit(code);
}
process.on('SIGINT', () => stop('SIGINT', 130));
process.on('SIGTERM', () => stop('SIGTERM', 143));
process.on('SIGHUP', () => stop('SIGHUP', 129));
process.on('exit', () => killChildren('SIGKILL'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const results = []; // { engine, mode, journey, status: passed|failed|skipped, ms, error, reason }
const started = Date.now();

for (const engine of engines) {
  for (const mode of modes) {
    if (mode !== 'js-on' && mode !== 'js-off') throw new Error(`unknown mode ${mode}`);
    const js = mode === 'js-on';
    const label = `${engine} ${mode}`;
    console.log(`\n== ${label}`);
    let driver = null;

    for (const journey of selected) {
      const t0 = Date.now();
      const record = { engine, mode, journey: journey.name };
      try {
        if (!driver) {
          driver = await launch(engine, { js, baseUrl: uiUrl });
          current = driver;
          console.log(`   (browser started in ${seconds(Date.now() - t0)})`);
        }
        await within(JOURNEY_TIMEOUT, `${label}: ${journey.name}`, (async () => {
          await driver.fresh();
          await journey.run(driver, {
            admin,
            shot: (name) => driver.screenshot(join(outDir, `${engine}-${mode}-${name}.png`)),
          });
        })());
        record.status = 'passed';
      } catch (error) {
        // Stopped by a signal: stop() ends the process; nothing to report.
        if (stopping) await new Promise(() => {});
        record.status = 'failed';
        record.error = error;
        if (driver) {
          const path = join(outDir, `${engine}-${mode}-${slug(journey.name)}-failed.png`);
          try {
            await driver.screenshot(path);
            record.screenshot = path;
          } catch (shotError) {
            record.screenshot = `(no screenshot: ${shotError.message})`;
          }
          try {
            record.url = await within(5_000, 'the URL', Promise.resolve(driver.currentUrl()));
          } catch {
            // the browser is gone
          }
          // A failed journey may leave the browser in any state: the next one gets a new one.
          await driver.quit().catch(() => {});
          driver = null;
          current = null;
        }
      }
      record.ms = Date.now() - t0;
      results.push(record);
      const mark = record.status === 'passed' ? 'ok  ' : 'FAIL';
      console.log(`   ${mark} ${journey.name} (${seconds(record.ms)})`);
      if (record.error) {
        console.log(`        ${String(record.error.stack ?? record.error).split('\n').slice(0, 4).join('\n        ')}`);
        if (record.url) console.log(`        at ${record.url}`);
        if (record.screenshot) console.log(`        screenshot: ${record.screenshot}`);
      }
    }
    for (const skipped of skippedByDesign) {
      results.push({ engine, mode, journey: skipped.name, status: 'skipped', reason: skipped.reason });
      console.log(`   skip ${skipped.name}: ${skipped.reason}`);
    }
    if (driver) await driver.quit();
    driver = null;
    current = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Results

const count = (rows, status) => rows.filter((r) => r.status === status).length;
console.log(`\nCross-engine journeys (${selected.length} journeys; ${seconds(Date.now() - started)}):`);
for (const engine of engines) {
  for (const mode of modes) {
    const rows = results.filter((r) => r.engine === engine && r.mode === mode);
    const failed = rows.filter((r) => r.status === 'failed');
    const line = [`${count(rows, 'passed')} passed`];
    if (failed.length) line.push(`${failed.length} failed (${failed.map((r) => r.journey).join(', ')})`);
    const skipped = rows.filter((r) => r.status === 'skipped');
    if (skipped.length) line.push(`${skipped.length} skipped by design (${skipped.map((r) => r.journey).join(', ')})`);
    console.log(`  ${engine} ${mode}: ${line.join(', ')}`);
  }
}
for (const skipped of skippedByDesign) console.log(`  skipped by design — ${skipped.name}: ${skipped.reason}`);
const failures = results.filter((r) => r.status === 'failed');
if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures) {
    console.log(`  ${f.engine} ${f.mode} — ${f.journey}: ${f.error?.message ?? f.error}`);
    if (f.screenshot) console.log(`    screenshot: ${f.screenshot}`);
  }
}
console.log(`engines: ${count(results, 'passed')} passed, ${failures.length} failed, ${count(results, 'skipped')} skipped`);
process.exitCode = failures.length ? 1 : 0;
