// Issue 7: offline after one visit (service worker), and the single self-contained file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, openPage, serve, waitForApp, switchLanguage } from './harness.mjs';
import { DO_IT, LEAVE_IT, keyboardToResult } from './flows.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('once loaded, the check reloads and finishes with the network cut', async () => {
  // A site of its own, shut down to cut the network: the page's offline emulation does not
  // reach a service worker's own fetches in every Chromium (148 answered them from the server).
  const site = await serve();
  after(() => site.close());
  const { page, context, problems } = await openPage(browser, { origin: site.origin });
  await page.goto(site.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await site.close();
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await keyboardToResult(page, DO_IT);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  // With a query (a shared link's options) too; another page of the site in the worker's
  // scope is not turned into the check (deployed at a site's root, it would be every page).
  await page.goto(site.url + '?lang=en');
  await waitForApp(page);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e)), []);
  await assert.rejects(page.goto(site.url + 'impressum.html'));
  await context.close();
});

test('the first visit downloads each file once, and a network that never answers still gets the check', async () => {
  const seen = [];
  let hang = false;
  const site = await serve(DIST, { seen: (path) => seen.push(path), hold: () => hang });
  // A held request keeps the server open: closed however the test ends.
  after(() => site.close());
  const { page, context, problems } = await openPage(browser, { origin: site.origin });
  await page.goto(site.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The worker's precache took the hashed files from the HTTP cache.
  for (const hashed of [/_bg\.wasm$/, /readiness-check-[0-9a-f]{12,}\.js$/, /texts-de-[0-9a-f]{12,}\.json$/, /\.css$/]) {
    assert.equal(seen.filter((path) => hashed.test(path)).length, 1, `${hashed}: ${seen}`);
  }
  // Venue Wi-Fi without a way out: connected, never answered.
  hang = true;
  await page.goto(site.url, { timeout: 20_000 });
  await waitForApp(page);
  await keyboardToResult(page, DO_IT);
  // The other language's texts were kept too: a workshop without Wi-Fi can switch.
  await switchLanguage(page, 'en');
  assert.equal(await page.textContent('.rc-langs button[aria-pressed=true]'), 'English');
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a new build replaces the cached one cleanly', async () => {
  const { page, context } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((k) => k.startsWith('readiness-check-')).length, 1);
  // An old build's cache is removed when this build's worker activates; another deployment's
  // on the same origin (say /staging/) stays.
  const [old, other, legacy] = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const names = [`readiness-check-${reg.scope}-oldbuild`, `readiness-check-${new URL('staging/', reg.scope).href}-build`, 'readiness-check-0123456789abcdef'];
    for (const name of names) await (await caches.open(name)).put('old.js', new Response('old'));
    await reg.unregister();
    return names;
  });
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready));
  await page.waitForFunction(async (name) => !(await caches.keys()).includes(name), old);
  assert.ok(!(await page.evaluate(() => caches.keys())).includes(legacy), 'a build from before the scoped names is removed too');
  assert.ok((await page.evaluate(() => caches.keys())).includes(other), "the other deployment's cache stays");
  await context.close();
});

test('online, a deploy\'s new loader is used at once, not the cached one', async () => {
  // A copy of dist/ to deploy into.
  const folder = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync(DIST, folder, { recursive: true });
  const site = await serve(folder);
  const { page, context } = await openPage(browser, { origin: site.origin });
  await page.goto(site.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  appendFileSync(join(folder, 'start.js'), '\nwindow.deployed = 2;\n');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.deployed), 2);
  // Offline, the cached loader still starts the check.
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.deployed), undefined);
  await context.close();
  await site.close();
});

test('the single file runs from disk (file://) with no request at all', async () => {
  // Copied somewhere else, as on a USB stick or from an e-mail.
  const folder = mkdtempSync(join(tmpdir(), 'usb-'));
  const file = join(folder, 'readiness-check.html');
  copyFileSync(join(DIST, 'readiness-check.html'), file);
  const { page, context, problems } = await openPage(browser, {});
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  await waitForApp(page);
  await keyboardToResult(page, LEAVE_IT);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'leave-it');
  // Its share link is the code alone: no file path (with a user's name) to pass on.
  const link = await page.inputValue('#rc-share-link');
  assert.match(link, /^#r=[A-Za-z0-9_-]+$/);
  assert.match(await page.textContent('.rc-share'), /Aus einer Datei geöffnet/);
  assert.deepEqual(requests, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
