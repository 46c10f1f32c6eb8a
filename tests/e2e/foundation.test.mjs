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
    await context.close();
  }
});
