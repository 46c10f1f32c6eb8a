// Issue 5: no lost answers, result links, prefill, and hostile links, in a real browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, waitForApp, switchLanguage } from './harness.mjs';
import { DO_IT, LEAVE_IT, answerByKeyboard, currentQuestion, keyboardToResult, tabTo } from './flows.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function fresh(path = '', options = {}) {
  const opened = await openPage(browser, { origin: server.origin, ...options });
  await opened.page.goto(server.url + path);
  await waitForApp(opened.page);
  return opened;
}

const resultSummary = (page) => page.evaluate(() => ({
  verdict: document.querySelector('.rc-result')?.dataset.verdict,
  headline: document.querySelector('.rc-result h1')?.textContent,
  reasons: [...document.querySelectorAll('.rc-reasons li')].map((li) => li.textContent),
  scores: [...document.querySelectorAll('.rc-result table td')].map((td) => td.textContent),
  steps: [...document.querySelectorAll('.rc-phase li[data-step]')].map((li) => li.dataset.step),
}));

test('a reload resumes at the same question in the same language, with the answers', async () => {
  const { page, context } = await fresh();
  await switchLanguage(page, 'en');
  await tabTo(page, '#rc-company');
  await page.keyboard.press('Enter');
  await answerByKeyboard(page, DO_IT, { stopAt: 'responsible' });
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getAttribute('.rc-question', 'data-question'), 'responsible');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'Social Media Readiness Check');
  await page.click('.rc-question button.rc-secondary');
  assert.equal(await page.isChecked('#rc-content-kinds-pictures'), true);
  // "Start again" clears what was kept.
  await switchLanguage(page, 'de');
  await context.close();
});

test('two tabs of the check keep one progress: neither saves older answers over the other', async () => {
  const { page: first, context, problems } = await fresh();
  const second = await context.newPage();
  await second.goto(server.url);
  await waitForApp(second);
  await tabTo(first, '#rc-company');
  await first.keyboard.press('Enter');
  await answerByKeyboard(first, DO_IT, { stopAt: 'responsible' });
  // The second tab was opened before any answer, and saves last: a company name typed there.
  await second.fill('#rc-company', 'Zweiter Tab');
  await first.reload();
  await waitForApp(first);
  assert.equal(await first.inputValue('#rc-company'), 'Zweiter Tab');
  await first.click('.rc-start button[type=submit]');
  assert.equal(await currentQuestion(first), 'responsible', 'every answer of the first tab is there');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('start again clears the kept answers', async () => {
  const { page, context } = await fresh();
  await keyboardToResult(page, DO_IT);
  await page.click('.rc-result .rc-nav .rc-restart'); // start again …
  // … asks first; cancelling keeps everything, and the focus is on the question.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rc-restart-question');
  await page.click('.rc-confirm button.rc-secondary');
  assert.ok(await page.isVisible('.rc-result[data-verdict]'));
  // Escape cancels too, and gives the focus back to the button.
  await page.click('.rc-result .rc-nav .rc-restart');
  await page.keyboard.press('Escape');
  assert.equal(await page.$('.rc-confirm'), null);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Neu beginnen');
  await page.click('.rc-result .rc-nav .rc-restart');
  await page.click('.rc-confirm button.rc-primary');
  await page.waitForSelector('.rc-start');
  await page.reload();
  await waitForApp(page);
  assert.ok(await page.isVisible('.rc-start'));
  assert.match(await page.textContent('.rc-start button[type=submit]'), /Check starten/);
  await context.close();
});

test('the copied link opens the same result in a fresh browser, and can be changed there', async () => {
  const { page, context, problems } = await fresh('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await keyboardToResult(page, LEAVE_IT);
  const original = await resultSummary(page);
  await page.click('.rc-share button.rc-primary');
  await page.waitForSelector('.rc-copy-state:has-text("kopiert")');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, await page.inputValue('#rc-share-link'));
  assert.match(link, /#r=[A-Za-z0-9_-]+$/);
  assert.ok(link.split('#')[1].length <= 64);
  // The QR code is folded away on screen (a phone cannot scan itself), one tap away.
  assert.ok(!(await page.isVisible('.rc-qr path')));
  await page.click('.rc-qr-details summary');
  assert.ok(await page.isVisible('.rc-qr path'));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();

  const other = await openPage(browser, { origin: server.origin });
  await other.page.goto(link);
  await other.page.waitForSelector('.rc-result[data-verdict]');
  assert.deepEqual(await resultSummary(other.page), original);
  assert.equal(await other.page.textContent('.rc-eyebrow'), 'Ein geteiltes Ergebnis');
  // The recipient can go back and change answers.
  await other.page.click('text=Antworten ändern');
  await other.page.click('.rc-review-item[data-question=audience] button');
  await other.page.keyboard.press('4');
  await other.page.keyboard.press('Enter');
  await other.page.click('.rc-review button.rc-primary');
  // Customers online now: the knock-out is gone, and leftover time with a one-off budget is
  // what still decides it.
  await other.page.waitForSelector('.rc-result[data-verdict]');
  assert.equal(await other.page.textContent('.rc-eyebrow'), 'Ihr Ergebnis', 'changed, the answers are theirs');
  assert.equal(await other.page.$('.rc-reasons li[data-reason=ko-audience-offline]'), null);
  assert.notDeepEqual(await resultSummary(other.page), original);
  assert.equal(await other.page.getAttribute('.rc-result', 'data-verdict'), 'leave-it');
  assert.deepEqual(other.problems.consoleErrors, []);
  await other.context.close();
});

test('a link made with the first format (v1) opens with its answers and asks only where the company stands', async () => {
  const { page, context, problems } = await fresh('#r=AZSOZH__4PUZ');
  await page.waitForSelector('.rc-question[data-question=presence]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rc-title');
  await page.keyboard.press('1'); // not yet: v1 asked every company as one that had not started
  await page.keyboard.press('Enter');
  // Everything else was in the link: each following question shows its answer, and Enter goes
  // on to the overview and the verdict the link gave.
  await page.waitForSelector('.rc-question[data-question=attitude]');
  assert.equal(await page.isChecked('#rc-attitude-want-to-check'), true);
  for (let i = 0; i < 20 && !(await page.$('.rc-review')); i++) {
    const id = await currentQuestion(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, id);
  }
  await page.click('.rc-review button.rc-primary');
  await page.waitForSelector('.rc-result[data-verdict=do-it]');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a share sheet that fails says so and selects the link; one closed by the person says nothing', async () => {
  const opened = await openPage(browser, { origin: server.origin });
  const { page, context, problems } = opened;
  // A phone's share sheet that fails (no share target allowed).
  await page.addInitScript(() => {
    navigator.share = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
  });
  await page.goto(server.url);
  await waitForApp(page);
  await keyboardToResult(page, LEAVE_IT);
  await page.click('.rc-share button.rc-secondary');
  await page.waitForSelector('.rc-copy-state.rc-copy-failed:has-text("Teilen ging nicht")');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rc-share-link');
  await switchLanguage(page, 'en');
  assert.match(await page.textContent('.rc-copy-state'), /Sharing did not work/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();

  const again = await openPage(browser, { origin: server.origin });
  // The person closes the sheet. `sheetClosed` settles in the task after the rejection, when
  // the app's reactions to it (promise jobs, and the render they schedule) have all run, and
  // after the next frame.
  await again.page.addInitScript(() => {
    window.sheetClosed = new Promise((settle) => {
      navigator.share = () => {
        setTimeout(() => requestAnimationFrame(() => settle()));
        return Promise.reject(new DOMException('closed', 'AbortError'));
      };
    });
  });
  await again.page.goto(server.url);
  await waitForApp(again.page);
  await keyboardToResult(again.page, LEAVE_IT);
  await again.page.click('.rc-share button.rc-secondary');
  await again.page.evaluate(() => window.sheetClosed);
  assert.equal(await again.page.textContent('.rc-copy-state'), '');
  await again.context.close();
});

test("someone's result link leaves one's own progress alone, and leaves the address once changed", async () => {
  const { page, context, problems } = await fresh();
  await tabTo(page, '#rc-company');
  await page.keyboard.press('Enter');
  await answerByKeyboard(page, DO_IT, { stopAt: 'responsible' });

  const linked = server.url + '?utm_source=mail&r=AkJRHMsn_-Dp7g';
  await page.goto(linked);
  await page.waitForSelector('.rc-result[data-verdict]');
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await currentQuestion(page), 'responsible', 'the own answers are still there, and where they were');

  // Changing a linked answer makes the set one's own: the link's code leaves the address, the
  // page's other parameters stay, and a reload shows the changed answers.
  await page.goto(linked);
  await page.waitForSelector('.rc-result[data-verdict]');
  await page.click('text=Antworten ändern');
  await page.click('.rc-review-item[data-question=audience] button');
  // Another answer than the link's (picking the same one changes nothing).
  const linkedAnswer = await page.$eval('.rc-options input:checked', (i) => i.value);
  await page.keyboard.press(linkedAnswer === 'partly' ? '4' : '3');
  await page.keyboard.press('Enter');
  await page.click('.rc-review button.rc-primary');
  await page.waitForSelector('.rc-result[data-verdict]');
  const address = new URL(page.url());
  assert.equal(address.searchParams.get('r'), null);
  assert.equal(address.searchParams.get('utm_source'), 'mail');
  const changed = await resultSummary(page);
  await page.reload();
  await page.waitForSelector('.rc-result[data-verdict]');
  assert.deepEqual(await resultSummary(page), changed);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a result link pasted into the open tab is shown, and the own answers wait', async () => {
  const { page, context, problems } = await fresh();
  await tabTo(page, '#rc-company');
  await page.keyboard.press('Enter');
  await answerByKeyboard(page, DO_IT, { stopAt: 'responsible' });
  // Only the fragment changes: the browser does not load the page again by itself.
  await page.evaluate(() => { location.hash = 'r=AkJRHMsn_-Dp7g'; });
  await page.waitForSelector('.rc-result[data-verdict]');
  assert.match(await page.textContent('.rc-result .rc-nav .rc-restart'), /Zurück zu meinen Antworten/);
  // Said at the top, too: the person's own answers are safe.
  assert.match(await page.textContent('.rc-own-kept'), /Ihre eigenen Antworten bleiben gespeichert/);
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await currentQuestion(page), 'responsible', 'the own answers are still there, and where they were');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('prefill preselects answers by id and quietly names the unknown ones', async () => {
  const { page, context, problems } = await fresh('?a.audience=online&a.goals=sell-more,service&a.nonsense=1&a.tone=loud');
  assert.match(await page.textContent('.rc-notice'), /a\.nonsense/);
  assert.match(await page.textContent('.rc-notice'), /a\.tone=loud/);
  await page.click('.rc-start button[type=submit]');
  for (const key of ['1', '2']) { // presence, attitude
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.rc-question[data-question=goals]');
  assert.equal(await page.isChecked('#rc-goals-sell-more'), true);
  assert.equal(await page.isChecked('#rc-goals-service'), true);
  assert.equal(await page.isChecked('#rc-goals-just-be-there'), false);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** Hostile fragments, and what the notice must say of each. */
const DAMAGED = /beschädigt/;
const HOSTILE = {
  garbage: ['#r=this-is-not-a-result', DAMAGED],
  truncated: [null, /unvollständig/], // filled from a real code
  'wrong checksum': [null, DAMAGED],
  'lower-cased by a chat tool': [null, DAMAGED],
  'newer version': ['#r=AwECAwQFBgcI', /neueren Version/],
  'non-ASCII': ['#r=%C3%A4%C3%B6%C3%BC%E2%82%AC', DAMAGED],
  'percent junk': ['#r=%ZZ%%%41%', DAMAGED],
  'script in the fragment': ['#r=<script>alert(1)</script>', DAMAGED],
  'a megabyte': ['#r=' + 'A'.repeat(1 << 20), /viel zu lang/],
  'empty code': ['#r=', /keine Antworten/],
};

test('every hostile link gets a clear message, no console error, and a way to start', async () => {
  const { page, context } = await fresh();
  await keyboardToResult(page, DO_IT);
  const good = (await page.inputValue('#rc-share-link')).split('#r=')[1];
  await context.close();
  HOSTILE.truncated[0] = `#r=${good.slice(0, -3)}`;
  const last = good.at(-1) === 'A' ? 'B' : 'A';
  HOSTILE['wrong checksum'][0] = `#r=${good.slice(0, -1)}${last}`;
  HOSTILE['lower-cased by a chat tool'][0] = `#r=${good.toLowerCase()}`;

  for (const [name, [fragment, says]] of Object.entries(HOSTILE)) {
    const { page, context, problems } = await fresh(fragment);
    const notice = await page.textContent('.rc-notice');
    assert.match(notice, says, `${name}: ${notice}`);
    assert.ok(notice.length < 300, `${name}: the message stays short`);
    assert.ok(await page.isVisible('.rc-start button[type=submit]'), `${name}: a way to start`);
    if (name === 'truncated') {
      // Dismissing the one notice hands the focus to the screen's heading, not to nothing.
      await page.click('.rc-notice button');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'rc-title');
      assert.equal(await page.$('.rc-notice'), null);
    }
    await page.click('.rc-start button[type=submit]');
    await page.waitForSelector('.rc-question', { timeout: 5000 });
    assert.deepEqual(problems.consoleErrors, [], name);
    assert.deepEqual(problems.pageErrors, [], name);
    await context.close();
  }
});

test('a page view alone stores nothing, so the next address still picks language and type size', async () => {
  const { page, context, problems } = await fresh('?lang=de');
  assert.equal(await page.evaluate(() => localStorage.getItem('readiness-check')), null);
  // The projector laptop of the workshop, in English this time.
  await page.goto(server.url + '?lang=en&large=1');
  await waitForApp(page);
  assert.equal(await page.getAttribute('.rc-app', 'lang'), 'en');
  assert.ok(await page.$('.rc-app.rc-large'));
  // Something chosen is kept.
  await switchLanguage(page, 'de');
  await page.goto(server.url + '?lang=en');
  await waitForApp(page);
  assert.equal(await page.getAttribute('.rc-app', 'lang'), 'de');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the app still works where storage is blocked, and says so', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(server.url);
  await waitForApp(page);
  // Said once there is something to keep: after the first answer.
  assert.equal(await page.$('.rc-notice'), null);
  await keyboardToResult(page, DO_IT);
  assert.match(await page.textContent('.rc-notice'), /Speichern/);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('kept progress from another version is replaced with a notice, not a crash', async () => {
  const { page, context, problems } = await fresh();
  await page.evaluate(() => localStorage.setItem('readiness-check', 'v=0&answers={"old":true}'));
  await page.reload();
  await waitForApp(page);
  assert.match(await page.textContent('.rc-notice'), /anderen Version/);
  assert.ok(await page.isVisible('.rc-start'));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('progress a newer version kept is never written over by this one', async () => {
  const { page, context, problems } = await fresh();
  // A tab still on this build after a deploy: the newer build saves in another tab meanwhile.
  await page.click('.rc-start button[type=submit]');
  const newer = 'v=2&lang=de&answers=from-the-future';
  await page.evaluate((newer) => localStorage.setItem('readiness-check', newer), newer);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.rc-question[data-question=attitude]');
  assert.match(await page.textContent('.rc-notice'), /neueren Version/);
  assert.equal(await page.evaluate(() => localStorage.getItem('readiness-check')), newer);
  // And opened with it: it says so at once, the check works, and storage keeps the newer answers.
  await page.reload();
  await waitForApp(page);
  assert.match(await page.textContent('.rc-notice'), /Laden Sie die Seite neu/);
  await keyboardToResult(page, DO_IT);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'do-it');
  assert.equal(await page.$$eval('.rc-notice', (n) => n.length), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('readiness-check')), newer);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a full storage is reported once and the check goes on', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-notice');
  assert.match(await page.textContent('.rc-notice'), /Speicher voll/);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.rc-question[data-question=attitude]');
  assert.equal(await page.$$eval('.rc-notice', (n) => n.length), 1, 'said once, not at every answer');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a link\'s long unbroken words (brand, call to action, names, skipped values) never widen a phone\'s page', async () => {
  const word = (n) => 'Kommunikationsberatungsgesellschaft'.repeat(2).slice(0, n);
  const cases = [
    `?large=1&brand=${word(25)}`,
    `?brand=${word(38)}`,
    `?cta-text=${word(46)}&cta-url=https://a.example/#r=AkJRHMsn_-Dp7g`,
    `#c=AkJRHMsn_-Dp7g.AkJASkaP_aCwWA&n=${'W'.repeat(40)},Anna`,
    `?a.goals=${'y'.repeat(40)}`,
    `?large=1&a.${'z'.repeat(40)}=x`,
  ];
  const wide = [];
  for (const width of [320, 375]) {
    for (const path of cases) {
      const { page, context } = await fresh(path, { viewport: { width, height: 700 } });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${path.slice(0, 40)}… at ${width} px: ${scroll} px`);
      await context.close();
    }
  }
  assert.deepEqual(wide, []);
});
