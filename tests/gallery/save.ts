// Saves what Kratos's JSON browser endpoint returns for the flow (or error) the page shows,
// with the page's cookies, as <flow>-<state>.json (2-space indent, Kratos's key order), plus a
// one-line description (<flow>-<state>.about) for the fixtures' README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Page, expect } from '@playwright/test';

const OUT = process.env.GALLERY_OUT ?? 'test-results/gallery-fixtures';

async function write(page: Page, url: string, name: string, about: string) {
  const response = await page.context().request.get(url, { headers: { Accept: 'application/json' } });
  expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.json`, `${JSON.stringify(await response.json(), null, 2)}\n`);
  writeFileSync(`${OUT}/${name}.about`, `${about}\n`);
}

/** The flow on screen: the settings page names it (htmx may keep an older URL), else the URL. */
export async function saveFlow(page: Page, kratos: string, flow: string, state: string, about: string) {
  const shown = page.locator('[data-flow-id]');
  const id = (await shown.count()) > 0 ? await shown.first().getAttribute('data-flow-id') : new URL(page.url()).searchParams.get('flow');
  expect(id, `${flow}-${state}: a flow id on ${page.url()}`).toBeTruthy();
  await write(page, `${kratos}/self-service/${flow}/flows?id=${id}`, `${flow}-${state}`, about);
}

/** The error page on screen (`/error?id=`), or the error `id` given. */
export async function saveError(page: Page, kratos: string, state: string, about: string, id?: string) {
  const errorId = id ?? new URL(page.url()).searchParams.get('id');
  expect(errorId, `error-${state}: an error id on ${page.url()}`).toBeTruthy();
  await write(page, `${kratos}/self-service/errors?id=${errorId}`, `error-${state}`, about);
}
