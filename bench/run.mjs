// Benchmark: our release build (dist/) against the same questionnaire in SurveyJS (bench/surveyjs/).
// Prints figures, not a pass/fail test. Started by bench/run.sh; see bench/README.md for what is measured.
//   node bench/run.mjs [--runs N] [--cpu 1,4] [--dist DIR] [--json FILE]
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';

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
        const raw = readFileSync(path);
        files.set('/' + relative(dir, path).split('\\').join('/'), {
          raw, gz: gzipSync(raw, { level: 9 }), type: TYPES[extname(path)] ?? 'application/octet-stream',
        });
      }
    }
  };
  walk(dir);
  return files;
}

async function serve(dir) {
  const files = loadFiles(dir);
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
  const watch = (fn) => {
    const mo = new MutationObserver(() => { if (fn()) mo.disconnect(); });
    mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', cfg.questionKey] });
    return mo;
  };
  // Load: click the start button in the next task after it appears, then wait for the first answer input.
  let started = false;
  watch(() => {
    if (!started) {
      const s = document.querySelector(cfg.start);
      if (!s || !enabled(s)) return false;
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
    await servers.ours.close();
    await servers.surveyjs.close();
  }
  console.log(`  load average at the end ${os.loadavg()[0].toFixed(2)}`);
  if (JSON_OUT) writeFileSync(resolve(JSON_OUT), JSON.stringify(results, null, 1));
  report(results, servers);
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
  const lines = [[`everything the page loads ≤ 100 kB gzip (100,000 B)`, `${fmt.kB(gz)} kB`, gz <= 100_000]];
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
  console.log(table([['target', 'ours', 'met'], ...lines.map(([t, v, ok]) => [t, v, ok ? 'yes' : 'NO'])]));
}

main().catch((e) => { console.error(e); process.exit(1); });
