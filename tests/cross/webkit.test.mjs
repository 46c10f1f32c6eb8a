// The core flows in WebKit: WebKitGTK's MiniBrowser (Debian libwebkit2gtk-4.1-0), driven by
// selenium-webdriver through WebKitWebDriver (Debian webkit2gtk-driver), on a virtual display
// (Xvfb). This file starts Xvfb and the driver and stops both (and what they started) at the
// end, also when a test fails or the run is interrupted. MINIBROWSER names another browser binary.
//
// WebKitWebDriver speaks classic WebDriver only (no BiDi, so no console events): a recorder of
// console.error, uncaught errors and unhandled rejections is put into every document the test
// looks at, right after it loaded, and read out before the document goes away.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Builder, By, Key, until as when } from 'selenium-webdriver';
import { crossBrowserFlows } from './flows.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = { Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE };

// ---- the processes this file starts: each leads a process group of its own, stopped as a whole

const started = new Set();

function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, ...options });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = once(child, 'exit');
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5_000);
  await gone;
  clearTimeout(timer);
}

// Whatever way the run ends, nothing of ours stays behind.
process.on('exit', () => {
  for (const child of started) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** Xvfb on a display it picks itself (-displayfd), once it accepts clients. */
async function startXvfb() {
  const child = startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const display = await new Promise((ok, fail) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb ended (${code}): ${stderr}`)));
  });
  return { child, display };
}

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** WebKitWebDriver on `display`, once its /status says it is ready for a session. */
async function startDriver(display) {
  const port = await freePort();
  const child = startProcess('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // The browser it starts inherits this: the display, and a locale that names no language
    // (navigator.language "C"), so the check starts in its default, German, on any machine.
    env: { ...process.env, DISPLAY: display, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', LANGUAGE: '', GDK_BACKEND: 'x11' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver ended (${child.exitCode}): ${stderr}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return { child, url, log: () => stderr };
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not get ready: ${stderr}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

// ---- the recorder, and running scripts in a document that carries it

/** Installs the recorder in the document it runs in, once (self-contained: runs in the page). */
function recorder() {
  if (window.__crossProblems) return;
  const problems = { consoleErrors: [], pageErrors: [] };
  window.__crossProblems = problems;
  const error = console.error;
  console.error = function (...args) {
    problems.consoleErrors.push(args.map(String).join(' '));
    return error.apply(this, args);
  };
  addEventListener('error', (e) => problems.pageErrors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => problems.pageErrors.push(`unhandled rejection: ${e.reason}`));
}

/** Runs `fn(arg)` in the current document, with the recorder installed first. */
const script = (fn) => `(${recorder})(); return (${fn}).apply(null, arguments);`;

/** The recorder's findings in the current document, cleared there. */
function takeProblems() {
  const p = window.__crossProblems;
  return p ? { consoleErrors: p.consoleErrors.splice(0), pageErrors: p.pageErrors.splice(0) } : null;
}

// ---- the browser

/** Settles as `promise` does, or fails after `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: nothing after ${ms / 1000} s`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function launch() {
  const xvfb = await startXvfb();
  let driverServer = await startDriver(xvfb.display);
  let open = null;

  /**
   * A new WebDriver session. Now and then (about one in 100 here) WebKitWebDriver never answers
   * the request for one (it usually takes under 2 s): then it is stopped, with the browser it was
   * starting, and started again.
   */
  async function newSession() {
    for (let attempt = 1; ; attempt++) {
      const pending = new Builder().usingServer(driverServer.url).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      }).build();
      try {
        return await within(pending, 15_000, 'a new WebKitWebDriver session');
      } catch (error) {
        if (attempt === 2) throw error;
        console.log(`WebKitWebDriver: ${error.message}; starting it again. It said: ${driverServer.log().slice(-1500) || 'nothing'}`);
        await stop(driverServer.child);
        driverServer = await startDriver(xvfb.display);
      }
    }
  }

  return {
    async session() {
      // A new WebDriver session is a new MiniBrowser with a storage of its own (automation mode
      // is ephemeral): a fresh profile.
      const driver = await newSession();
      open = driver;
      await driver.manage().window().setRect({ width: 1280, height: 900 });
      const found = { consoleErrors: [], pageErrors: [] };
      const frames = [];
      let current = null; // null: the top document; otherwise the frame's selector

      // Commands go to one document at a time: the top one, or the frame's (entered anew
      // whenever another was addressed in between).
      const enter = async (frameSelector) => {
        if (current === frameSelector) return;
        await driver.switchTo().defaultContent();
        current = null;
        if (frameSelector) {
          const element = await driver.wait(when.elementLocated(By.css(frameSelector)), 20_000);
          await driver.switchTo().frame(element);
          current = frameSelector;
        }
      };
      // Moves what the recorders of the top document and its frames found into `found`.
      const harvest = async () => {
        for (const where of [null, ...frames]) {
          try {
            if (where) {
              // A frame no longer on the page (no waiting for it).
              await enter(null);
              if ((await driver.findElements(By.css(where))).length === 0) continue;
            }
            await enter(where);
            const taken = await driver.executeScript(takeProblems);
            if (taken) {
              found.consoleErrors.push(...taken.consoleErrors);
              found.pageErrors.push(...taken.pageErrors);
            }
          } catch { /* a document going away has nothing more to say */ }
        }
      };
      const scope = (frameSelector) => ({
        run: async (fn, arg) => {
          await enter(frameSelector);
          return driver.executeScript(script(fn), arg);
        },
        click: async (selector) => {
          await enter(frameSelector);
          const element = await driver.wait(when.elementLocated(By.css(selector)), 20_000);
          await driver.wait(when.elementIsVisible(element), 20_000);
          if (frameSelector) {
            // The driver's click in a cross-site iframe misses now and then when the element is
            // below the host page's fold: bring it to the middle of the window first, in the
            // frame's document and then in the host's.
            const y = await driver.executeScript((el) => {
              el.scrollIntoView({ block: 'center' });
              const r = el.getBoundingClientRect();
              return r.top + r.height / 2;
            }, element);
            await enter(null);
            await driver.executeScript((selector, y) => {
              const frame = document.querySelector(selector);
              const top = frame.getBoundingClientRect().top + frame.clientTop;
              scrollBy(0, top + y - innerHeight / 2);
            }, frameSelector, y);
            await enter(frameSelector);
          }
          await element.click();
        },
        press: async (...keys) => {
          await enter(frameSelector);
          await driver.actions().sendKeys(...keys.map((key) => KEYS[key] ?? key)).perform();
        },
      });
      const load = async (go) => {
        await harvest();
        frames.length = 0;
        await go();
        current = null;
        await driver.executeScript(script(() => null));
      };
      return {
        ...scope(null),
        goto: (url) => load(() => driver.get(url)),
        reload: () => load(() => driver.navigate().refresh()),
        frame: async (selector) => {
          await enter(null);
          await driver.wait(when.elementLocated(By.css(selector)), 20_000);
          frames.push(selector);
          return scope(selector);
        },
        problems: async () => {
          await harvest();
          return structuredClone(found);
        },
        close: async () => {
          if (open === driver) open = null;
          try {
            await within(driver.quit(), 20_000, 'closing a WebKitWebDriver session');
          } catch (error) {
            // The next session gets a driver (and browser) that are not stuck.
            console.log(`WebKitWebDriver: ${error.message}; starting it again.`);
            await stop(driverServer.child);
            driverServer = await startDriver(xvfb.display);
          }
        },
      };
    },
    async close() {
      try { await open?.quit(); } finally {
        await stop(driverServer.child);
        await stop(xvfb.child);
      }
    },
  };
}

crossBrowserFlows(launch);
