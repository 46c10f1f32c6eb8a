// The core flows in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by
// puppeteer-core (which downloads no browser). FIREFOX names another binary.
import puppeteer from 'puppeteer-core';
import { crossBrowserFlows } from './flows.mjs';

/**
 * A pointer click on the middle of `selector` in the iframe `frameElement`, through the top
 * page's mouse. (Puppeteer's own click in a frame asks Firefox for the frame's element with a
 * BiDi locator that Firefox ESR 140 does not know yet.) The element is scrolled to the middle
 * of its document first, and the host page then so that the point is in the window.
 */
async function clickInFrame(page, frameElement, frame, selector) {
  const element = await frame.waitForSelector(selector, { visible: true });
  const inner = await element.evaluate((el) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await element.dispose();
  const point = await frameElement.evaluate((iframe, inner) => {
    const origin = () => {
      const r = iframe.getBoundingClientRect();
      const style = getComputedStyle(iframe);
      return { x: r.left + iframe.clientLeft + parseFloat(style.paddingLeft), y: r.top + iframe.clientTop + parseFloat(style.paddingTop) };
    };
    let o = origin();
    if (o.y + inner.y < 0 || o.y + inner.y > innerHeight) {
      scrollBy(0, o.y + inner.y - innerHeight / 2);
      o = origin();
    }
    return { x: o.x + inner.x, y: o.y + inner.y };
  }, inner);
  await page.mouse.click(point.x, point.y);
}

/** A Scope (see flows.mjs) over a puppeteer page, or over one of its frames. */
function scope(page, frameElement = null) {
  const target = async () => (frameElement ? frameElement.contentFrame() : page);
  return {
    run: async (fn, arg) => (await target()).evaluate(fn, arg),
    click: async (selector) => {
      if (frameElement) return clickInFrame(page, frameElement, await target(), selector);
      const element = await page.waitForSelector(selector, { visible: true });
      await element.click();
      await element.dispose();
    },
    // Keys go to the focused element, in whichever frame has the focus.
    press: async (...keys) => { for (const key of keys) await page.keyboard.press(key); },
  };
}

async function launch() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // German first, as the person's browser says (the check follows it).
    extraPrefsFirefox: { 'intl.accept_languages': 'de-DE,de' },
  });
  return {
    async session() {
      // A user context of its own: no storage, cookies or history shared with another.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = { consoleErrors: [], pageErrors: [] };
      // BiDi's log entries: the page's and its frames' (cross-site ones included).
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
      return {
        ...scope(page),
        goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
        reload: async () => { await page.reload({ waitUntil: 'load' }); },
        frame: async (selector) => scope(page, await page.waitForSelector(selector)),
        problems: () => structuredClone(problems),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

crossBrowserFlows(launch);
