// Walking the check like a person: by keyboard, with the answers of a known case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

/**
 * Number keys (1-based answer positions) per question: a company that has not started and
 * should do it. Exactly the questions this path meets (a test counts them).
 */
export const DO_IT = {
  presence: ['1'], attitude: ['2'], goals: ['2', '3'], audience: ['4'], 'talked-about': ['3'], topics: ['3'],
  'content-kinds': ['1', '2'], responsible: ['4'], hours: ['4'], budget: ['4'], 'response-time': ['3'],
  tone: ['3'], 'customer-voice': ['3'], criticism: ['3'], 'know-how': ['3'], 'real-names': ['3'], guidelines: ['3'],
};

/** The plumber of seed 002: customers find them in the phone book, not online. */
export const LEAVE_IT = {
  ...DO_IT, attitude: ['2'], goals: ['2'], audience: ['1'], 'talked-about': ['2'], topics: ['2'],
  'content-kinds': ['1'], responsible: ['3'], hours: ['2'], budget: ['3'], 'response-time': ['2'],
};

export async function currentQuestion(page) {
  const el = await page.$('.rc-question');
  return el ? el.getAttribute('data-question') : null;
}

/**
 * Answers questions by number keys and Enter until the review screen, taking the keys for each
 * question from `plan`; `onQuestion(id)` runs before each answer (for screenshots, checks).
 */
export async function answerByKeyboard(page, plan, { onQuestion, stopAt } = {}) {
  for (let step = 0; step < 40; step++) {
    await page.waitForSelector('.rc-question, .rc-review');
    const id = await currentQuestion(page);
    if (!id || id === stopAt) return id;
    // Focus sits on the new question's heading: the keys work from there.
    const focused = await page.evaluate(() => document.activeElement?.id);
    if (focused !== 'rc-title') throw new Error(`focus is on ${focused}, not the heading, at ${id}`);
    if (onQuestion) await onQuestion(id);
    const keys = plan[id];
    if (!keys) throw new Error(`no answer planned for ${id}`);
    for (const key of keys) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.waitForFunction((prev) => document.querySelector('.rc-question')?.dataset.question !== prev, id);
  }
  throw new Error('the check did not end');
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** From the start screen to the result, by keyboard only. */
export async function keyboardToResult(page, plan, { company } = {}) {
  await tabTo(page, '#rc-company');
  if (company) await page.keyboard.type(company);
  await page.keyboard.press('Enter');
  await answerByKeyboard(page, plan);
  await page.waitForSelector('.rc-review');
  await tabTo(page, '.rc-review button.rc-primary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.rc-result[data-verdict]');
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG violations on the page as it is now, as short lines. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Answers every question in `scope` (a page or frame, the app's own or inline) by clicks, to the
 *  result, calling `afterStep` after each step. */
export async function clickThrough(scope, plan, afterStep = async () => {}) {
  await scope.click('.rc-start button[type=submit]');
  await afterStep('started');
  for (let i = 0; i < 40; i++) {
    await scope.waitForSelector('.rc-question, .rc-review');
    const id = await scope.evaluate(() => document.querySelector('.rc-question')?.dataset.question
      ?? window.readinessCheckRoot?.querySelector('.rc-question')?.dataset.question ?? null);
    if (!id) break;
    for (const key of plan[id]) await scope.click(`.rc-question .rc-options li:nth-child(${key}) label`);
    await scope.click('.rc-question button[type=submit]');
    await scope.waitForFunction((prev) => {
      const root = window.readinessCheckRoot ?? document;
      return root.querySelector('.rc-question')?.dataset.question !== prev;
    }, id);
    await afterStep(id);
  }
  await scope.click('.rc-review button.rc-primary');
  await scope.waitForSelector('.rc-result[data-verdict]');
  await afterStep('result');
}
