// The release build's fallback: when the standard library rebuild cannot run (another compiler,
// a changed flag), scripts/build.sh builds a plain release and warns. The test command builds
// with the rebuild broken on purpose (RELEASE_STD_REBUILD=broken) into dist-fallback/ and hands
// this test the build's output; the page it made must start like the real one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openPage, serve, waitForApp } from '../e2e/harness.mjs';

const DIST = join(ROOT, 'dist-fallback');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a failed standard library rebuild is warned about, and the plain build is made', () => {
  const log = readFileSync(process.env.FALLBACK_LOG ?? join(ROOT, 'target/fallback-build.log'), 'utf8');
  assert.match(log, /WARNING: the release build with the rebuilt standard library failed/);
  assert.match(log, /WARNING: dist built without the standard library rebuild/);
  const files = readdirSync(DIST);
  assert.ok(files.includes('index.html'), files.join(' '));
  assert.ok(files.some((f) => f.endsWith('.wasm')), files.join(' '));
  assert.ok(files.includes('readiness-check.html'), 'the single file too');
});

test('the plain build starts and answers like the real one', async () => {
  const { page, context, problems } = await openPage(browser, { origin: server.origin });
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.textContent('.rc-app h1'), 'Social-Media-Readiness-Check');
  await page.click('.rc-start button[type=submit]');
  await page.waitForSelector('.rc-question');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
