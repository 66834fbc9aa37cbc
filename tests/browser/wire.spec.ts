// What a browser fetches: on the first visit every asset arrives compressed (the theme, under
// a kilobyte, as it is), and on the next page none is fetched again (their names carry their
// content hash and are cached `immutable`). Read from Chromium's own network log (DevTools
// protocol), which tells a cache hit from a request that reached the server. On the stack whose
// UI runs as in production (playwright.config.ts): in dev mode assets are read from disk on
// every request and never cached.
import { test, expect, Page } from '@playwright/test';
import { createIdentity, signIn } from './helpers';

const ADMIN = 'http://127.0.0.1:4504';
test.use({ baseURL: 'http://localhost:4505' });

interface Fetched {
  url: string;
  fromCache: boolean;
  encoding: string | undefined;
}

/** Every asset request of `page` from now on, as Chromium's network log has it. */
async function recordAssets(page: Page): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  const servedFromMemory = new Set<string>();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestServedFromCache', ({ requestId }) => servedFromMemory.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!/\/(assets|kratos)\//.test(new URL(response.url).pathname)) return;
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    fetched.push({
      url: response.url,
      fromCache: servedFromMemory.has(requestId) || !!response.fromDiskCache || !!response.fromPrefetchCache,
      encoding: headers['content-encoding'],
    });
  });
  return fetched;
}

test('the first visit fetches every asset compressed, the next page fetches none', async ({ page, request }, testInfo) => {
  const user = await createIdentity(request, { traits: { name: 'Wire' }, admin: ADMIN });
  // Each test has a fresh browser context: an empty cache.
  const fetched = await recordAssets(page);
  await signIn(page, user);
  await page.goto('/settings');
  await expect(page.getByTestId('profile-settings-card')).toBeVisible();
  // Scripts, Kratos's WebAuthn script among them, are fetched only with JavaScript on.
  const script = (f: Fetched) => f.url.includes('/kratos/webauthn.js');
  if (testInfo.project.name === 'js-on') {
    await expect.poll(() => fetched.filter(script).length, { message: "Kratos's WebAuthn script is fetched" }).toBeGreaterThan(0);
  }

  const fromServer = fetched.filter((f) => !f.fromCache);
  expect(fromServer.length, JSON.stringify(fetched)).toBeGreaterThan(0);
  for (const asset of fromServer) {
    if (/\/theme\.[0-9a-f]{16}\.css$/.test(new URL(asset.url).pathname)) continue;
    expect(asset.encoding, asset.url).toBe('br');
  }

  // Another page, then the settings page again: every asset comes from the cache.
  fetched.length = 0;
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByTestId('profile-settings-card')).toBeVisible();
  expect(fetched.length, 'the pages link assets').toBeGreaterThan(0);
  expect(fetched.filter((f) => !f.fromCache), JSON.stringify(fetched)).toEqual([]);
});
