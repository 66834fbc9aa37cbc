#!/usr/bin/env node
// Shows that each check of readability.mjs fails when it should: small pages with one known
// defect each, rendered by lynx (`-dump`, with the journey's options), must each be reported;
// a page built like the UI's forms must not. No stack needed:
//
//   node tests/text-browser/readability-selftest.mjs

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readabilityProblems } from './readability.mjs';

const LYNX = process.env.LYNX ?? 'lynx';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'text-browser-selftest-'));
fs.mkdirSync(path.join(work, 'home'));
fs.writeFileSync(path.join(work, 'lynx.cfg'), 'CHARACTER_SET:utf-8\n');

const page = (body) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
const field = (id, label, { value = '', messages = '' } = {}) =>
  `<div class="field"><label for="${id}">${label}</label>` +
  `<input id="${id}" type="text" name="${id}"${value ? ` value="${value}"` : ''}${messages ? ` aria-describedby="${id}-messages"` : ''}>` +
  (messages ? `<div id="${id}-messages"><p><span class="visually-hidden">Error: </span>${messages}</p></div>` : '') +
  '</div>';

const cases = [
  {
    name: 'a form like the UI draws it reads well',
    html: page(
      `<h1>Account settings</h1><p>Intro with <a href="/verification">a link</a>.</p>` +
        `<div role="alert"><h2>There is a problem</h2><ul><li><a href="#website">Website: not a URL</a></li></ul></div>` +
        `<form method="post" action="/x">${field('name', 'Full name', { value: 'Ada' })}` +
        `${field('website', 'Website', { value: 'nope', messages: 'not a URL' })}${field('age', 'Age')}` +
        `<div><input type="hidden" name="news" value="false"><input id="news" type="checkbox" name="news" value="true"><label for="news">Send me the newsletter</label></div>` +
        `<button type="submit" name="method" value="profile">Save</button></form>`,
    ),
    expect: null,
  },
  {
    name: 'a label after its field',
    html: page(`<form><input id="a" type="text" name="a"><label for="a">Full name</label><button name="go" value="1">Save</button></form>`),
    expect: /field "Full name": the field \(underscores\) is not where its label says/,
  },
  {
    name: 'a field without label',
    html: page(`<form><p>Full name</p><input id="a" type="text" name="a"></form>`),
    expect: /field "a" has no label/,
  },
  {
    name: "a field's message away from it",
    html: page(
      `<form><label for="w">Website</label><input id="w" type="text" name="w" aria-describedby="w-m">` +
        `<label for="g">Age</label><input id="g" type="text" name="g"><p id="w-m">Error: not a URL</p></form>`,
    ),
    expect: /field "Website": its message "Error: not a URL" is not right after it .*elsewhere on the page/,
  },
  {
    name: 'a link without text',
    html: page(`<p>Before <a href="/somewhere"></a> after.</p>`),
    expect: /links without text \(lynx lists them as hidden\)/,
  },
  {
    name: 'a link that is an image without alt',
    html: page(`<p>Before <a href="/somewhere"><img src="logo.png"></a> after.</p>`),
    expect: /an image without text alternative shows as "\[logo\.png\]"/,
  },
  {
    name: 'text lost in the text browser (a line removed from what lynx drew)',
    html: page(`<p>First paragraph.</p><p>This sentence must not be lost.</p><p>Last paragraph.</p>`),
    damage: (text) => text.replace(/^.*must not be lost.*\n/m, ''),
    expect: /text lost in the text browser: "This sentence must not be lost\."/,
  },
];

let failed = 0;
for (const [i, test] of cases.entries()) {
  const file = path.join(work, `case-${i}.html`);
  fs.writeFileSync(file, test.html);
  const lynx = spawnSync(
    LYNX,
    [`-cfg=${path.join(work, 'lynx.cfg')}`, '-dump', '-number_links', '-hiddenlinks=listonly', '-width=100', file],
    { encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH, HOME: path.join(work, 'home'), LANG: 'C.UTF-8' } },
  );
  if (lynx.status !== 0) {
    console.error(`FAIL ${test.name}: lynx ${lynx.error?.message ?? `exited with ${lynx.status}`} ${lynx.stderr ?? ''}`);
    failed++;
    continue;
  }
  const text = test.damage ? test.damage(lynx.stdout) : lynx.stdout;
  const problems = readabilityProblems(text, test.html);
  const good = test.expect ? problems.some((p) => test.expect.test(p)) : problems.length === 0;
  if (good) {
    console.log(`ok   ${test.name}${test.expect ? ' is reported' : ''}`);
  } else {
    failed++;
    console.error(`FAIL ${test.name}: ${test.expect ? `expected a problem matching ${test.expect}` : 'expected no problem'}; got:`);
    console.error(problems.length ? `  - ${problems.join('\n  - ')}` : '  (none)');
    console.error(`lynx drew:\n${text}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error(`${failed} of ${cases.length} readability self-tests failed`);
  process.exitCode = 1;
} else {
  console.log(`all ${cases.length} readability self-tests passed`);
}
