// The core flows, written once and run in Firefox ESR (firefox.test.mjs: puppeteer-core over
// WebDriver BiDi) and in WebKitGTK (webkit.test.mjs: selenium-webdriver over classic WebDriver),
// against the release build in dist/, served by the e2e tests' own server.
//
// Each browser file hands `crossBrowserFlows` a `launch()` that resolves to a browser with:
//   session()         a fresh profile (no storage, no history) with one tab, resolving to a Session
//   close()
// and a Session (a tab) is a Scope plus:
//   goto(url), reload()   load, and wait for the load event
//   frame(selector)       the Scope of the iframe `selector` (once it is there)
//   problems()            resolves to { consoleErrors, pageErrors } of the tab and its frames so far
//   close()
// A Scope (the tab's top document, or a frame's) has:
//   run(fn, arg)          runs the self-contained `fn(arg)` in the page; resolves to its JSON result
//   click(selector)       a real pointer click on the element, scrolled into view first
//   press(...keys)        key presses sent to whatever has the focus ('1', 'Enter', 'Tab')
// Everything else (waiting, what a person sees) is here, the same for both browsers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, serve, serveHostPages } from '../e2e/harness.mjs';
import { DO_IT, LEAVE_IT } from '../e2e/flows.mjs';

/** The words a person reads, from the app's own German texts (the browsers are set to German). */
const TEXTS = JSON.parse(readFileSync(join(ROOT, 'texts/de.json'), 'utf8'));
function t(key, fill = {}) {
  assert.ok(key in TEXTS, `texts/de.json has ${key}`);
  return TEXTS[key].replace(/\{(\w+)\}/g, (_, name) => fill[name]);
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a person sees of the check in a document right now (runs in the page, so it is
 * self-contained): which screen is shown, its texts, which answers are ticked.
 */
function seen() {
  const $ = (s) => document.querySelector(s);
  const shown = (el) => Boolean(el) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const text = (el) => (shown(el) ? el.innerText.replace(/\s+/g, ' ').trim() : null);
  const all = (s) => [...document.querySelectorAll(s)].filter(shown).map(text);
  const screen = ['start', 'question', 'review', 'result'].find((name) => shown($(`.rc-${name}`))) ?? null;
  return {
    loaded: document.readyState === 'complete',
    // The app runs (the start screen the page shows before it, .rc-pre, is gone).
    live: !document.querySelector('.rc-pre'),
    screen,
    heading: text($('.rc-app h1')),
    brand: text($('.rc-brand')),
    startButton: text($('.rc-start button[type=submit]')),
    question: screen === 'question' ? $('.rc-question').dataset.question : null,
    progress: text($('.rc-progress-label')),
    // Several answers may be ticked (check boxes), or one (radio buttons).
    multi: Boolean($('.rc-question input[type=checkbox]')),
    // The positions (1-based) of the ticked answers.
    ticked: [...document.querySelectorAll('.rc-question .rc-options li')]
      .flatMap((li, i) => (li.querySelector('input')?.checked ? [i + 1] : [])),
    reviewButton: text($('.rc-review button.rc-primary')),
    verdict: screen === 'result' ? $('.rc-result').dataset.verdict : null,
    verdictName: text($('.rc-verdict-name')),
    decided: all('.rc-decisive li'),
    phases: all('.rc-phase h3'),
    shareLink: screen === 'result' ? $('#rc-share-link')?.value ?? null : null,
    notices: all('.rc-notice'),
    focused: document.activeElement?.id || null,
  };
}

/**
 * Waits until `ok(seen())` holds in `scope` (polling, every 50 ms), and returns what was seen
 * then; after `timeout` ms fails, saying what was awaited and what was seen last.
 */
export async function until(scope, what, ok, { timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await scope.run(seen);
      if (last && ok(last)) return last;
    } catch (error) {
      // A document being replaced (a load, a reload) has nothing to say for a moment.
      last = { error: String(error) };
    }
    if (Date.now() > deadline) {
      assert.fail(`waited ${timeout / 1000} s for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await new Promise((next) => setTimeout(next, 50));
  }
}

/** The start screen, as a person sees it on arrival. */
async function startScreen(scope, { timeout = 30_000 } = {}) {
  const view = await until(scope, 'the start screen', (v) => v.live && v.screen === 'start' && v.startButton, { timeout });
  assert.equal(view.heading, t('ui.app-title'));
  assert.equal(view.startButton, t('ui.start-button'));
  return view;
}

/** From the start screen to the first question, by a click on "Check starten". */
async function start(scope) {
  await scope.click('.rc-start button[type=submit]');
  const view = await until(scope, 'the first question', (v) => v.screen === 'question');
  assert.match(view.progress, new RegExp(`^${escape(t('ui.progress', { n: 1, total: '§' })).replace('§', '\\d+')}`));
  assert.ok(view.heading.length > 10, `the question is shown: ${view.heading}`);
  return view;
}

/**
 * Answers the question on screen from `plan` (1-based option positions) as a person does: one
 * answer of a single choice is picked and the check moves on by itself a moment later; the
 * answers of a multiple choice are ticked and then confirmed ("Weiter", or Enter).
 */
async function answer(scope, plan, view, { by }) {
  const id = view.question;
  const keys = plan[id];
  assert.ok(keys, `no answer planned for ${id}`);
  const positions = keys.map(Number);
  if (by === 'keyboard') {
    // As on every question, the focus moves to its heading (right after the screen is drawn),
    // and number keys tick the answers from there.
    await until(scope, `the focus on the question's heading at ${id}`, (v) => v.question === id && v.focused === 'rc-title');
    await scope.press(...keys);
  } else {
    for (const key of keys) await scope.click(`.rc-question .rc-options li:nth-child(${key}) label`);
  }
  if (view.multi) {
    await until(scope, `answers ${keys} ticked at ${id}`, (v) => v.question === id && `${v.ticked}` === `${positions}`);
    if (by === 'keyboard') await scope.press('Enter');
    else await scope.click('.rc-question button[type=submit]');
  } else {
    assert.equal(positions.length, 1, `one answer planned for the single choice ${id}`);
  }
  const next = await until(scope, `the step after ${id}`, (v) => v.screen === 'review' || (v.screen === 'question' && v.question !== id));
  return { id, ticked: positions, next };
}

/** Answers questions until the review (or until `stopAt` is on screen); returns what was ticked. */
async function answerAll(scope, plan, view, { by, stopAt } = {}) {
  const given = [];
  for (let step = 0; step < 40; step++) {
    if (view.screen !== 'question' || view.question === stopAt) return { view, given };
    const done = await answer(scope, plan, view, { by });
    given.push(done);
    view = done.next;
  }
  throw new Error('the check did not end');
}

/** From the review to the result, by "Ergebnis zeigen". */
async function showResult(scope, view, verdict) {
  assert.equal(view.screen, 'review');
  assert.equal(view.reviewButton, t('ui.show-result'));
  await scope.click('.rc-review button.rc-primary');
  const result = await until(scope, 'the result', (v) => v.screen === 'result' && v.verdict);
  assertVerdict(result, verdict);
  return result;
}

/** The result as a person reads it: the verdict in plain words and by its name, what decided
 * it, and the plan's three phases. */
function assertVerdict(result, verdict) {
  assert.equal(result.verdict, verdict);
  assert.equal(result.heading, t(`verdict.${verdict}.plain`));
  assert.equal(result.verdictName, t('ui.verdict-name', { name: t(`verdict.${verdict}.headline`) }));
  assert.ok(result.decided.length >= 1, 'what decided it is shown');
  assert.deepEqual(result.phases, ['practise', 'listen', 'join'].map((phase) => t(`phase.${phase}.title`)));
}

async function noProblems(session) {
  const { consoleErrors, pageErrors } = await session.problems();
  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(pageErrors, [], 'page errors');
}

/** Registers the core flows as tests, run in the browser `launch()` starts. */
export function crossBrowserFlows(launch) {
  let app, hosts, browser, result;
  const open = async () => browser.session();

  before(async () => {
    // The inline mode's fetches would need CORS; the iframe mode does not mind it.
    app = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
    // Host pages on another site than the app (127.0.0.1 vs localhost), as a consultancy's is.
    hosts = await serveHostPages(app.url.replace('127.0.0.1', 'localhost'));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await hosts?.close();
    await app?.close();
  });

  // Each flow takes seconds; a browser that hangs fails its test rather than the whole run.
  const options = { timeout: 60_000 };

  test('the start screen shows, and the check starts', options, async () => {
    const tab = await open();
    try {
      await tab.goto(app.url);
      const view = await startScreen(tab);
      assert.equal(view.question, null);
      await start(tab);
      await noProblems(tab);
    } finally {
      await tab.close();
    }
  });

  test('all questions by clicks to the result ("do it properly")', options, async () => {
    const tab = await open();
    try {
      await tab.goto(app.url);
      await startScreen(tab);
      const first = await start(tab);
      const { view, given } = await answerAll(tab, DO_IT, first, { by: 'mouse' });
      assert.deepEqual(given.map((g) => g.id), Object.keys(DO_IT), 'every question, in order');
      result = await showResult(tab, view, 'do-it');
      assert.match(result.shareLink, /^http:\/\/127\.0\.0\.1:\d+\/#r=[A-Za-z0-9_-]{14}$/);
      await noProblems(tab);
    } finally {
      await tab.close();
    }
  });

  test("that result's link, opened in a fresh profile, shows the same result", options, async () => {
    assert.ok(result?.shareLink, 'the walk to a result gave a link');
    const tab = await open();
    try {
      await tab.goto(result.shareLink);
      const shown = await until(tab, 'the linked result', (v) => v.screen === 'result' && v.verdict, { timeout: 30_000 });
      assertVerdict(shown, result.verdict);
      assert.deepEqual(shown.decided, result.decided);
      await noProblems(tab);
    } finally {
      await tab.close();
    }
  });

  test('a reload mid-way comes back to the same question, the answers kept (by keyboard)', options, async () => {
    const tab = await open();
    try {
      await tab.goto(app.url);
      await startScreen(tab);
      const first = await start(tab);
      const { view, given } = await answerAll(tab, LEAVE_IT, first, { by: 'keyboard', stopAt: 'responsible' });
      assert.equal(view.question, 'responsible');
      await tab.reload();
      const back = await until(tab, 'the question after the reload', (v) => v.screen === 'question', { timeout: 30_000 });
      assert.equal(back.question, view.question);
      assert.equal(back.heading, view.heading);
      assert.equal(back.progress, view.progress);
      // "Zurück", step by step: every answer is still ticked as it was given.
      for (const { id, ticked } of given.reverse()) {
        await tab.click('.rc-question button.rc-secondary');
        const earlier = await until(tab, `the question ${id}`, (v) => v.question === id);
        assert.deepEqual(earlier.ticked, ticked, `answers of ${id}`);
      }
      await noProblems(tab);
    } finally {
      await tab.close();
    }
  });

  test("the snippet places the check on another site's page, and it is answered there", options, async () => {
    const tab = await open();
    try {
      await tab.goto(hosts.url + 'plain.html');
      const iframe = '.readiness-check-embed iframe';
      const frame = await tab.frame(iframe);
      const view = await startScreen(frame);
      assert.match(view.brand, /^Agentur Beispiel/);
      await frameFits(tab, frame, iframe);
      const first = await start(frame);
      // By keyboard inside the frame, as a person tabbing through the host's page would.
      const { view: review } = await answerAll(frame, DO_IT, first, { by: 'keyboard' });
      await frameFits(tab, frame, iframe);
      await showResult(frame, review, 'do-it');
      // The host page hears of it (a message from the frame, a moment later), and shows the
      // whole result (the iframe grows to its height).
      const events = await untilRun(tab, "the host page's completed event",
        () => (window.widgetEvents.some((e) => e.type === 'completed') ? window.widgetEvents : null));
      assert.equal(events[0].type, 'started');
      const completed = events.find((e) => e.type === 'completed');
      assert.equal(completed.detail.verdict, 'do-it');
      assert.match(completed.detail.link, /#r=[A-Za-z0-9_-]{14}$/);
      await frameFits(tab, frame, iframe);
      await noProblems(tab);
    } finally {
      await tab.close();
    }
  });

  test('the single file, opened from disk (file://), starts', options, async () => {
    // Copied somewhere else, as from a USB stick or an e-mail.
    const folder = mkdtempSync(join(tmpdir(), 'usb-'));
    const file = join(folder, 'readiness-check.html');
    copyFileSync(join(DIST, 'readiness-check.html'), file);
    const tab = await open();
    try {
      await tab.goto(pathToFileURL(file).href);
      await startScreen(tab);
      await start(tab);
      await noProblems(tab);
    } finally {
      await tab.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

/** Waits until the self-contained `fn(arg)` gives something in `scope` (polling), and returns it. */
async function untilRun(scope, what, fn, arg, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await scope.run(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`waited ${timeout / 1000} s for ${what}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

/**
 * Waits until the iframe `selector` on the host page in `tab` is as tall as the check in it
 * (`frame`): the snippet sets its height from the app's reports, a moment after each screen
 * change, and only then does the host page show the whole check (and a click lands where the
 * check's button is drawn).
 */
async function frameFits(tab, frame, selector, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const content = await frame.run(() => Math.ceil(document.querySelector('.rc-app').getBoundingClientRect().height));
    const box = await tab.run((selector) => document.querySelector(selector).getBoundingClientRect().height, selector);
    if (Math.abs(box - content) <= 4) return;
    if (Date.now() > deadline) assert.fail(`the iframe stays ${box} px tall, the check in it is ${content} px`);
    await new Promise((next) => setTimeout(next, 50));
  }
}
