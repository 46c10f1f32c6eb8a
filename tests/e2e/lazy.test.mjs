// Issue 24: the snippet costs a host page nothing until its visitor comes near the check. Far
// down the page, only embed.js itself is loaded from the app's site; scrolled near, the check
// loads and works. In view (or opened by a link with a result, or in a browser without
// IntersectionObserver) it loads at once. The inline mode passes the app's text URLs on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launch, openPage, serve, serveHostPages, waitForApp } from './harness.mjs';

// Every path the app's server is asked for, in order.
let appPaths = [];
let app, hosts, browser;
before(async () => {
  // Cross-origin module scripts and the inline mode's fetch of index.html need CORS.
  app = await serve(DIST, { headers: { 'access-control-allow-origin': '*' }, seen: (path) => appPaths.push(path) });
  // Another site than the app, as a consultancy's page is.
  hosts = await serveHostPages(app.url.replace('127.0.0.1', 'localhost'));
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await hosts?.close(); });

/** Lets the page run its observers for a while: a check that was going to load has asked by then. */
async function idle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
}

/** Where the snippet's container starts, in page coordinates, and its height. */
const containerBox = (page) => page.$eval('.readiness-check-embed', (el) => ({
  top: el.getBoundingClientRect().top + scrollY, height: el.offsetHeight, screen: innerHeight,
}));

test('a snippet three screens down loads nothing but embed.js until the page is scrolled near it; then the check loads and works', async () => {
  appPaths = [];
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'long.html', { waitUntil: 'load' });
  // The async tag still places the check right after itself (document.currentScript).
  await page.waitForSelector('#check script + .readiness-check-embed', { state: 'attached' });
  await idle(page);
  const box = await containerBox(page);
  assert.ok(box.top > 3 * box.screen, `the snippet is at ${box.top}px, the screen ${box.screen}px high`);
  assert.deepEqual(appPaths, ['/embed.js']);
  assert.equal(await page.$('.readiness-check-embed iframe'), null);
  // The frame's height is held, so the page below does not move when it comes.
  assert.equal(box.height, 640);
  const history = await page.evaluate(() => history.length);

  // 1000px above it (beyond the 800px margin): still nothing.
  await page.evaluate((top) => scrollTo(0, top - innerHeight - 1000), box.top);
  await idle(page);
  assert.deepEqual(appPaths, ['/embed.js']);
  // 500px above it: the check loads, before it is in view.
  await page.evaluate((top) => scrollTo(0, top - innerHeight - 500), box.top);
  const frameElement = await page.waitForSelector('.readiness-check-embed iframe', { state: 'attached' });
  assert.equal(await frameElement.getAttribute('loading'), 'lazy');
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  assert.ok(appPaths.includes('/'), appPaths.join(' '));

  await frameElement.scrollIntoViewIfNeeded();
  await frame.click('.rc-start button[type=submit]');
  await frame.waitForSelector('.rc-question');
  assert.match(await frame.textContent('.rc-brand'), /^Agentur Beispiel/);
  // The frame got its address before it was in the page: no entry in the host page's history.
  assert.equal(await page.evaluate(() => history.length), history);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a snippet in view loads at once', async () => {
  appPaths = [];
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html');
  const frameElement = await page.waitForSelector('.readiness-check-embed iframe');
  await waitForApp(await frameElement.contentFrame());
  assert.equal(await page.evaluate(() => scrollY), 0, 'not scrolled');
  assert.ok(appPaths.includes('/'), appPaths.join(' '));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('far down the page, a link with a result, or a browser without IntersectionObserver, loads the check at once', async () => {
  // The visitor came for the check's result: it is there when they scroll, not loading then.
  const linked = await openPage(browser, { origin: hosts.origin });
  await linked.page.goto(hosts.url + 'long.html#r=AkJRHMsn_-Dp7g');
  const frame = await (await linked.page.waitForSelector('.readiness-check-embed iframe', { state: 'attached' })).contentFrame();
  await frame.waitForSelector('.rc-result[data-verdict=do-it]');
  assert.equal(await linked.page.evaluate(() => scrollY), 0, 'not scrolled');
  await linked.context.close();

  const old = await openPage(browser, { origin: hosts.origin });
  await old.page.addInitScript(() => { delete window.IntersectionObserver; });
  await old.page.goto(hosts.url + 'long.html');
  const oldFrame = await (await old.page.waitForSelector('.readiness-check-embed iframe', { state: 'attached' })).contentFrame();
  await waitForApp(oldFrame);
  assert.equal(await old.page.evaluate(() => scrollY), 0, 'not scrolled');
  assert.deepEqual(old.problems.pageErrors, []);
  await old.context.close();
});

test('the snippet for a page whose Lighthouse score counts asks for embed.js only after the page has loaded, with the same options', async () => {
  appPaths = [];
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'after-load.html');
  // Right after the snippet: the loader puts embed.js's tag there, and the check after it.
  const frameElement = await page.waitForSelector('main > script[data-brand] + script[src$="/embed.js"] + .readiness-check-embed iframe');
  const [asked, loaded] = await page.evaluate(() => [
    performance.getEntriesByType('resource').find((r) => r.name.endsWith('/embed.js')).startTime,
    performance.getEntriesByType('navigation')[0].loadEventStart,
  ]);
  assert.ok(loaded > 0 && asked >= loaded, `embed.js asked for at ${asked} ms, the page loaded at ${loaded} ms`);
  assert.equal(appPaths[0], '/embed.js');
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  assert.match(await frame.textContent('.rc-brand'), /^Agentur Beispiel/);
  await frame.click('.rc-start button[type=submit]');
  await frame.waitForSelector('.rc-question');
  // The guide shows the same loader (with its example address).
  const loader = (html) => html.match(/\(function \(snippet\) \{[\s\S]*?\}\)\(document\.currentScript\);/)[0].replace(/^\s+/gm, '');
  const example = readFileSync(join(ROOT, 'examples/host/after-load.html'), 'utf8').replace("'APP/embed.js'", "'https://agentur.example/tools/check/embed.js'");
  assert.equal(loader(readFileSync(join(ROOT, 'docs/consultancies.md'), 'utf8')), loader(example));
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the inline mode three screens down fetches the app only once the page is scrolled near it', async () => {
  appPaths = [];
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'long-inline.html', { waitUntil: 'load' });
  await page.waitForSelector('#check script + .readiness-check-embed', { state: 'attached' });
  await idle(page);
  assert.deepEqual(appPaths, ['/embed.js']);
  const box = await containerBox(page);
  assert.ok(box.top > 3 * box.screen, `the snippet is at ${box.top}px, the screen ${box.screen}px high`);

  await page.evaluate((top) => scrollTo(0, top - innerHeight - 500), box.top);
  await page.waitForFunction(() => window.readinessCheckRoot?.querySelector('.rc-app h1'), null, { timeout: 30_000 });
  assert.equal(appPaths[1], '/', appPaths.join(' '));
  await page.locator('.rc-start button[type=submit]').scrollIntoViewIfNeeded();
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  // The app's texts files, made absolute for the app inside this page.
  const attrs = await page.evaluate(() => ['de', 'en'].map((l) => window.readinessCheckRoot.getAttribute(`data-rc-texts-${l}`)));
  assert.ok(attrs.every((url) => /^http:\/\/localhost:\d+\/texts-(de|en)-/.test(url)), attrs.join(' '));
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("the inline mode gives the app its texts' URLs from the app's index.html, made absolute", async () => {
  // A build whose <main> names its text files (attributes in another order, quoted and not,
  // as a minifier leaves them), served under a sub-path.
  const dir = mkdtempSync(join(tmpdir(), 'rc-lazy-'));
  cpSync(DIST, dir, { recursive: true });
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const names = { de: 'texts-de-0123456789abcdef.json', en: 'texts-en-fedcba9876543210.json' };
  const built = {};
  const html = index.replace(/<main\b([^>]*)>/, (_, attrs) => {
    // The build's own text attributes out, ours in: one unquoted before the id, one quoted after it.
    const rest = attrs.replace(/\s+data-rc-texts-(de|en)=("[^"]*"|'[^']*'|[^\s>]+)/g, (__, lang, value) => {
      built[lang] = value.replace(/^["']|["']$/g, '');
      return '';
    });
    return `<main data-rc-texts-de=./${names.de}${rest.replace(/\bid=("?)readiness-check\1/, `id=readiness-check data-rc-texts-en="./${names.en}"`)}>`;
  });
  assert.notEqual(html, index, 'the fixture found <main id=readiness-check>');
  // The build's texts files under their new names.
  for (const lang of ['de', 'en']) writeFileSync(join(dir, names[lang]), readFileSync(join(DIST, built[lang])));
  writeFileSync(join(dir, 'index.html'), html);
  const subPaths = [];
  const sub = await serve(dir, { base: '/tools/check/', headers: { 'access-control-allow-origin': '*' }, seen: (path) => subPaths.push(path) });
  const appUrl = sub.url.replace('127.0.0.1', 'localhost');
  const pages = await serveHostPages(appUrl);
  const { page, context, problems } = await openPage(browser, { origin: pages.origin });
  try {
    await page.goto(pages.url + 'long-inline.html');
    await page.evaluate(() => document.getElementById('check').scrollIntoView());
    await page.waitForFunction(() => window.readinessCheckRoot?.querySelector('.rc-app h1'), null, { timeout: 30_000 });
    const attrs = await page.evaluate(() => ['de', 'en'].map((l) => window.readinessCheckRoot.getAttribute(`data-rc-texts-${l}`)));
    assert.deepEqual(attrs, [appUrl + names.de, appUrl + names.en]);
    // The app loads its texts from there.
    assert.ok(subPaths.some((path) => path.endsWith(names.de) || path.endsWith(names.en)), subPaths.join(' '));
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
    await pages.close();
    await sub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
