// Issue 7: the facilitator collects several results and compares them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launch, openPage, serve, waitForApp } from './harness.mjs';
import { LEAVE_IT, answerByKeyboard, axeViolations, currentQuestion } from './flows.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Result links as participants send them (made with link format v1).
const PEOPLE = [
  // Result codes made with the first link format (v1): they keep opening in a comparison.
  ['Anna', 'AZSOZH__4PUZ'], // ready on every count
  ['<img src=x onerror=alert(1)>', 'AZAlIi_9oAxO'], // the plumber: customers not online
  ['Jürgen', 'AdKR411UwPIe'], // Kunde 2: has it all, holds back
];

test('three result links: three series, the widest spread first, a link that reopens the view', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.rc-workshop-entry button');
  await page.waitForSelector('.rc-workshop');
  for (const [name, code] of PEOPLE) {
    await page.fill('#rc-link-name', name);
    await page.fill('#rc-link', `${server.url}#r=${code}`);
    await page.press('#rc-link', 'Enter');
  }
  await page.waitForSelector('.rc-participants li:nth-child(3)');
  assert.deepEqual(await page.$$eval('.rc-participant-name', (els) => els.map((e) => e.textContent)), PEOPLE.map((p) => p[0]));
  assert.equal(await page.textContent('.rc-workshop > [role=status]'), '3 Personen im Vergleich', 'the list is announced as it grows');
  assert.equal(await page.$$eval('.rc-app img', (imgs) => imgs.length), 0, 'a name is text, never markup');
  assert.equal(await page.$$eval('.rc-comparison .rc-radar-series', (s) => s.length), 3);

  // The dimension with the largest spread in the table leads the disagreement list.
  const spreads = await page.$$eval('.rc-spreads tbody tr', (rows) => rows.map((r) => [r.dataset.dimension, Number(r.querySelector('.rc-spread').textContent)]));
  const widest = Math.max(...spreads.map((s) => s[1]));
  const first = await page.getAttribute('.rc-disagreements li:first-child', 'data-dimension');
  assert.equal(spreads.find((s) => s[0] === first)[1], widest, `${first} in ${JSON.stringify(spreads)}`);
  assert.ok((await page.textContent('.rc-disagreements li:first-child .rc-prompt')).length > 10, 'a question to discuss');
  const team = await page.getAttribute('.rc-team', 'data-verdict');
  assert.ok(['do-it', 'leave-it'].includes(team));
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'workshop-1280.png'), fullPage: true });

  // The comparison link reopens the same view in a fresh browser.
  const link = await page.inputValue('#rc-share-link');
  assert.match(link, /#c=/);
  const view = async (p) => p.evaluate(() => ({
    names: [...document.querySelectorAll('.rc-participant-name')].map((e) => e.textContent),
    spreads: [...document.querySelectorAll('.rc-spreads tbody tr')].map((r) => r.textContent),
    disagreements: [...document.querySelectorAll('.rc-disagreements li')].map((li) => li.dataset.dimension),
    team: document.querySelector('.rc-team')?.dataset.verdict,
  }));
  const original = await view(page);
  const other = await openPage(browser, { origin: server.origin });
  await other.page.goto(link);
  await other.page.waitForSelector('.rc-comparison');
  assert.deepEqual(await view(other.page), original);
  // Taken in, the comparison is kept: the link leaves the address, and a participant added
  // next survives a reload.
  assert.doesNotMatch(other.page.url(), /c=/);
  await other.page.fill('#rc-link-name', 'Carl');
  await other.page.fill('#rc-link', `${server.url}#r=${PEOPLE[0][1]}`);
  await other.page.press('#rc-link', 'Enter');
  await other.page.waitForSelector('.rc-participants li:nth-child(4)');
  await other.page.reload();
  await other.page.waitForSelector('.rc-participants li:nth-child(4)');
  assert.equal(dialogs, 0);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(other.problems.consoleErrors, []);
  await other.context.close();
  await context.close();
});

test('participants answer one after another on the facilitator laptop, by keyboard, in large type', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url + '?large=1');
  await waitForApp(page);
  assert.ok(await page.$('.rc-app.rc-large'));
  // The facilitator has begun the check themselves.
  await page.click('.rc-start button[type=submit]');
  await answerByKeyboard(page, LEAVE_IT, { stopAt: 'topics' });
  await page.click('.rc-question button.rc-secondary'); // back …
  while (await page.$('.rc-question')) await page.click('.rc-question button.rc-secondary'); // … to the start
  await page.click('.rc-workshop-entry button');
  for (const name of ['Mia', 'Noah']) {
    await page.fill('#rc-next-name', name);
    await page.press('#rc-next-name', 'Enter');
    await answerByKeyboard(page, LEAVE_IT);
    await page.click('.rc-review button.rc-primary');
    await page.waitForSelector('.rc-participant-done');
    assert.match(await page.textContent('.rc-participant-done'), new RegExp(name));
    // Their result, and its print-out, carry their name.
    assert.equal(await page.textContent('.rc-result .rc-eyebrow'), `Ergebnis für ${name}`);
    await page.click('.rc-participant-done button');
    await page.waitForSelector('.rc-workshop');
  }
  assert.deepEqual(await page.$$eval('.rc-participant-name', (els) => els.map((e) => e.textContent)), ['Mia', 'Noah']);
  assert.equal(await page.getAttribute('.rc-team', 'data-verdict'), 'leave-it');
  // Lea begins, then leaves: her turn is discarded (after a question), nobody is added.
  await page.fill('#rc-next-name', 'Lea');
  await page.press('#rc-next-name', 'Enter');
  await answerByKeyboard(page, LEAVE_IT, { stopAt: 'audience' });
  await page.click('.rc-question .rc-nav button.rc-link'); // to the workshop
  await page.click('.rc-participant-open button.rc-secondary');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rc-discard-question');
  assert.match(await page.textContent('#rc-discard-question'), /Lea/);
  await page.click('.rc-participant-open .rc-confirm button.rc-primary');
  await page.waitForFunction(() => !document.querySelector('.rc-participant-open'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Teilnehmende', 'the focus lands on the list');
  assert.equal(await page.$$eval('.rc-participants li', (l) => l.length), 2);
  // The collected participants survive a reload.
  await page.reload();
  await page.waitForSelector('.rc-workshop');
  assert.equal(await page.$$eval('.rc-participants li', (l) => l.length), 2);
  await page.screenshot({ path: join(SHOTS, 'workshop-large-type-1280.png'), fullPage: true });
  // Back to the check: the facilitator's own answers were set aside, not lost.
  await page.click('.rc-workshop .rc-nav button.rc-secondary');
  await page.click('.rc-start button[type=submit]');
  assert.equal(await currentQuestion(page), 'topics');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a broken result link or comparison link says so and changes nothing', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url + '#c=garbage.AAAA&n=x');
  await waitForApp(page);
  assert.match(await page.textContent('.rc-notice'), /Link/);
  await page.click('.rc-workshop-entry button');
  await page.fill('#rc-link', 'https://example.com/#r=nonsense');
  await page.press('#rc-link', 'Enter');
  assert.ok((await page.textContent('[role=alert]')).length > 5);
  assert.equal(await page.inputValue('#rc-link'), 'https://example.com/#r=nonsense', 'kept to correct');
  assert.equal(await page.$$eval('.rc-participants li', (l) => l.length), 0);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a refused entry is told in the form it came from, and the focus goes to the field to correct', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.rc-workshop-entry button');
  await page.waitForSelector('.rc-workshop');
  await page.fill('#rc-link-name', 'Anna');
  await page.fill('#rc-link', PEOPLE[0][1]);
  await page.click('.rc-add-link button[type=submit]');
  await page.waitForSelector('.rc-participants li');
  const fault = () => page.evaluate(() => ({
    focused: document.activeElement.id,
    invalid: [...document.querySelectorAll('[aria-invalid=true]')].map((e) => e.id),
    describedBy: document.activeElement.getAttribute('aria-describedby'),
    alerts: [...document.querySelectorAll('.rc-workshop [role=alert]')].map((a) => `${a.closest('form')?.className ?? 'above'}: ${a.id}`),
  }));
  // The same name again, sent with the button: the name field is at fault.
  await page.fill('#rc-link-name', 'anna');
  await page.fill('#rc-link', PEOPLE[2][1]);
  await page.click('.rc-add-link button[type=submit]');
  await page.waitForSelector('.rc-add-link [role=alert]');
  assert.deepEqual(await fault(), {
    focused: 'rc-link-name', invalid: ['rc-link-name'], describedBy: 'rc-add-link-error',
    alerts: ['rc-add-link: rc-add-link-error'],
  });
  assert.match(await page.textContent('#rc-add-link-error'), /Namen gibt es schon/);
  // The same refusal again, after the focus left the field: a new message (announced again),
  // and the focus back at the field.
  await page.$eval('#rc-add-link-error', (e) => { e.dataset.seen = 'yes'; });
  await page.focus('.rc-add-link button[type=submit]');
  await page.click('.rc-add-link button[type=submit]');
  await page.waitForFunction(() => document.activeElement.id === 'rc-link-name');
  assert.equal(await page.$eval('#rc-add-link-error', (e) => e.dataset.seen ?? 'new'), 'new');
  // Nothing pasted: asked for.
  await page.fill('#rc-link-name', 'Ben');
  await page.fill('#rc-link', '');
  await page.click('.rc-add-link button[type=submit]');
  await page.waitForFunction(() => document.activeElement.id === 'rc-link');
  assert.match(await page.textContent('#rc-add-link-error'), /fügen Sie den Ergebnis-Link/);
  // A link that does not read: the link field is at fault, and the name is no longer marked.
  await page.fill('#rc-link-name', 'Ben');
  await page.fill('#rc-link', 'https://example.com/#r=nonsense');
  await page.click('.rc-add-link button[type=submit]');
  await page.waitForFunction(() => document.activeElement.id === 'rc-link');
  assert.deepEqual(await fault(), {
    focused: 'rc-link', invalid: ['rc-link'], describedBy: 'rc-add-link-error',
    alerts: ['rc-add-link: rc-add-link-error'],
  });
  // The other form: its own field, its own message; the first form's is gone.
  await page.fill('#rc-next-name', 'ANNA');
  await page.click('.rc-answer-here button[type=submit]');
  await page.waitForFunction(() => document.activeElement.id === 'rc-next-name');
  assert.deepEqual(await fault(), {
    focused: 'rc-next-name', invalid: ['rc-next-name'], describedBy: 'rc-answer-here-error',
    alerts: ['rc-answer-here: rc-answer-here-error'],
  });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

// Relative luminance contrast of two CSS rgb() colours.
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, b2] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('twelve participants: twelve series told apart by colour and dash, each swatch drawn like its line', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  const names = Array.from({ length: 12 }, (_, i) => `P${i + 1}`);
  const codes = names.map((_, i) => PEOPLE[i % PEOPLE.length][1]);
  await page.goto(`${server.url}#c=${codes.join('.')}&n=${names.join(',')}`);
  await page.waitForSelector('.rc-comparison');
  const looks = (selector) => page.$$eval(selector, (els) => els.map((el) => {
    const s = getComputedStyle(el);
    return `${s.stroke} / ${s.strokeDasharray}`;
  }));
  const series = await looks('.rc-comparison .rc-radar-series');
  assert.equal(series.length, 12);
  assert.equal(new Set(series).size, 12, `every series looks different: ${series.join(' | ')}`);
  const swatches = await looks('.rc-participants .rc-swatch line');
  assert.deepEqual(swatches, series, 'the list shows each person in their line');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('six participants: every column readable on screen and on paper, every series visible in dark mode', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  const names = ['Anna', 'Bernd', 'Clara', 'Dieter', 'Emine', 'Friedrich-Wilhelm'];
  const codes = names.map((_, i) => PEOPLE[i % PEOPLE.length][1]);
  await page.goto(`${server.url}#c=${codes.join('.')}&n=${names.map(encodeURIComponent).join(',')}`);
  await page.waitForSelector('.rc-comparison');
  const fits = () => page.$eval('.rc-table-wrap', (w) => ({ scroll: w.scrollWidth, client: w.clientWidth, overflow: getComputedStyle(w).overflowX }));
  let wrap = await fits();
  assert.ok(wrap.scroll <= wrap.client + 1, `no column scrolled away at 1280 px: ${JSON.stringify(wrap)}`);
  assert.equal(await page.$$eval('.rc-spreads thead th', (th) => th.length), names.length + 2);
  // On a small phone the people's columns scroll; the spread, beside the area's name, does not.
  await page.setViewportSize({ width: 320, height: 700 });
  const spreadSeen = await page.$eval('.rc-table-wrap', (w) => {
    const th = w.querySelector('thead th:nth-child(2)');
    return { text: th.textContent, right: th.getBoundingClientRect().right, wrapRight: w.getBoundingClientRect().right, scrolls: w.scrollWidth > w.clientWidth };
  });
  assert.equal(spreadSeen.text, 'Spanne');
  assert.ok(spreadSeen.scrolls && spreadSeen.right <= spreadSeen.wrapRight, JSON.stringify(spreadSeen));
  await page.setViewportSize({ width: 1280, height: 900 });

  // A4 less its margins is about 186 mm wide: 700 CSS pixels.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  wrap = await fits();
  assert.equal(wrap.overflow, 'visible', 'paper cannot scroll');
  const right = await page.$eval('.rc-spreads', (t) => t.getBoundingClientRect().right);
  const body = await page.$eval('.rc-body', (b) => b.getBoundingClientRect().right);
  assert.ok(right <= body + 1, `the table ends inside the page: ${right} > ${body}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const surface = await page.$eval('.rc-screen', (s) => getComputedStyle(s).backgroundColor);
  const strokes = await page.$$eval('.rc-comparison .rc-radar-series', (s) => s.map((e) => getComputedStyle(e).stroke));
  assert.equal(strokes.length, names.length);
  for (const stroke of strokes) {
    assert.ok(contrast(stroke, surface) >= 3, `${stroke} on ${surface}: ${contrast(stroke, surface).toFixed(2)}`);
  }
  await page.screenshot({ path: join(SHOTS, 'workshop-six-dark-1280.png'), fullPage: true });

  // Removing by keyboard: the focus goes on to the next row's button, after the last row to
  // the one before, after everyone to the list's heading.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  await page.focus('.rc-participants li:nth-child(2) button');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Entfernen: Clara');
  // A removal can be taken back: Bernd returns to his place, with the focus on his row.
  assert.match(await page.textContent('.rc-removed'), /^Bernd entfernt\./);
  await page.click('.rc-removed button');
  assert.equal(await page.textContent('.rc-participants li:nth-child(2) .rc-participant-name'), 'Bernd');
  assert.equal(await focused(), 'Entfernen: Bernd');
  assert.equal(await page.textContent('.rc-removed'), '', 'the undo is gone once used');
  await page.keyboard.press('Enter');
  await page.focus('.rc-participants li:last-child button');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'Entfernen: Emine');
  for (let left = 4; left > 0; left--) await page.keyboard.press('Enter');
  assert.equal(await page.$$eval('.rc-participants li', (l) => l.length), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Teilnehmende');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
