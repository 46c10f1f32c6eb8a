// The release build, served on localhost: the first screen appears, and the page is quiet and
// private (no console error, no request to another origin, no cookie).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, waitForApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the first screen renders from Yew with its stylesheet', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.textContent('.rc-app h1'), 'Social-Media-Readiness-Check');
  assert.match(await page.textContent('.rc-start'), /Check starten/);
  // On its own page nobody else hears of the answers, and the start screen does not say so.
  assert.doesNotMatch(await page.textContent('.rc-facts'), /Website/);
  // What a search engine shows under the link.
  assert.match(await page.getAttribute('meta[name=description]', 'content'), /^Sollten Sie Social Media machen/);
  // The stylesheet from styles/ is applied: the start button gets the primary colour.
  const background = await page.$eval('.rc-start button[type=submit]', (b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the page sends no request to another origin and sets no cookie', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await context.close();
});

test('a touch phone gets no keyboard hints', async () => {
  const phone = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
  for (const [device, hints] of [[phone, false], [{}, true]]) {
    const { page, context } = await openPage(browser, { origin: server.origin, ...device });
    await page.goto(server.url);
    await waitForApp(page);
    await page.click('.rc-start button[type=submit]');
    await page.waitForSelector('.rc-question');
    assert.equal(await page.isVisible('.rc-keys'), hints, JSON.stringify(device));
    assert.equal(await page.isVisible('.rc-options .rc-key'), hints, 'the number on each answer');
    await context.close();
  }
});

test('large type grows the answer controls too, and the progress bar\'s fill stands out from its track', async () => {
  const sizes = {};
  for (const query of ['', '?large=1']) {
    const { page, context } = await openPage(browser, { origin: server.origin });
    await page.goto(server.url + query);
    await waitForApp(page);
    await page.click('.rc-start button[type=submit]');
    await page.waitForSelector('.rc-question');
    sizes[query] = await page.$eval('.rc-options input', (el) => el.getBoundingClientRect().width);
    if (query) {
      // The track is light beside the fill, not the text's colour as large type's borders are.
      const track = await page.$eval('.rc-progress-bar', (el) => getComputedStyle(el).backgroundColor);
      const channels = track.match(/[\d.]+/g).map(Number).slice(0, 3);
      const scale = track.startsWith('color(') ? 255 : 1; // color(srgb 0.8 …) or rgb(204 …)
      assert.ok(channels.reduce((a, c) => a + c * scale, 0) / 3 > 150, `track ${track}`);
    }
    await context.close();
  }
  assert.ok(sizes['?large=1'] >= sizes[''] * 1.3, JSON.stringify(sizes));
});
