// Shared by the end-to-end tests: a static server for dist/ and a headless Chromium that
// records what a user would not want: console errors, page errors, requests to other origins.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
// E2E_DIST points the tests at another build (a clean clone's, say) than this checkout's dist/.
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests/e2e/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on 127.0.0.1 under `base` (e.g. "/" or "/tools/check/"), with extra `headers`
 * on every response. Other paths answer 404. `seen` is told every path asked for; a request
 * `hold` returns true for is never answered.
 */
export async function serve(dir = DIST, { base = '/', headers = {}, hold = () => false, seen = () => {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    seen(path);
    // A network that connects but never answers.
    if (hold(req)) return;
    if (!path.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh context and page that record console errors, uncaught errors and every request
 * that leaves `origin`.
 */
export async function openPage(browser, { origin, viewport = { width: 1280, height: 900 }, locale = 'de-DE', ...options } = {}) {
  const context = await browser.newContext({ viewport, locale, ...options });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (origin && !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreignRequests.push(url);
    }
  });
  return { context, page, problems };
}

/** Waits until the app has rendered its first screen. */
export async function waitForApp(page) {
  // The running app, not the start screen the page shows before it (.rc-pre).
  await page.waitForSelector('.rc-app:not(.rc-pre .rc-app) h1', { timeout: 30_000 });
}

/**
 * Presses the language button and waits until the page is in that language: its texts are
 * fetched first (the page loads only the language shown).
 */
export async function switchLanguage(page, lang) {
  await page.click(`.rc-langs button[lang=${lang}]`);
  await page.waitForSelector(`.rc-langs button[lang=${lang}][aria-pressed=true]`);
  await page.waitForFunction((code) => document.documentElement.lang === code || !document.documentElement.hasAttribute('data-readiness-check'), lang);
}

/**
 * Reads `read()` at every animation frame of `page` until `ok(value)` holds or `timeout` ms
 * have passed, and returns the last value read: the caller asserts on it, so a condition that
 * never comes fails there, with the caller's message.
 */
export async function settled(page, read, ok, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => next())));
  }
}

/**
 * Resolves once every message posted to `page`'s window before the call has been delivered
 * (message events arrive in the order they were posted).
 */
export async function messagesDelivered(page) {
  await page.evaluate(() => new Promise((done) => {
    const token = `e2e-sentinel-${Math.random()}`;
    addEventListener('message', function heard(e) {
      if (e.data === token) { removeEventListener('message', heard); done(); }
    });
    postMessage(token, '*');
  }));
}

/**
 * Serves the example host pages of examples/host/ with APP replaced by the app's address, and
 * extra `headers` on every page.
 */
export async function serveHostPages(appUrl, { headers = {} } = {}) {
  const dir = join(ROOT, 'examples/host');
  const server = createServer(async (req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1) || 'plain.html';
    // A host page has no icon; the browser's own request for one is no error of the widget's.
    if (name === 'favicon.ico') { res.writeHead(204).end(); return; }
    if (!/^[a-z-]+\.html$/.test(name)) { res.writeHead(404).end(); return; }
    try {
      const page = (await readFile(join(dir, name), 'utf8')).replaceAll('APP/', appUrl);
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers }).end(page);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + '/', appUrl, close: () => new Promise((ok) => server.close(ok)) };
}

/** The Content-Security-Policy the README documents for the app's own pages. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
