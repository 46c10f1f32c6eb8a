// Issue 23: a prospect asks for contact, with consent. The consultancy's endpoint (here a
// local server on another origin, with CORS) receives one JSON request per try; the host page
// hears of it; without a lead-url nothing changes and nothing is sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS, launch, openPage, serve, settled, waitForApp } from './harness.mjs';
import { DO_IT, axeViolations, clickThrough, keyboardToResult } from './flows.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let app, endpoint, hostPage, browser;

/** A form back-end: answers the CORS preflight, records each POST, answers with `status`. */
async function serveEndpoint() {
  const state = { status: 200, delay: 0, posts: [], preflights: 0 };
  const server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type',
      vary: 'Origin',
    };
    if (req.method === 'OPTIONS') {
      state.preflights += 1;
      res.writeHead(204, cors).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      state.posts.push({ method: req.method, path: req.url, headers: req.headers, body });
      setTimeout(() => {
        res.writeHead(state.status, { ...cors, 'content-type': 'application/json' })
          .end(state.status < 300 ? '{"ok":true}' : '{"error":"down"}');
      }, state.delay);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}/f/lead`, state, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

/** A consultancy's page on another site (localhost) with the snippet and a lead-url. */
async function serveHostPage(appUrl, leadUrl) {
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Agentur Beispiel</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
<script src="${appUrl}embed.js" data-brand="Agentur Beispiel" data-contact="hallo@agentur.example"
  data-lead-url="${leadUrl}" data-privacy-url="https://agentur.example/datenschutz"></script>
</main><script>
window.widgetEvents = [];
['completed', 'lead'].forEach(function (type) {
  document.addEventListener('readiness-check:' + type, function (e) { window.widgetEvents.push({ type: type, detail: e.detail }); });
});
</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') { res.writeHead(204).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://localhost:${server.address().port}/`;
  return { url, origin: url.slice(0, -1), close: () => new Promise((ok) => server.close(ok)) };
}

before(async () => {
  app = await serve();
  endpoint = await serveEndpoint();
  hostPage = await serveHostPage(app.url, endpoint.url);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); await app?.close(); await endpoint?.close(); await hostPage?.close(); });

function reset(status = 200) {
  endpoint.state.status = status;
  endpoint.state.delay = 0;
  endpoint.state.posts = [];
}

/** Waits a moment in the page, long enough for a request that would go out to arrive. */
async function pause(scope, ms = 400) {
  await scope.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), ms);
}

/** From the start screen to the result by clicks (in a page or a frame), with `company`. */
async function clickToResult(scope, plan, company) {
  await scope.fill('#rc-company', company);
  await clickThrough(scope, plan);
}

test('with a lead-url: no request without consent; with it exactly one, and the host page hears of it', async () => {
  reset();
  const { page, context, problems } = await openPage(browser, { origin: hostPage.origin });
  await page.goto(hostPage.url);
  const frame = await (await page.waitForSelector('.readiness-check-embed iframe')).contentFrame();
  await waitForApp(frame);
  await clickToResult(frame, DO_IT, 'Beispiel GmbH');
  await frame.click('.rc-lead-box button[aria-expanded="false"]');
  await frame.waitForSelector('#rc-lead-form');
  assert.equal(await frame.evaluate(() => document.activeElement?.id), 'rc-lead-name', 'the first field takes the focus');
  assert.equal(await frame.inputValue('#rc-lead-company'), 'Beispiel GmbH', 'the session\'s company filled in');
  // The consent names the consultancy and links to its privacy page, in a new tab.
  assert.match(await frame.textContent('label[for="rc-lead-consent"]'), /dass Agentur Beispiel meine Angaben/);
  assert.equal(await frame.getAttribute('label[for="rc-lead-consent"] a', 'href'), 'https://agentur.example/datenschutz');
  assert.equal(await frame.getAttribute('label[for="rc-lead-consent"] a', 'target'), '_blank');

  await frame.fill('#rc-lead-name', 'Erika Mustermann');
  await frame.fill('#rc-lead-email', 'erika@beispiel.de');
  await frame.fill('#rc-lead-message', 'Bitte rufen Sie mich an.');
  await frame.click('#rc-lead-form button[type=submit]');
  await frame.waitForSelector('#rc-lead-consent-error');
  assert.match(await frame.textContent('#rc-lead-consent-error'), /Einverständnis/);
  assert.equal(await frame.getAttribute('#rc-lead-consent', 'aria-invalid'), 'true');
  assert.equal(await frame.getAttribute('#rc-lead-consent', 'aria-describedby'), 'rc-lead-consent-error');
  assert.equal(await frame.evaluate(() => document.activeElement?.id), 'rc-lead-consent', 'the focus goes to the problem');
  await pause(frame);
  assert.equal(endpoint.state.posts.length, 0, 'nothing sent without consent');

  await frame.check('#rc-lead-consent');
  assert.equal(await frame.$('#rc-lead-consent-error'), null, 'the message goes once it is fixed');
  await frame.click('#rc-lead-form button[type=submit]');
  await frame.waitForSelector('.rc-lead-sent');
  assert.match(await frame.textContent('.rc-lead-sent'), /Vielen Dank/);
  assert.equal(await frame.evaluate(() => document.activeElement?.className), 'rc-lead-sent');
  assert.equal(await frame.$('#rc-lead-form button[type=submit]'), null, 'never sent twice');
  assert.equal(await frame.$eval('#rc-lead-name', (el) => el.matches(':disabled')), true, 'entries final');
  await pause(frame);
  assert.equal(endpoint.state.posts.length, 1);
  const [post] = endpoint.state.posts;
  assert.equal(post.method, 'POST');
  assert.equal(post.path, '/f/lead');
  assert.equal(post.headers['content-type'], 'application/json');
  assert.equal(post.headers.accept, 'application/json');
  assert.equal(post.headers.cookie, undefined);
  const body = JSON.parse(post.body);
  assert.equal(body.name, 'Erika Mustermann');
  assert.equal(body.email, 'erika@beispiel.de');
  assert.equal(body.company, 'Beispiel GmbH');
  assert.equal(body.phone, '');
  assert.equal(body.message, 'Bitte rufen Sie mich an.');
  assert.equal(body.consent, true);
  assert.match(body.consent_text, /^Ich bin einverstanden, dass Agentur Beispiel .* Zur Datenschutzerklärung$/);
  assert.equal(body.verdict, 'do-it');
  assert.equal(body.verdict_text, await frame.textContent('.rc-verdict'));
  assert.equal(body.language, 'de');
  assert.equal(body.source, 'readiness-check');
  assert.equal(body.answers.presence, 'not-yet');
  assert.deepEqual(body.answers.goals, ['sell-more', 'find-recruits']);
  assert.equal(body.answers.tone, 'conversational');
  assert.equal(Object.keys(body.answers).length, Object.keys(DO_IT).length);
  assert.deepEqual(Object.keys(body.scores), ['goals', 'audience', 'topics', 'resources', 'looseness', 'dialog', 'readiness']);
  assert.ok(Object.values(body.scores).every((s) => Number.isInteger(s) && s >= 0 && s <= 100), JSON.stringify(body.scores));
  // The result link is the one the share panel shows: the consultancy's page.
  assert.equal(body.result_link, await frame.inputValue('.rc-share-row input'));
  assert.ok(body.result_link.startsWith(`${hostPage.url}#r=`), body.result_link);

  // The host page hears of it, with the same payload.
  const events = await settled(page, () => page.evaluate(() => window.widgetEvents), (e) => e.some((x) => x.type === 'lead'));
  const lead = events.filter((e) => e.type === 'lead');
  assert.equal(lead.length, 1);
  assert.deepEqual(lead[0].detail, body);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a failing endpoint: a clear message, the entries kept, a mail to the consultancy, and a retry that works', async () => {
  reset(500);
  const query = new URLSearchParams({
    'lead-url': endpoint.url, 'privacy-url': 'https://agentur.example/datenschutz', contact: 'hallo@agentur.example',
  });
  const { page, context, problems } = await openPage(browser, { origin: app.origin, ...PHONE });
  await page.goto(`${app.url}?${query}`);
  await waitForApp(page);
  await keyboardToResult(page, DO_IT);
  await page.click('.rc-lead-box button[aria-expanded="false"]');
  // Neutral wording without a brand name.
  assert.match(await page.textContent('label[for="rc-lead-consent"]'), /dass der Anbieter dieser Seite/);
  await page.click('#rc-lead-form button[type=submit]');
  await page.waitForSelector('#rc-lead-name-error');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rc-lead-name');
  assert.equal(await page.getAttribute('#rc-lead-name', 'aria-describedby'), 'rc-lead-name-error');
  await page.fill('#rc-lead-name', 'Erika Mustermann');
  await page.fill('#rc-lead-email', 'erika@beispiel');
  assert.match(await page.textContent('#rc-lead-email-error'), /nicht vollständig/);
  assert.deepEqual(await axeViolations(page), [], 'the open form with its messages');
  await page.fill('#rc-lead-email', 'erika@beispiel.de');
  await page.fill('#rc-lead-phone', '+49 30 123456');
  await page.check('#rc-lead-consent');
  await page.$eval('.rc-lead-box', (el) => el.scrollIntoView());
  await page.screenshot({ path: join(SHOTS, 'result-lead-form-phone-de.png') });
  assert.deepEqual(await axeViolations(page), [], 'the open form, filled in');

  await page.click('#rc-lead-form button[type=submit]');
  await page.waitForSelector('.rc-lead-failed');
  assert.match(await page.textContent('.rc-lead-failed'), /konnte gerade nicht gesendet werden/);
  assert.equal(await page.getAttribute('.rc-lead-failed', 'role'), 'alert');
  assert.equal(await page.inputValue('#rc-lead-name'), 'Erika Mustermann', 'entries kept');
  assert.equal(await page.inputValue('#rc-lead-phone'), '+49 30 123456');
  const mail = await page.getAttribute('.rc-lead-failed a', 'href');
  assert.ok(mail.startsWith('mailto:hallo@agentur.example?subject='), mail);
  const mailBody = decodeURIComponent(mail.split('&body=')[1]);
  assert.match(mailBody, /Erika Mustermann/);
  assert.match(mailBody, /erika@beispiel\.de/);
  assert.match(mailBody, new RegExp(`Mein Ergebnis: ${app.url.replace(/[.?]/g, '\\$&')}.*#r=`));
  assert.equal(await page.textContent('#rc-lead-form button[type=submit]'), 'Erneut senden');
  await page.screenshot({ path: join(SHOTS, 'result-lead-failed-phone-de.png') });
  assert.deepEqual(await axeViolations(page), [], 'the failure message');

  // Back up: a slow answer shows it is on its way, and a second press sends nothing more.
  endpoint.state.status = 200;
  endpoint.state.delay = 600;
  await page.click('#rc-lead-form button[type=submit]');
  await page.waitForSelector('#rc-lead-form button[aria-disabled="true"]');
  assert.equal(await page.textContent('#rc-lead-form button[type=submit]'), 'Wird gesendet …');
  // Playwright will not press an aria-disabled button; a person can.
  await page.$eval('#rc-lead-form button[type=submit]', (button) => button.click());
  await page.waitForSelector('.rc-lead-sent', { timeout: 5_000 });
  await pause(page, 700);
  assert.equal(endpoint.state.posts.length, 2, 'the failed try and the retry');
  assert.equal(JSON.parse(endpoint.state.posts[1].body).phone, '+49 30 123456');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('in English the form speaks English', async () => {
  reset();
  const { page, context } = await openPage(browser, { origin: app.origin, locale: 'en-GB', ...PHONE });
  await page.goto(`${app.url}?lead-url=${encodeURIComponent(endpoint.url)}&brand=Example%20Consulting`);
  await waitForApp(page);
  await keyboardToResult(page, DO_IT);
  assert.equal((await page.textContent('.rc-lead-box button')).trim(), 'Ask for contact');
  await page.click('.rc-lead-box button');
  await page.fill('#rc-lead-name', 'Jane Doe');
  await page.fill('#rc-lead-email', 'jane@example.com');
  await page.click('#rc-lead-form button[type=submit]');
  assert.match(await page.textContent('#rc-lead-consent-error'), /consent/);
  assert.match(await page.textContent('label[for="rc-lead-consent"]'), /^I agree that Example Consulting receives/);
  await page.check('#rc-lead-consent');
  await page.click('#rc-lead-form button[type=submit]');
  await page.waitForSelector('.rc-lead-sent');
  const body = JSON.parse(endpoint.state.posts[0].body);
  assert.equal(body.language, 'en');
  assert.match(body.consent_text, /^I agree that Example Consulting/);
  await context.close();
});

test('without a lead-url there is no form and no request; a plain http lead-url is refused', async () => {
  reset();
  for (const query of ['', `?lead-url=${encodeURIComponent('http://agentur.example/lead')}`]) {
    const { page, context, problems } = await openPage(browser, { origin: app.origin });
    const warnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
    await page.goto(app.url + query);
    await waitForApp(page);
    await keyboardToResult(page, DO_IT);
    assert.equal(await page.$('.rc-lead-box'), null, query);
    await pause(page);
    assert.deepEqual(problems.foreignRequests, [], query);
    if (query) assert.ok(warnings.some((w) => /ignored lead-url: not an https address/.test(w)), warnings.join('\n'));
    await context.close();
  }
});
