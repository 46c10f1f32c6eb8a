// Issue 22: the result a person acts on, in the rooms it is read in: about three screens on a
// phone with what decided it in numbers at the top, answering by taps that move on by
// themselves, a colleague's view of a shared result, and the workshop on a projector.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, serve, waitForApp, SHOTS } from './harness.mjs';
import { DO_IT, LEAVE_IT, axeViolations, currentQuestion, keyboardToResult } from './flows.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Ready on every count, but resources under their minimum: leftover time, launch money. */
const SHORT_OF_RESOURCES = { ...DO_IT, responsible: ['3'], hours: ['3'], budget: ['3'], 'response-time': ['2'] };

async function resultOnPhone(plan, { locale = 'de-DE', query = '' } = {}) {
  const opened = await openPage(browser, { origin: server.origin, locale, ...PHONE });
  await opened.page.goto(server.url + query);
  await waitForApp(opened.page);
  await keyboardToResult(opened.page, plan);
  return opened;
}

for (const [name, plan] of [['do-it', DO_IT], ['leave-it', LEAVE_IT], ['short-of-resources', SHORT_OF_RESOURCES]]) {
  for (const locale of ['de-DE', 'en-GB']) {
    test(`on a 390×844 phone the ${name} result fits about three screens (${locale})`, async () => {
      const { page, context, problems } = await resultOnPhone(plan, { locale });
      await page.evaluate(() => window.scrollTo(0, 0));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 3 * 844, `${name} (${locale}) is ${height} px, ${(height / 844).toFixed(2)} screens`);
      // The verdict and what decided it on the first screen.
      const decided = await page.$eval('.rc-decisive', (el) => el.getBoundingClientRect().top);
      assert.ok(decided < 844, `what decided it starts at ${decided} px`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems.consoleErrors, []);
      await page.screenshot({ path: join(SHOTS, `result-${name}-phone-${locale.slice(0, 2)}.png`), fullPage: true });
      await context.close();
    });
  }
}

test('a missed minimum is named in numbers and drawn on the chart', async () => {
  const { page, context } = await resultOnPhone(SHORT_OF_RESOURCES);
  assert.equal(await page.getAttribute('.rc-result', 'data-verdict'), 'leave-it');
  const decisive = await page.textContent('.rc-decisive');
  assert.match(decisive, /Ressourcen und Zeit: \d+ von 100 – nötig sind mindestens 50\./);
  assert.equal(await page.getAttribute('.rc-decisive li', 'data-dimension'), 'resources');
  // The chart draws each area's minimum, dashed, and says so.
  assert.equal(await page.$$eval('.rc-result .rc-radar-minimum', (p) => p.length), 1);
  assert.match(await page.textContent('.rc-chart figcaption'), /Gestrichelt: das Minimum je Bereich/);
  // Not a red fail: the verdict is amber, in plain words, the seed's sentence its name.
  assert.match(await page.textContent('.rc-result h1'), /^Noch nicht/);
  assert.equal(await page.$eval('.rc-result h1', (h) => getComputedStyle(h).color), 'rgb(138, 83, 0)');
  // The plan's main steps show, the rest one tap away, the sources on request.
  const hidden = await page.$$eval('.rc-plan li.rc-step-more', (l) => l.filter((e) => getComputedStyle(e).display === 'none').length);
  assert.ok(hidden > 0, 'further steps are folded');
  await page.click('.rc-plan-tools button[aria-expanded]');
  assert.equal(await page.$$eval('.rc-plan li.rc-step-more', (l) => l.filter((e) => getComputedStyle(e).display === 'none').length), 0);
  assert.equal(await page.$eval('.rc-source', (s) => getComputedStyle(s).display), 'none');
  await page.click('.rc-plan-tools button[aria-pressed]');
  assert.notEqual(await page.$eval('.rc-source', (s) => getComputedStyle(s).display), 'none');
  await context.close();
});

test('a tap on a single-choice answer moves on by itself; a whole check takes few taps', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin, ...PHONE });
  await page.goto(server.url);
  await waitForApp(page);
  // The start screen says that answers move on by themselves (WCAG 3.2.2).
  assert.match(await page.textContent('.rc-facts'), /von selbst weiter/);
  let taps = 1;
  await page.tap('.rc-start button[type=submit]');
  for (let step = 0; step < 40; step++) {
    await page.waitForSelector('.rc-question, .rc-review');
    const id = await currentQuestion(page);
    if (!id) break;
    const multi = await page.$eval('.rc-question input', (i) => i.type === 'checkbox');
    for (const key of DO_IT[id]) {
      await page.tap(`.rc-question .rc-options li:nth-child(${key}) label`);
      taps++;
    }
    if (multi) {
      await page.tap('.rc-question button[type=submit]');
      taps++;
    }
    // No "next" for a single choice: the check moves on by itself after a beat.
    await page.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, id);
  }
  await page.waitForSelector('.rc-review');
  await page.tap('.rc-review-top button');
  taps++;
  await page.waitForSelector('.rc-result[data-verdict=do-it]');
  console.log(`a whole check on a phone: ${taps} taps`);
  assert.ok(taps <= 25, `${taps} taps`);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('arrow keys only move the choice; Enter goes on', async () => {
  const { page, context } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  const first = await currentQuestion(page);
  await page.focus('.rc-question input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // The choice moved, and no move on is pending: nothing moves while the person looks
  // through the answers (a pick shows its beat as .rc-advancing).
  await page.waitForFunction(() => document.querySelectorAll('.rc-question input:checked').length === 1);
  assert.equal(await page.$('.rc-advancing'), null);
  assert.equal(await currentQuestion(page), first);
  // A number key picks: the beat shows, then the check moves on.
  await page.keyboard.press('1');
  await page.waitForSelector('.rc-advancing');
  await page.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, first);
  await page.click('.rc-question button.rc-secondary');
  await page.waitForFunction((q) => document.querySelector('.rc-question')?.dataset.question === q, first);
  await page.keyboard.press('Enter');
  await page.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, first);
  await context.close();
});

test("a shared result says whose it is and offers one's own check on the first screen", async () => {
  // The sender chooses to send the company's name along.
  const sender = await openPage(browser, { origin: server.origin });
  await sender.page.goto(server.url);
  await waitForApp(sender.page);
  await keyboardToResult(sender.page, LEAVE_IT, { company: 'Bäckerei Korn' });
  assert.doesNotMatch(await sender.page.inputValue('#rc-share-link'), /co=/, 'the name stays out unless chosen');
  await sender.page.check('#rc-share-company');
  const link = await sender.page.inputValue('#rc-share-link');
  assert.match(link, /#r=[A-Za-z0-9_-]+&co=B%C3%A4ckerei%20Korn$/);
  await sender.context.close();

  const colleague = await openPage(browser, { origin: server.origin, ...PHONE });
  await colleague.page.goto(link);
  await colleague.page.waitForSelector('.rc-result[data-verdict=leave-it]');
  assert.match(await colleague.page.textContent('.rc-shared-banner'), /Das Ergebnis von Bäckerei Korn/);
  const own = await colleague.page.$eval('.rc-shared-banner button', (b) => b.getBoundingClientRect().bottom);
  assert.ok(own <= 844, `"own check" is on the first screen: ${own}`);
  assert.match(await colleague.page.textContent('.rc-share .rc-hint'), /Antworten dieser Person/);
  assert.deepEqual(await axeViolations(colleague.page), []);
  await colleague.page.screenshot({ path: join(SHOTS, 'result-shared-phone.png') });
  await colleague.page.tap('.rc-shared-banner button');
  await colleague.page.waitForSelector('.rc-start');
  await colleague.context.close();
});

test("on a projector the team's verdict, chart and table are the workshop's first screen", async () => {
  for (const lang of ['de', 'en']) {
    const { page, context } = await openPage(browser, { origin: server.origin, viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}?large=1&lang=${lang}#c=AZSOZH__4PUZ.AZAlIi_9oAxO.AdKR411UwPIe&n=Anna,Ben,Cem`);
    await page.waitForSelector('.rc-team');
    for (const selector of ['.rc-team .rc-verdict', '.rc-comparison .rc-radar', '.rc-spreads']) {
      const box = await page.$eval(selector, (e) => e.getBoundingClientRect().toJSON());
      assert.ok(box.bottom <= 1080 && box.right <= 1920, `${selector} (${lang}) ends at ${box.right}×${box.bottom}`);
    }
    // Whose knock-out it is, and who answered what.
    assert.match(await page.textContent('.rc-team'), lang === 'de' ? /bei Ben/ : /for Ben/);
    assert.ok((await page.$$eval('.rc-who-answered li li', (l) => l.length)) >= 2);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, `workshop-projector-${lang}.png`) });
    await context.close();
  }
});

test('the workshop prints with every chart label inside the paper', async () => {
  const { page, context } = await openPage(browser, { origin: server.origin });
  await page.goto(`${server.url}#c=AZSOZH__4PUZ.AZAlIi_9oAxO.AdKR411UwPIe&n=Anna,Ben,Cem`);
  await page.waitForSelector('.rc-team');
  // A4 less the page margins, in CSS px: the width the printout lays out in.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 703, height: 1047 });
  const labels = await page.$$eval('.rc-comparison .rc-radar-label', (ls) => ls.map((l) => l.getBoundingClientRect().toJSON()));
  assert.equal(labels.length, 7);
  for (const box of labels) assert.ok(box.left >= 0 && box.right <= 703, JSON.stringify(box));
  await context.close();
});
