// Benchmark: our release build (dist/) against the same questionnaire in SurveyJS (bench/surveyjs/).
// Prints figures, not a pass/fail test. Started by bench/run.sh; see bench/README.md for what is measured.
//   node bench/run.mjs [--runs N] [--cpu 1,4] [--lighthouse N] [--only timings|lighthouse] [--dist DIR] [--json FILE]
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import * as LH from './lighthouse.mjs';

const BENCH = resolve(fileURLToPath(import.meta.url), '..');
const ROOT = resolve(BENCH, '..');

// ---- options
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const RUNS = Math.max(1, Number(opt('runs', 15)) | 0);
const CPU_RATES = opt('cpu', '1,4').split(',').map(Number);
const DIST = resolve(ROOT, opt('dist', 'dist'));
const SURVEYJS = join(BENCH, 'surveyjs');
const JSON_OUT = opt('json', null);
// Lighthouse runs per page (0: none); --only runs just one of the two parts.
const LH_RUNS = Math.max(0, Number(opt('lighthouse', 2)) | 0);
const ONLY = opt('only', null);
if (ONLY !== null && !['timings', 'lighthouse'].includes(ONLY)) throw new Error('--only takes timings or lighthouse');
const DO_TIMINGS = ONLY !== 'lighthouse';
const DO_LIGHTHOUSE = ONLY !== 'timings' && LH_RUNS > 0;
const HOST = join(BENCH, 'host');

// ---- the two pages: every app-specific selector is here
const PAGES = {
  ours: {
    name: 'ours',
    dir: DIST,
    start: '.rc-start button[type=submit]',
    question: 'section.rc-question[data-question]',
    questionKey: 'data-question',
    heading: 'h1',
    firstInput: '.rc-question .rc-options input[type=radio], .rc-question .rc-options input[type=checkbox]',
    option: 'label.rc-option',
    next: '.rc-question button[type=submit]',
    // Screens after the last question: the review (one click more), then the result.
    end: 'section.rc-review, section.rc-result',
    review: '.rc-review button.rc-primary',
    result: 'section.rc-result',
  },
  surveyjs: {
    name: 'SurveyJS',
    dir: SURVEYJS,
    start: '.sd-navigation__start-btn',
    question: '.sd-question[data-name]',
    questionKey: 'data-name',
    heading: '.sd-question__title',
    firstInput: '.sd-question input[type=radio], .sd-question input[type=checkbox]',
    option: 'label.sd-selectbase__label',
    next: '.sd-navigation__next-btn, .sd-navigation__complete-btn',
    end: '.sd-completedpage',
    review: null,
    result: '.sd-completedpage',
  },
};

// ---- static server: every file read once, gzip -9 kept in memory, gzip sent when accepted
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

function loadFiles(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        files.set('/' + relative(dir, path).split('\\').join('/'), file(path, readFileSync(path)));
      }
    }
  };
  walk(dir);
  return files;
}

const file = (path, body) => {
  const raw = Buffer.from(body);
  return { raw, gz: gzipSync(raw, { level: 9 }), type: TYPES[extname(path)] ?? 'application/octet-stream' };
};

// `dir`'s files, and `extra` ({path: text}) beside or instead of them.
async function serve(dir, extra = {}) {
  const files = dir ? loadFiles(dir) : new Map();
  for (const [path, body] of Object.entries(extra)) files.set(path, file(path, body));
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const f = files.get(path);
    if (!f) { res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found'); return; }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? f.gz : f.raw;
    const headers = { 'content-type': f.type, 'content-length': body.length, 'cache-control': 'no-store', vary: 'accept-encoding' };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, files, close: () => new Promise((ok) => server.close(ok)) };
}

// ---- in-page probe, injected before any page script; times are performance.now() (ms since navigation start)
function probe(cfg) {
  const now = () => performance.now();
  const B = (window.__rcBench = { startShown: null, startClicked: null, firstInteractive: null, firstPainted: null, transitions: [] });
  // cb(frame, painted): the time in the next frame's rAF callback, and after that frame's
  // rendering (a task queued from the rAF callback runs once the frame is painted).
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const frame = now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(frame, now());
    ch.port2.postMessage(0);
  });
  // Tells the runner by a console message, sent after the figure is taken: no polling in the page.
  const signal = (name) => console.debug(`rc-bench:${name}`);
  const enabled = (el) => !el.disabled && !el.closest('fieldset:disabled');
  // A pre-rendered start screen is in the markup before it is shown (and before the script that
  // makes an early click wait for the app has run): a click on it then would submit the form.
  const shown = (el) => !el.closest('[hidden]');
  const watch = (fn) => {
    const mo = new MutationObserver(() => { if (fn()) mo.disconnect(); });
    mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', cfg.questionKey] });
    return mo;
  };
  // Load: click the start button in the next task after it appears, then wait for the first answer input.
  let started = false;
  watch(() => {
    if (!started) {
      const s = document.querySelector(cfg.start);
      if (!s || !enabled(s) || !shown(s)) return false;
      started = true;
      B.startShown = now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { B.startClicked = now(); (document.querySelector(cfg.start) || s).click(); };
      ch.port2.postMessage(0);
      return false;
    }
    const input = document.querySelector(cfg.firstInput);
    if (!input || !enabled(input)) return false;
    B.firstInteractive = now();
    afterPaint((_, t) => { B.firstPainted = t; signal('loaded'); });
    return true;
  });
  // Answer: from the "next" click event to the frame that paints the next question's heading.
  window.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest(cfg.next)) return;
    const q = document.querySelector(cfg.question);
    if (!q) return;
    const rec = { from: q.getAttribute(cfg.questionKey), multi: !!q.querySelector('input[type=checkbox]'), t0: e.timeStamp, tHandler: now(), tDom: null, t1: null, t2: null, to: null };
    const i = B.transitions.push(rec) - 1;
    const found = (to) => {
      rec.to = to;
      rec.tDom = now();
      afterPaint((f, p) => { rec.t1 = f; rec.t2 = p; signal(`next:${i}`); });
      return true;
    };
    watch(() => {
      for (const el of document.querySelectorAll(cfg.question)) {
        const k = el.getAttribute(cfg.questionKey);
        if (k !== rec.from && el.querySelector(cfg.heading)) return found(k);
      }
      return document.querySelector(cfg.end) ? found(null) : false;
    });
  }, true);
}

// ---- one run: fresh context, cache off, optional CPU throttling
async function runOnce(browser, page, server, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.addInitScript(probe, page);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/^https?:/.test(e.request.url) && !e.request.url.endsWith('/favicon.ico')) {
      requests.set(e.requestId, { url: e.request.url, raw: 0, wire: 0, status: 0, done: false });
    }
  });
  cdp.on('Network.responseReceived', (e) => { const r = requests.get(e.requestId); if (r) r.status = e.response.status; });
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.raw += e.dataLength; });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) { r.wire = e.encodedDataLength; r.done = true; } });

  const T = 120_000;
  const seen = new Set();
  const waiting = new Map();
  tab.on('console', (m) => {
    const text = m.text();
    if (!text.startsWith('rc-bench:')) return;
    seen.add(text);
    waiting.get(text)?.();
  });
  const signal = (name) => new Promise((ok, fail) => {
    const text = `rc-bench:${name}`;
    if (seen.has(text)) return ok();
    const timer = setTimeout(() => fail(new Error(`${page.name}: no "${name}" within ${T / 1000} s`)), T);
    waiting.set(text, () => { clearTimeout(timer); ok(); });
  });
  const loaded = signal('loaded');
  await tab.goto(server.url, { waitUntil: 'commit', timeout: T });
  await loaded;

  // Answer every question with its first option.
  let key = await tab.$eval(page.question, (el, k) => el.getAttribute(k), page.questionKey);
  for (let n = 0; ; n++) {
    if (n > 300) throw new Error('more than 300 screens');
    const q = `${page.question.replace(/\[[^\]]*\]$/, '')}[${page.questionKey}="${key}"]`;
    await tab.locator(`${q} ${page.option}`).first().click({ timeout: T });
    await tab.locator(page.next).filter({ visible: true }).first().click({ timeout: T });
    await signal(`next:${n}`);
    const last = await tab.evaluate((i) => window.__rcBench.transitions[i], n);
    if (last.to === null) break;
    key = last.to;
  }
  if (page.review && (await tab.$(page.review))) await tab.locator(page.review).first().click({ timeout: T });
  await tab.waitForSelector(page.result, { timeout: T });
  await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  await tab.waitForTimeout(300);

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const probeData = await tab.evaluate(() => ({ ...window.__rcBench, nodes: document.getElementsByTagName('*').length }));
  tab.removeAllListeners('console');
  await context.close();

  const reqs = [...requests.values()];
  const single = probeData.transitions.filter((t) => t.to !== null && !t.multi);
  if (reqs.some((r) => !r.done || r.status !== 200)) {
    errors.push('request failed: ' + reqs.filter((r) => !r.done || r.status !== 200).map((r) => `${r.url} ${r.status}`).join(', '));
  }
  return {
    requests: reqs,
    requestCount: reqs.length,
    raw: reqs.reduce((a, r) => a + r.raw, 0),
    wire: reqs.reduce((a, r) => a + r.wire, 0),
    startShown: probeData.startShown,
    firstInteractive: probeData.firstInteractive,
    startToFirst: probeData.firstInteractive - probeData.startClicked,
    startBusy: probeData.startClicked - probeData.startShown,
    firstPainted: probeData.firstPainted,
    answersDom: single.map((t) => t.tDom - t.t0),
    answers: single.map((t) => t.t1 - t.t0),
    answersPainted: single.map((t) => t.t2 - t.t0),
    answersMulti: probeData.transitions.filter((t) => t.to !== null && t.multi).map((t) => t.t1 - t.t0),
    questions: probeData.transitions.length,
    transitions: probeData.transitions,
    heapUsed: heap.usedSize,
    heapBacking: heap.backingStorageSize ?? null,
    nodes: probeData.nodes,
    errors,
  };
}

// ---- statistics and printing
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null);
const fmt = {
  ms: (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1)),
  kB: (v) => (v / 1000).toFixed(1),
  MB: (v) => (v / 1e6).toFixed(2),
  n: (v) => String(Math.round(v)),
};
const cell = (s, f) => (s ? (s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`) : 'n/a');

const ANSWER = 'next click → next question\'s frame (single choice)';
const METRICS = [
  ['requests', 'requests', fmt.n, (r) => [r.requestCount]],
  ['transferred, raw (decoded bodies)', 'kB', fmt.kB, (r) => [r.raw]],
  ['transferred, gzip (on the wire)', 'kB', fmt.kB, (r) => [r.wire]],
  ['navigation → start screen shown', 'ms', fmt.ms, (r) => [r.startShown]],
  ['navigation → first question interactive', 'ms', fmt.ms, (r) => [r.firstInteractive]],
  ['  of which start shown → the click task runs (busy)', 'ms', fmt.ms, (r) => [r.startBusy]],
  ['  of which start click → first question interactive', 'ms', fmt.ms, (r) => [r.startToFirst]],
  ['next click → next question in the DOM (single choice)', 'ms', fmt.ms, (r) => r.answersDom],
  [ANSWER, 'ms', fmt.ms, (r) => r.answers],
  ['  same, until that frame is painted', 'ms', fmt.ms, (r) => r.answersPainted],
  ['  same, multiple choice (frame)', 'ms', fmt.ms, (r) => r.answersMulti],
  ['JS heap used after result, after GC', 'MB', fmt.MB, (r) => [r.heapUsed]],
  ['array buffers incl. wasm memory, after result', 'MB', fmt.MB, (r) => (r.heapBacking == null ? [] : [r.heapBacking])],
  ['DOM elements on the result screen', 'n', fmt.n, (r) => [r.nodes]],
];

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, j) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ');
    return j === 0 ? line + '\n' + widths.map((w) => '-'.repeat(w)).join('-|-') : line;
  }).join('\n');
}

function byFile(run, origin) {
  return run.requests.map((r) => `  ${r.url.replace(origin, '/').padEnd(48)} ${String(r.raw).padStart(10)} B raw ${String(r.wire).padStart(9)} B gzip`).join('\n');
}

// Names of compilers or browsers running beside the benchmark (they skew its timings on 2 cores).
function busy() {
  const names = new Set();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (/^(cargo|rustc|trunk|wasm-opt|wasm-bindgen.*)$/.test(comm)) names.add(comm);
    } catch {}
  }
  return [...names];
}

// ---- main
async function main() {
  for (const p of Object.values(PAGES)) {
    if (!existsSync(join(p.dir, 'index.html'))) throw new Error(`${p.dir}/index.html missing (run bench/run.sh)`);
  }
  if (!existsSync(join(SURVEYJS, 'vendor/survey.core.min.js'))) throw new Error('bench/surveyjs/vendor/ missing (run bench/run.sh)');
  const servers = { ours: await serve(PAGES.ours.dir), surveyjs: await serve(PAGES.surveyjs.dir) };
  let results = {};
  try {
    if (DO_TIMINGS) results = await timings(servers);
  } finally {
    await servers.ours.close();
    await servers.surveyjs.close();
  }
  const lighthouse = DO_LIGHTHOUSE ? await lighthouseRows() : null;
  if (JSON_OUT) writeFileSync(resolve(JSON_OUT), JSON.stringify(lighthouse ? { ...results, lighthouse } : results, null, 1));
  if (DO_TIMINGS) report(results, servers);
  if (lighthouse) reportLighthouse(lighthouse);
}

// ---- Lighthouse (issue 24): six pages, five of them twice, see bench/lighthouse.mjs
const APPLIED_FACTOR = Math.max(...LH.ROWS.map((r) => r.runsFactor ?? 1));
async function lighthouseRows() {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const still = LH.staticPage(index);
  // The static page is served beside dist/ (same origin: the CSS's relative URL works
  // unchanged).
  const app = await serve(DIST, { '/static.html': still.html });
  let staticFrom = 'the pre-rendered start screen in dist/index.html, shown';
  if (!still.prerendered) {
    // A build without a pre-rendered start screen: the start screen as the app renders it.
    staticFrom = 'the start screen as the app renders it (dist/index.html has no pre-rendered one), inlined';
    app.files.set('/static.html', file('/static.html', LH.withStartScreen(still.html, await LH.renderStartScreen(app.url))));
  }
  const surveyjs = await serve(SURVEYJS);
  // The host page on an origin of its own (another port), as a consultancy's site is.
  const pages = LH.hostPages(readFileSync(join(HOST, 'index.html'), 'utf8'), app.url);
  const host = await serve(null, { '/index.html': pages.withSnippet, '/without.html': pages.without, '/after-load.html': pages.afterLoad });
  const urls = {
    ours: app.url, surveyjs: surveyjs.url, static: app.url + 'static.html',
    hostBare: host.url + 'without.html', hostSnippet: host.url,
    oursApplied: app.url, staticApplied: app.url + 'static.html',
    hostBareApplied: host.url + 'without.html', hostSnippetApplied: host.url,
    hostAfterLoad: host.url + 'after-load.html', hostAfterLoadApplied: host.url + 'after-load.html',
  };
  console.log(`Lighthouse: ${LH_RUNS} runs per page (applied throttling: ${LH_RUNS * APPLIED_FACTOR}), ${LH.ROWS.length} pages; static limit: ${staticFrom}; load average ${os.loadavg()[0].toFixed(2)}`);
  if (busy().length) console.log(`  note: ${busy().join(', ')} running beside the benchmark: timings are noisy`);
  let runs;
  try {
    runs = await LH.measure(urls, LH_RUNS, (line) => console.log(line));
  } finally {
    await app.close();
    await surveyjs.close();
    await host.close();
  }
  const medians = {};
  for (const { key } of LH.ROWS) {
    medians[key] = {};
    for (const m of ['lcp', 'tti', 'tbt', 'bytes', 'fcp', 'speedIndex', 'cls']) {
      medians[key][m] = stat(runs[key].map((r) => r[m]).filter((v) => v !== null));
    }
    medians[key].requests = stat(runs[key].map((r) => r.requests.length));
  }
  const first = runs.ours[0];
  return {
    lighthouseVersion: first.lighthouseVersion, userAgent: first.userAgent, runs: LH_RUNS,
    staticFrom, urls, appOrigin: new URL(app.url).origin, medians, pages: runs,
  };
}

function reportLighthouse(lh) {
  const M = lh.medians;
  console.log(`\nLighthouse ${lh.lighthouseVersion}, default mobile configuration (slow 4G, 4x CPU slowdown; simulated unless said), ${lh.runs} runs each (applied throttling: ${lh.runs * APPLIED_FACTOR}): median (min–max)`);
  const rows = [['page', 'LCP ms', 'TTI ms', 'TBT ms', 'bytes kB', 'requests']];
  for (const { key, name } of LH.ROWS) {
    const m = M[key];
    rows.push([name, cell(m.lcp, fmt.n), cell(m.tti, fmt.n), cell(m.tbt, fmt.n), cell(m.bytes, fmt.kB), cell(m.requests, fmt.n)]);
  }
  console.log(table(rows));
  // What the snippet made the host page load from the app's site (the rest is the page's own).
  const fromApp = lh.pages.hostSnippet[0].requests.filter((r) => r.url.startsWith(lh.appOrigin + '/'));
  console.log(`host page with snippet, from the app's origin (first run): ${fromApp.map((r) => `${r.url.slice(lh.appOrigin.length)} ${r.transferSize} B`).join(', ') || 'nothing'}`);
  const snippetTasks = ['hostSnippet', 'hostSnippetApplied', 'hostAfterLoad', 'hostAfterLoadApplied'].flatMap((k) => lh.pages[k].flatMap((r) => r.longTasks)).filter((t) => /\/embed\.js\b/.test(t.url));
  console.log(`long tasks attributed to embed.js, all host runs: ${snippetTasks.length ? snippetTasks.map((t) => `${fmt.n(t.duration)} ms`).join(', ') : 'none'}`);

  const ratio = (a, b) => (a && b && b.median ? a.median / b.median : null);
  const line = (target, a, b, limit, f, unit) => {
    const r = ratio(a, b);
    return [target, `${a ? f(a.median) : 'n/a'} / ${b ? f(b.median) : 'n/a'} ${unit}`, r === null ? 'n/a' : r.toFixed(2), r === null ? 'n/a' : r <= limit ? 'yes' : 'NO'];
  };
  // Unchanged within noise: the difference of the medians is within the larger spread (max − min)
  // of the two rows' runs, and at least within `floor` (Lighthouse's own run-to-run variation
  // for a page that does not change).
  const same = (target, a, b, floor) => {
    if (!a || !b) return [target, 'n/a', 'n/a', 'n/a'];
    const diff = a.median - b.median;
    const noise = Math.max(a.max - a.min, b.max - b.min, floor);
    return [target, `${fmt.n(a.median)} with, ${fmt.n(b.median)} without ms`, `${diff >= 0 ? '+' : ''}${fmt.n(diff)} ms (noise ±${fmt.n(noise)})`, Math.abs(diff) <= noise ? 'yes' : 'NO'];
  };
  const lcpFloor = M.hostBare.lcp ? Math.max(50, 0.05 * M.hostBare.lcp.median) : 50;
  console.log('\nTargets (issue 24, informational):');
  console.log(table([
    ['target', 'figures', 'ratio / difference', 'met'],
    line('LCP ours / static limit ≤ 1.15', M.ours.lcp, M.static.lcp, 1.15, fmt.n, 'ms'),
    line('  same, applied throttling', M.oursApplied.lcp, M.staticApplied.lcp, 1.15, fmt.n, 'ms'),
    line('TTI ours / SurveyJS ≤ 0.45', M.ours.tti, M.surveyjs.tti, 0.45, fmt.n, 'ms'),
    line('bytes ours / SurveyJS ≤ 0.40', M.ours.bytes, M.surveyjs.bytes, 0.40, fmt.kB, 'kB'),
    same('host page LCP with snippet = without (within noise)', M.hostSnippet.lcp, M.hostBare.lcp, lcpFloor),
    same('host page TBT with snippet = without (within noise)', M.hostSnippet.tbt, M.hostBare.tbt, 10),
    same('  same, LCP, applied throttling', M.hostSnippetApplied.lcp, M.hostBareApplied.lcp, lcpFloor),
    same('  same, TBT, applied throttling', M.hostSnippetApplied.tbt, M.hostBareApplied.tbt, 10),
    same('host page LCP with snippet after load = without', M.hostAfterLoad.lcp, M.hostBare.lcp, lcpFloor),
    same('host page TBT with snippet after load = without', M.hostAfterLoad.tbt, M.hostBare.tbt, 10),
    same('  same, LCP, applied throttling', M.hostAfterLoadApplied.lcp, M.hostBareApplied.lcp, lcpFloor),
  ]));
  console.log('  (simulated LCP counts every request that ends before the page\'s LCP as delaying it, the async embed.js among them; applied throttling is a real slowed-down load: see bench/README.md)');
}

async function timings(servers) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  console.log(`bench: ${RUNS} runs per page and CPU setting, Chromium ${browser.version()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
  if (busy().length) console.log(`  note: ${busy().join(', ')} running beside the benchmark: timings are noisy`);
  const results = {};
  try {
    for (const rate of CPU_RATES) {
      results[rate] = { ours: [], surveyjs: [] };
      // One discarded warm-up load each, then alternate which page goes first.
      for (const k of ['ours', 'surveyjs']) await runOnce(browser, PAGES[k], servers[k], rate);
      for (let i = 0; i < RUNS; i++) {
        const order = i % 2 ? ['surveyjs', 'ours'] : ['ours', 'surveyjs'];
        for (const k of order) {
          const r = await runOnce(browser, PAGES[k], servers[k], rate);
          if (r.errors.length) console.log(`  ${k} ${rate}x run ${i + 1}: ${r.errors.join('; ')}`);
          results[rate][k].push(r);
        }
        if (process.stdout.isTTY) process.stdout.write(`\r  CPU ${rate}x: run ${i + 1}/${RUNS}`);
      }
      console.log(`${process.stdout.isTTY ? '\r' : ''}  CPU ${rate}x: ${RUNS} runs done`);
    }
  } finally {
    await browser.close();
  }
  console.log(`  load average at the end ${os.loadavg()[0].toFixed(2)}`);
  return results;
}

function report(results, servers) {
  const summary = {};
  for (const rate of CPU_RATES) {
    const rows = [['metric', 'unit', 'ours median (min–max)', 'SurveyJS median (min–max)', 'ours/SurveyJS']];
    summary[rate] = {};
    for (const [name, unit, f, pick] of METRICS) {
      const a = stat(results[rate].ours.flatMap(pick));
      const b = stat(results[rate].surveyjs.flatMap(pick));
      summary[rate][name] = { ours: a, surveyjs: b };
      if (!a && !b) continue;
      rows.push([name, unit, cell(a, f), cell(b, f), a && b && b.median ? (a.median / b.median).toFixed(2) : 'n/a']);
    }
    console.log(`\nCPU ${rate === 1 ? 'unthrottled (1x)' : `throttled ${rate}x`}, ${RUNS} runs each (answers: every answer of every run)`);
    console.log(table(rows));
  }

  const first = (k) => results[CPU_RATES[0]][k][0];
  console.log('\nWhat the pages load (first measured run):');
  for (const k of ['ours', 'surveyjs']) {
    console.log(`${PAGES[k].name}:`);
    console.log(byFile(first(k), servers[k].url));
  }

  const s1 = summary[CPU_RATES[0]];
  const gz = s1['transferred, gzip (on the wire)'].ours.median;
  // Issue 8's size target is withdrawn (issue 24 compares bytes with SurveyJS in the Lighthouse
  // rows instead); the figure stays for reference.
  const lines = [[`everything the page loads (issue 8's 100 kB target: withdrawn)`, `${fmt.kB(gz)} kB`, null]];
  for (const rate of CPU_RATES) {
    const fi = summary[rate]['navigation → first question interactive'];
    if (fi.ours && fi.surveyjs) {
      lines.push([`first question interactive ≤ ½ SurveyJS's time (CPU ${rate}x)`,
        `${fmt.ms(fi.ours.median)} vs ${fmt.ms(fi.surveyjs.median)} ms, ratio ${(fi.ours.median / fi.surveyjs.median).toFixed(2)}`,
        fi.ours.median <= fi.surveyjs.median / 2]);
    }
    const ans = summary[rate][ANSWER].ours;
    if (ans) lines.push([`answer → next question painted ≤ 16 ms median (CPU ${rate}x)`, `${fmt.ms(ans.median)} ms`, ans.median <= 16]);
  }
  console.log('\nTargets (informational):');
  console.log(table([['target', 'ours', 'met'], ...lines.map(([t, v, ok]) => [t, v, ok === null ? '–' : ok ? 'yes' : 'NO'])]));
}

main().catch((e) => { console.error(e); process.exit(1); });
