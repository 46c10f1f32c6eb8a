// Issue 6: the snippet on a consultancy's page (another origin), the inline mode under an
// aggressive theme, sub-path hosting and a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CSP, DIST, SHOTS, launch, messagesDelivered, openPage, serve, serveHostPages, settled, waitForApp, switchLanguage } from './harness.mjs';
import { DO_IT, axeViolations, clickThrough } from './flows.mjs';

let app, hosts, browser;
before(async () => {
  // Cross-origin module scripts and the inline mode's fetch of index.html need CORS.
  app = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  // The host pages embed the app from another site, as a consultancy's page does: localhost
  // and 127.0.0.1 are two sites to the browser, so third-party rules apply to the frame.
  hosts = await serveHostPages(app.url.replace('127.0.0.1', 'localhost'));
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await hosts?.close(); });

/** The heights of the iframe and of the check in it, once they match (or as they stay). */
async function frameHeights(page, frameElement) {
  const frame = await frameElement.contentFrame();
  return settled(page, async () => ({
    content: await frame.evaluate(() => Math.ceil(document.querySelector('.rc-app').getBoundingClientRect().height)),
    box: (await frameElement.boundingBox()).height,
  }), ({ content, box }) => Math.abs(box - content) <= 4);
}

test('the snippet: an iframe whose height follows the content, and events for the host', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html');
  const frameElement = await page.waitForSelector('.readiness-check-embed iframe');
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  // The start screen says that this page hears of progress and result.
  assert.match(await frame.textContent('.rc-facts'), /Die Website, auf der Sie ihn nutzen, erfährt/);
  const mismatches = [];
  const checkHeight = async (step) => {
    // The iframe follows after a ResizeObserver round trip and a message: a mismatch that stays is noted.
    const { content, box } = await frameHeights(page, frameElement);
    if (Math.abs(box - content) > 4) mismatches.push(`${step}: iframe ${box}px, content ${content}px`);
  };
  await checkHeight('start');
  await clickThrough(frame, DO_IT, checkHeight);
  assert.deepEqual(mismatches, []);

  // Branding from the snippet's data attributes.
  assert.match(await frame.textContent('.rc-brand'), /^Agentur Beispiel/);
  assert.equal(await frame.getAttribute('.rc-cta a.rc-cta-button', 'href'), 'https://agentur.example/workshop');
  assert.equal(await frame.getAttribute('.rc-cta p a', 'href'), 'mailto:hallo@agentur.example');
  assert.equal(await frame.$eval('.rc-app', (el) => getComputedStyle(el).getPropertyValue('--rc-primary').trim()), '#0b7a5c');

  const events = await page.evaluate(() => window.widgetEvents);
  const types = events.map((e) => e.type);
  assert.equal(types[0], 'started');
  assert.equal(types.filter((t) => t === 'answered').length, Object.keys(DO_IT).length);
  const completed = events.find((e) => e.type === 'completed');
  assert.equal(completed.detail.verdict, 'do-it');
  assert.match(completed.detail.link, /#r=[A-Za-z0-9_-]{14}$/);
  const answered = events.filter((e) => e.type === 'answered').map((e) => e.detail.step);
  assert.deepEqual(answered, answered.map((_, i) => i + 1), 'steps count up');
  // The host page itself is left alone.
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.ok(await page.isVisible('#after-widget'));
  assert.deepEqual(problems.pageErrors, []);

  // The completed event's link is the consultancy's page, and reopens the same result there.
  assert.ok(completed.detail.link.startsWith(`${hosts.url}plain.html#r=`), completed.detail.link);
  const other = await openPage(browser, { origin: hosts.origin });
  await other.page.goto(completed.detail.link);
  const reopened = await (await other.page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await reopened.waitForSelector('.rc-result');
  assert.equal(await reopened.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  await other.context.close();
  await context.close();
});

test('where the browser blocks the frame\'s storage, the check says so and goes on in its own tab where it left off', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html');
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await waitForApp(frame);
  // A fresh browser context blocks third-party storage, as a private window does.
  assert.equal(await frame.evaluate(() => { try { return typeof localStorage.length; } catch { return 'blocked'; } }), 'blocked');
  // Nothing to lose yet: the first screen stays clear of the notice on a phone.
  assert.equal(await frame.$('.rc-notice'), null);
  // A prospect on the consultancy's site is not offered the facilitators' workshop view.
  assert.equal(await frame.$('.rc-workshop-entry'), null);
  await frame.click('.rc-start button[type=submit]');
  const answered = [];
  for (let i = 0; i < 2; i++) {
    const id = await frame.getAttribute('.rc-question', 'data-question');
    for (const key of DO_IT[id]) await frame.click(`.rc-question .rc-options li:nth-child(${key}) label`);
    answered.push([id, await frame.$$eval('.rc-question input:checked', (els) => els.map((e) => e.value))]);
    await frame.click('.rc-question button[type=submit]');
    await frame.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, id);
  }
  const third = await frame.getAttribute('.rc-question', 'data-question');
  // After the first answer, short: it cannot save here, and the way to a tab of its own.
  assert.match(await frame.textContent('.rc-notice'), /^Hier eingebettet kann der Check nichts speichern\./);
  await switchLanguage(frame, 'en');
  const link = frame.locator('.rc-notice a');
  assert.equal(await link.textContent(), 'Go on in a tab of its own');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.doesNotMatch(await link.getAttribute('href'), /embed=|host=/);
  assert.deepEqual(await axeViolations(frame), []);

  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await waitForApp(tab);
  // The same brand, language, and question; the answers so far; nothing said about storage.
  assert.equal(await tab.getAttribute('.rc-question', 'data-question'), third);
  assert.match(await tab.textContent('.rc-brand'), /^Agentur Beispiel/);
  assert.equal(await tab.getAttribute('.rc-app', 'lang'), 'en');
  assert.equal(await tab.$('.rc-notice'), null);
  for (const key of DO_IT[third]) await tab.click(`.rc-question .rc-options li:nth-child(${key}) label`);
  await tab.click('.rc-question button[type=submit]');
  await tab.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, third);
  const fourth = await tab.getAttribute('.rc-question', 'data-question');
  // Kept there: a reload comes back to the same question, the earlier answers still given.
  await tab.reload();
  await waitForApp(tab);
  assert.equal(await tab.getAttribute('.rc-question', 'data-question'), fourth);
  await tab.click('.rc-nav button.rc-secondary');
  await tab.click('.rc-nav button.rc-secondary');
  await tab.click('.rc-nav button.rc-secondary');
  const [firstId, firstValues] = answered[0];
  assert.equal(await tab.getAttribute('.rc-question', 'data-question'), firstId);
  assert.deepEqual(await tab.$$eval('.rc-question input:checked', (els) => els.map((e) => e.value)), firstValues);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the iframe\'s address opened in a tab of its own reports to nobody and says so', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin });
  await page.goto(`${app.url}?embed=1&host=${encodeURIComponent(hosts.origin)}`);
  await waitForApp(page);
  assert.doesNotMatch(await page.textContent('.rc-facts'), /erfährt/);
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  // A height report would have gone out at the next rendering step, where the app's
  // ResizeObserver runs before one of our own; and a message it posted then is delivered before ours.
  await page.evaluate(() => new Promise((done) => {
    const observer = new ResizeObserver(() => { observer.disconnect(); done(); });
    observer.observe(document.querySelector('.rc-app'));
  }));
  await messagesDelivered(page);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('messages from another window are ignored by the snippet', async () => {
  const { page, context } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html');
  const frameElement = await page.waitForSelector('.readiness-check-embed iframe');
  await waitForApp(await frameElement.contentFrame());
  // Once the app's own height report has arrived (the iframe is as tall as the check).
  const { box: before } = await frameHeights(page, frameElement);
  await page.evaluate(() => {
    window.postMessage({ source: 'readiness-check', type: 'height', detail: 5 }, '*');
    window.postMessage({ source: 'readiness-check', type: 'completed', detail: { verdict: 'forged' } }, '*');
  });
  // The snippet has heard both by the time a message posted after them arrives.
  await messagesDelivered(page);
  assert.equal((await frameElement.boundingBox()).height, before);
  assert.deepEqual(await page.evaluate(() => window.widgetEvents), []);
  await context.close();
});

test('a snippet in the page head waits for its target; a web contact opens beside the check', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'head.html');
  const frameElement = await page.waitForSelector('#widget > .readiness-check-embed iframe');
  assert.equal(await page.$('head .readiness-check-embed'), null);
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  await clickThrough(frame, DO_IT);
  const contact = await frame.$('.rc-cta p a');
  assert.equal(await contact.getAttribute('href'), 'https://agentur.example/kontakt');
  assert.equal(await contact.getAttribute('target'), '_blank');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('bad configuration values are ignored with a console warning, never a broken page', async () => {
  const { page, context, problems } = await openPage(browser, { origin: app.origin });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(app.url + '?color=red;background:url(x)&cta-text=Go&cta-url=javascript:alert(1)&brand=' + 'x'.repeat(80));
  await waitForApp(page);
  assert.equal(warnings.filter((w) => w.startsWith('readiness-check: ignored')).length, 4, warnings.join('\n'));
  assert.equal(await page.$('.rc-cta'), null);
  assert.equal(await page.textContent('.rc-brand'), 'Social-Media-Readiness-Check');
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('inline mode in a page with an aggressive theme: usable, isolated both ways', async () => {
  const computed = (page) => page.evaluate(() => ['host-title', 'host-text', 'host-button'].map((id) => {
    const s = getComputedStyle(document.getElementById(id));
    return [id, s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.textTransform, s.display, s.borderTopWidth];
  }).concat([[ 'body', getComputedStyle(document.body).background, getComputedStyle(document.body).lineHeight ]]));

  // The host page as it looks without the widget.
  const bare = await openPage(browser, { origin: hosts.origin });
  await bare.page.route('**/embed.js', (route) => route.abort());
  await bare.page.goto(hosts.url + 'aggressive.html');
  const expected = await computed(bare.page);
  await bare.context.close();

  const { page, context, problems } = await openPage(browser, { origin: hosts.origin, viewport: { width: 1024, height: 900 } });
  // What the page looks like on paper at the moment the dialog would open.
  await page.addInitScript(() => {
    window.print = () => {
      const shown = (el) => getComputedStyle(el).display !== 'none';
      window.printed = {
        hostTitle: shown(document.getElementById('host-title')),
        hostButton: shown(document.getElementById('host-button')),
        widget: shown(document.querySelector('.readiness-check-embed')),
        bodyPadding: getComputedStyle(document.body).paddingTop,
      };
      // As a phone's browser does: the dialog closes after print() has returned.
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 50);
    };
  });
  // A crafted address on the host's site cannot rebrand the widget: only the element does.
  const address = hosts.url + 'aggressive.html?brand=Evil&cta-text=Hier%20klicken&cta-url=https%3A%2F%2Fevil.example%2F';
  await page.goto(address);
  await page.waitForSelector('.rc-app h1'); // Playwright's selectors pierce the shadow root
  assert.deepEqual(await computed(page), expected, "the host's own elements keep their styles");
  assert.ok(await page.isVisible('.rc-start button[type=submit]'));
  const look = await page.$eval('.rc-app', (el) => {
    const s = getComputedStyle(el);
    return [s.fontFamily, s.fontSize, s.letterSpacing, s.fontStyle, s.wordSpacing, s.textIndent, s.textShadow, s.direction];
  });
  assert.doesNotMatch(look[0], /Comic/);
  assert.deepEqual(look.slice(1), ['16px', 'normal', 'normal', '0px', '0px', 'none', 'ltr'], "the theme's inherited properties (its `* { font-size: 12px }` too) stop at the widget");
  await page.screenshot({ path: join(SHOTS, 'embed-aggressive-start-1024.png'), fullPage: true });
  await clickThrough(page, DO_IT);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  assert.match(await page.textContent('.rc-brand'), /^Theme Corp/);
  assert.equal(await page.$('.rc-cta-button'), null);
  // The result link leads back to this page: the host's query finds it (a CMS's ?page_id=42).
  const link = await page.inputValue('#rc-share-link');
  assert.ok(link.startsWith(address + '#r='), link);
  // Printing puts the widget alone on paper, and the page is as before afterwards.
  await page.emulateMedia({ media: 'print' });
  await page.$eval('.rc-result .rc-nav button.rc-secondary:nth-child(2)', (button) => button.click()); // hidden on paper
  assert.deepEqual(await page.evaluate(() => window.printed), { hostTitle: false, hostButton: false, widget: true, bodyPadding: '0px' });
  await page.waitForFunction(() => !document.querySelector('[data-rc-print-path]'));
  assert.equal(await page.isVisible('#host-title'), true, 'the page shows again after printing');
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: join(SHOTS, 'embed-aggressive-result-1024.png'), fullPage: true });
  const events = await page.evaluate(() => window.widgetEvents.map((e) => e.type));
  assert.equal(events.at(-1), 'completed');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', "the host's language stays");
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('two inline snippets on one page: the second runs in an iframe, both usable', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'two-inline.html');
  await page.waitForSelector('#first .rc-start button[type=submit]');
  const frame = await (await page.waitForSelector('#second iframe')).contentFrame();
  await frame.waitForSelector('.rc-start button[type=submit]');
  await frame.click('.rc-start button[type=submit]');
  await frame.waitForSelector('.rc-question');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a single-page app with hash routes: its route is left alone, a late target waited for, and the check comes back as it was', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning' && msg.text().includes('readiness-check')) warnings.push(msg.text()); });
  // The route holds `c=`, as a comparison link does: it is the host's, not a link to the check.
  await page.goto(hosts.url + 'spa.html#/check?ref=nav&c=blue');
  await page.waitForSelector('#check-slot > .readiness-check-embed .rc-start button[type=submit]');
  assert.equal(await page.$('.rc-notice'), null);
  assert.equal(await page.evaluate(() => location.hash), '#/check?ref=nav&c=blue');
  await page.click('.rc-start button[type=submit]');
  const first = await page.getAttribute('.rc-question', 'data-question');
  for (const key of DO_IT[first]) await page.click(`.rc-question .rc-options li:nth-child(${key}) label`);
  await page.click('.rc-question button[type=submit]');
  await page.waitForFunction((prev) => window.readinessCheckRoot.querySelector('.rc-question')?.dataset.question !== prev, first);
  const second = await page.getAttribute('.rc-question', 'data-question');

  // Away to another view and back: the same check, on the same question, not a new one.
  await page.click('nav a[href="#/about"]');
  await page.waitForFunction(() => !document.querySelector('.readiness-check-embed'));
  await page.click('nav a[href^="#/check"]');
  await page.waitForSelector('#check-slot > .readiness-check-embed .rc-question');
  assert.equal(await page.getAttribute('.rc-question', 'data-question'), second);
  await page.click('.rc-question button.rc-secondary');
  await page.waitForFunction((id) => window.readinessCheckRoot.querySelector('.rc-question')?.dataset.question === id, first);
  assert.equal(await page.$$eval('.rc-question input:checked', (els) => els.length), DO_IT[first].length);
  assert.equal(await page.$('iframe'), null, 'not the second-widget iframe');
  assert.equal(await page.evaluate(() => location.hash), '#/check?ref=nav&c=blue');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a theme\'s important iframe height, a loader without a current script, a host\'s --rc-brand: the check still fits and shows', async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html');
  await page.addStyleTag({ content: 'iframe { height: 100px !important; }' });
  const frameElement = await page.waitForSelector('.readiness-check-embed iframe');
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  await frame.click('.rc-start button[type=submit]');
  await frame.waitForSelector('.rc-question');
  // The iframe follows after a ResizeObserver round trip and a message.
  const { content, box } = await frameHeights(page, frameElement);
  assert.ok(Math.abs(box - content) <= 4, `iframe ${box}px, content ${content}px`);

  // A loader that fetches the file and runs its text (as jQuery's .html() does): the tag it
  // left in the page still places the check.
  await page.evaluate(async (src) => {
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.src = src;
    tag.setAttribute('data-brand', 'Geladen');
    document.body.appendChild(tag);
    (0, eval)(await (await fetch(src)).text());
  }, hosts.appUrl + 'embed.js');
  const loaded = await page.waitForSelector('script[type="text/plain"] + .readiness-check-embed iframe');
  assert.match(await loaded.getAttribute('src'), /brand=Geladen/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();

  // A host's own --rc-brand does not colour the inline check (no data-color given).
  const inline = await openPage(browser, { origin: hosts.origin });
  await inline.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = ':root { --rc-brand: #ff69b4; --rc-dash: 1 1; }';
      document.head.appendChild(style);
    });
  });
  await inline.page.goto(hosts.url + 'two-inline.html');
  await inline.page.waitForSelector('#first .rc-start button[type=submit]');
  const primary = await inline.page.$eval('#first .rc-app', (el) => getComputedStyle(el).getPropertyValue('--rc-primary').trim());
  assert.notEqual(primary, '#ff69b4');
  await inline.context.close();
});

test('dist/ served under a sub-path works unchanged, and its links keep the path', async () => {
  const sub = await serve(DIST, { base: '/tools/check/' });
  const { page, context, problems } = await openPage(browser, { origin: sub.origin });
  await page.goto(sub.url);
  await waitForApp(page);
  await clickThrough(page, DO_IT);
  assert.match(await page.inputValue('#rc-share-link'), new RegExp(`^${sub.origin}/tools/check/#r=`));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
  await sub.close();
});

test('the app works under the documented strict Content-Security-Policy, Trusted Types required', async () => {
  const policy = CSP + "; require-trusted-types-for 'script'";
  const strict = await serve(DIST, { headers: { 'content-security-policy': policy } });
  const { page, context, problems } = await openPage(browser, { origin: strict.origin });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(strict.url + '?color=%23c0392b&brand=Agentur');
  await waitForApp(page);
  await clickThrough(page, DO_IT);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  assert.equal(await page.$eval('.rc-app', (el) => getComputedStyle(el).getPropertyValue('--rc-primary').trim()), '#c0392b');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  // Offline mode too: the worker's URL came through a policy.
  assert.ok(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)).catch(() => false)));
  await context.close();
  await strict.close();
});

test("a framed check leaves the host page's history alone", async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(hosts.url + 'two-inline.html');
  const before = await page.evaluate(() => history.length);
  // A plain iframe, as a CMS block would add it: no snippet, no host parameter.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.id = 'plain-frame';
    document.body.append(frame);
  }, app.url);
  const frame = await (await page.waitForSelector('#plain-frame')).contentFrame();
  await waitForApp(frame);
  await frame.click('.rc-start button[type=submit]');
  // Not yet on social media: the next question is the attitude (a step in the frame).
  await frame.click('.rc-question .rc-options li:nth-child(1) label');
  await frame.waitForSelector('.rc-question[data-question=attitude]');
  assert.equal(await page.evaluate(() => history.length), before);
  // Nor does the inline widget on the host's own page.
  await page.waitForFunction(() => window.readinessCheckRoot?.querySelector('.rc-start'));
  await page.click('.rc-start button[type=submit] >> nth=0');
  assert.equal(await page.evaluate(() => history.length), before);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('inline mode on a host page that requires Trusted Types', async () => {
  const tt = await serveHostPages(app.url, { headers: { 'content-security-policy': "require-trusted-types-for 'script'" } });
  const { page, context, problems } = await openPage(browser);
  await page.goto(tt.url + 'aggressive.html');
  await page.waitForFunction(() => window.readinessCheckRoot?.querySelector('.rc-app h1'), null, { timeout: 30_000 });
  await clickThrough(page, DO_IT);
  assert.equal(await page.evaluate(() => window.readinessCheckRoot.querySelector('.rc-result').dataset.verdict), 'do-it');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
  await tt.close();
});

test("a link to the consultancy's page with a result opens it in the frame, and links made there point to that page", async () => {
  const { page, context, problems } = await openPage(browser, { origin: hosts.origin });
  await page.goto(hosts.url + 'plain.html#r=AkJRHMsn_-Dp7g');
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await frame.waitForSelector('.rc-result[data-verdict=do-it]');
  // Someone else's result, said so at the top, with the way to one's own check.
  assert.ok(await frame.isVisible('.rc-shared-banner'));
  const link = await frame.inputValue('#rc-share-link');
  assert.equal(link, `${hosts.url}plain.html#r=AkJRHMsn_-Dp7g`, 'on the consultancy\'s site');
  // A fragment that is the page's own (an anchor) is not handed to the check.
  const plain = await openPage(browser, { origin: hosts.origin });
  await plain.page.goto(hosts.url + 'plain.html#kontakt');
  const other = await (await plain.page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await waitForApp(other);
  assert.ok(await other.isVisible('.rc-start'));
  assert.doesNotMatch(await plain.page.$eval('.readiness-check-embed iframe', (f) => f.src), /#/);
  assert.deepEqual(problems.pageErrors, []);
  await plain.context.close();
  await context.close();
});

test('printing the host page in iframe mode prints the result once, with no blank pages', async () => {
  const { page, context } = await openPage(browser, { origin: hosts.origin, viewport: { width: 390, height: 844 } });
  await page.goto(hosts.url + 'plain.html#r=AkJRHMsn_-Dp7g');
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await frame.waitForSelector('.rc-result[data-verdict=do-it]');
  // The frame is thousands of pixels high on a phone's screen …
  await page.waitForFunction(() => document.querySelector('.readiness-check-embed iframe').getBoundingClientRect().height > 1500);
  // … and one page on paper: the host page with its text prints on one or two pages.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages <= 2, `the host page prints on ${pages} pages`);
  await context.close();
});

test('inline mode from a site that sends no CORS headers falls back to the iframe and says why', async () => {
  const noCors = await serve(DIST);
  const pages = await serveHostPages(noCors.url.replace('127.0.0.1', 'localhost'));
  const { page, context, problems } = await openPage(browser, { origin: pages.origin });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(pages.url + 'aggressive.html');
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await waitForApp(frame);
  assert.ok(await frame.isVisible('.rc-start'), 'the check is there, not an empty spot');
  assert.ok(warnings.some((w) => /running in an iframe instead.*Access-Control-Allow-Origin/.test(w)), warnings.join('\n'));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
  await pages.close();
  await noCors.close();
});
