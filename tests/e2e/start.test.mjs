// Issue 24 and the host's texts (issue 23): the start screen the build pre-rendered shows before
// the wasm has arrived, a start pressed on it is not lost, the page loads the texts of the
// language shown only, and a host's texts file changes the wording or, when broken, falls back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, serveHostPages, waitForApp, switchLanguage } from './harness.mjs';
import { axeViolations } from './flows.mjs';

let browser, app, hosts;
before(async () => {
  browser = await launch();
  app = await serve();
  hosts = await serveHostPages(app.url);
});
after(async () => {
  await browser?.close();
  await app?.close();
  await hosts?.close();
});

/** Holds the wasm back until `release()`: the page as a visitor on a slow line sees it. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return () => release();
}

const textsRequests = (page) => {
  const seen = [];
  page.on('request', (r) => { const m = /texts-(\w+)-[0-9a-f]+\.json$/.exec(r.url()); if (m) seen.push(m[1]); });
  return seen;
};

test('the start screen shows before the wasm, and a start pressed on it goes on with what was typed', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin, viewport: { width: 390, height: 844 } });
  const release = await holdWasm(page);
  await page.goto(app.url);
  await page.waitForSelector('.rc-pre:not([hidden]) .rc-start h1');
  assert.equal(await page.textContent('.rc-pre h1'), 'Social-Media-Readiness-Check');
  assert.equal(await page.textContent('.rc-pre .rc-start button[type=submit]'), 'Check starten');
  // On its own page: the workshop is offered, no host page hears anything.
  assert.equal(await page.locator('.rc-pre .rc-workshop-entry').count(), 1);
  assert.equal(await page.locator('.rc-pre .rc-host-note').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.fill('#rc-company', 'Bäckerei Korn');
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('#readiness-check[data-rc-early=begin]', { state: 'attached' });
  // Pressed before the app runs: the address did not change (no form sent), nothing was lost.
  assert.equal(page.url(), app.url);
  release();
  await page.waitForSelector('section.rc-question[data-question]');
  await page.waitForFunction(() => (localStorage.getItem('readiness-check') || '').includes('Korn'));
  assert.match(await page.evaluate(() => localStorage.getItem('readiness-check')), /company=B%C3%A4ckerei(%20|\+)Korn/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the start screen paints with one request besides the page: start.js, which brings the styles', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const release = await holdWasm(page);
  await page.goto(app.url);
  await page.waitForSelector('.rc-pre:not([hidden]) .rc-start h1');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const before = await page.evaluate(() => {
    const painted = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    return performance.getEntriesByType('resource').filter((r) => r.startTime < painted).map((r) => new URL(r.name).pathname);
  });
  assert.deepEqual(before, ['/start.js']);
  // Styled as the app is: the primary button has its colour, the page asked for no stylesheet.
  assert.notEqual(await page.$eval('.rc-pre .rc-primary', (b) => getComputedStyle(b).backgroundColor), 'rgba(0, 0, 0, 0)');
  release();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.css$/.test(r.name)).length), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a browser that cannot adopt a style sheet gets the stylesheet file, and the app without a bare start screen', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin, serviceWorkers: 'block' });
  // As Safari before 16.4: no constructed style sheets.
  await page.addInitScript(() => { CSSStyleSheet.prototype.replaceSync = undefined; });
  const css = [];
  page.on('request', (r) => { if (/\.css$/.test(r.url())) css.push(new URL(r.url()).pathname); });
  const release = await holdWasm(page);
  await page.goto(app.url);
  await page.waitForSelector('#readiness-check[data-rc-unstyled]', { state: 'attached' });
  assert.equal(await page.locator('.rc-pre').isVisible(), false);
  release();
  await waitForApp(page);
  assert.match(css.join(), /^\/main-[0-9a-f]+\.css$/);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.rc-start button[type=submit]')).backgroundColor !== 'rgba(0, 0, 0, 0)');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('typing on the start screen while the app takes over keeps the text and the caret', async () => {
  const { page, context } = await openPage(browser, { origin: app.origin });
  const release = await holdWasm(page);
  await page.goto(app.url);
  await page.waitForSelector('.rc-pre:not([hidden]) #rc-company');
  await page.click('#rc-company');
  await page.keyboard.type('Autohaus');
  release();
  await waitForApp(page);
  await page.keyboard.type(' Süd');
  assert.equal(await page.inputValue('#rc-company'), 'Autohaus Süd');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rc-company');
  await context.close();
});

test('an English browser sees the English start screen and loads only the English texts', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin, locale: 'en-GB' });
  const texts = textsRequests(page);
  const release = await holdWasm(page);
  await page.goto(app.url);
  await page.waitForSelector('.rc-pre:not([hidden]) .rc-start');
  assert.equal(await page.textContent('.rc-pre .rc-start button[type=submit]'), 'Start the check');
  // One language's start screen in the page; the other waits inert in a <template>.
  assert.equal(await page.locator('#rc-company').count(), 1);
  release();
  await waitForApp(page);
  assert.equal(await page.textContent('.rc-start button[type=submit]'), 'Start the check');
  assert.deepEqual(texts, ['en']);
  await switchLanguage(page, 'de');
  assert.equal(await page.textContent('.rc-start button[type=submit]'), 'Check starten');
  assert.deepEqual(texts, ['en', 'de']);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a language whose texts cannot be loaded stays unswitched, and the page says why', async () => {
  // No service worker: once installed it has both languages (offline.test.mjs), and would
  // answer past the failed network.
  const { page, context } = await openPage(browser, { origin: app.origin, serviceWorkers: 'block' });
  await page.route(/texts-en-[0-9a-f]+\.json$/, (route) => route.abort('internetdisconnected'));
  await page.goto(app.url);
  await waitForApp(page);
  await page.click('.rc-langs button[lang=en]');
  await page.waitForSelector('.rc-notice');
  assert.match(await page.textContent('.rc-notice'), /„English“ konnte nicht geladen werden/);
  assert.equal(await page.getAttribute('.rc-langs button[lang=de]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('.rc-start button[type=submit]'), 'Check starten');
  // Back online: the same button works.
  await page.unroute(/texts-en-[0-9a-f]+\.json$/);
  await switchLanguage(page, 'en');
  assert.equal(await page.textContent('.rc-start button[type=submit]'), 'Start the check');
  await context.close();
});

test('kept answers: the app decides what shows, no start screen flashes first', async () => {
  // No service worker: it would serve the wasm past the hold.
  const { page, context } = await openPage(browser, { origin: app.origin, serviceWorkers: 'block' });
  await page.goto(app.url);
  await waitForApp(page);
  await page.click('.rc-start button[type=submit]');
  await page.click('.rc-question .rc-options li:nth-child(1) label');
  await page.waitForFunction(() => (localStorage.getItem('readiness-check') || '').includes('r='));
  const release = await holdWasm(page);
  await page.reload({ waitUntil: 'commit' });
  // The boot script has decided (it marks the language before it decides what shows).
  await page.waitForSelector('#readiness-check[data-rc-lang] .rc-pre', { state: 'attached' });
  assert.equal(await page.locator('.rc-pre').isVisible(), false);
  release();
  await page.waitForSelector('section.rc-question[data-question]');
  await context.close();
});

test('in the snippet\'s iframe the start screen shows at once with the consultancy\'s name, without the workshop', async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  const release = await holdWasm(page);
  await page.goto(hosts.url + 'plain.html');
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await frame.waitForSelector('.rc-pre:not([hidden]) .rc-start');
  assert.match(await frame.textContent('.rc-pre .rc-brand'), /^Agentur Beispiel/);
  assert.equal(await frame.locator('.rc-pre .rc-workshop-entry').count(), 0);
  assert.equal(await frame.locator('.rc-pre .rc-host-note').count(), 1);
  const before = await frame.$eval('.rc-pre .rc-primary', (b) => getComputedStyle(b).backgroundColor);
  release();
  await waitForApp(frame);
  assert.equal(await frame.$eval('.rc-primary', (b) => getComputedStyle(b).backgroundColor), before, 'the brand colour does not change as the app takes over');
  assert.match(await frame.textContent('.rc-brand'), /^Agentur Beispiel/);
  await context.close();
});

test('a host\'s texts file changes the wording; what does not fit, or a broken file, falls back with a console line', async () => {
  const served = {
    '/du.json': JSON.stringify({
      de: { 'ui.start-button': 'Los geht\'s', 'ui.start-lead': 'Solltest du Social Media machen?', 'ui.in-comparison.other': 'alle', 'ui.no-such-key': 'x' },
      fr: { 'ui.start-button': 'Allez' },
    }),
    '/broken.json': '{ "de": { "ui.start-button": 1 } }',
  };
  for (const [file, expectStart, expectWarnings] of [
    ['/du.json', 'Los geht\'s', [/"ui\.in-comparison\.other" must use the placeholders \{n\}/, /unknown key "ui\.no-such-key"/, /"fr" is not a language/]],
    ['/broken.json', 'Check starten', [/texts \/broken\.json: not a texts file \(line 1/]],
    ['/missing.json', 'Check starten', [/texts \/missing\.json: HTTP 404/]],
  ]) {
    const { page, context, problems } = await openPage(browser, { origin: app.origin });
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.route((url) => url.pathname in served, (route) => route.fulfill({ contentType: 'application/json', body: served[new URL(route.request().url()).pathname] }));
    await page.goto(`${app.url}?texts=${file}`);
    await waitForApp(page);
    assert.equal(await page.textContent('.rc-start button[type=submit]'), expectStart, file);
    for (const warning of expectWarnings) assert.ok(warnings.some((w) => warning.test(w)), `${file}: ${warning} in ${warnings.join(' | ')}`);
    if (file === '/du.json') assert.equal(await page.textContent('.rc-lead'), 'Solltest du Social Media machen?');
    assert.deepEqual(problems.consoleErrors.filter((e) => !/404/.test(e)), []);
    await context.close();
  }
});

test('the app takes over the pre-rendered screen without a visible change', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const { page, context } = await openPage(browser, { viewport, serviceWorkers: 'block' });
    const release = await holdWasm(page);
    await page.goto(app.url, { waitUntil: 'commit' });
    await page.waitForSelector('.rc-pre:not([hidden]) .rc-start');
    const before = await page.screenshot();
    release();
    await page.waitForFunction(() => !document.querySelector('.rc-pre') && document.querySelector('.rc-start'));
    // Two frames: what the app drew is on the screen.
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    assert.ok(before.equals(await page.screenshot()), `the same pixels at ${viewport.width}×${viewport.height}`);
    await context.close();
  }
});
