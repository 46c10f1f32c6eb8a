// The Lighthouse rows of the benchmark (issue 24), run by bench/run.mjs: Lighthouse 12's default
// mobile configuration (simulated slow 4G, 4x CPU slowdown, Moto G Power-sized screen) on six
// pages, every one served by run.mjs's gzip server:
//   ours       dist/index.html, the start screen
//   SurveyJS   bench/surveyjs/index.html
//   static     the start screen as plain HTML with our CSS and no script: the limit for ours
//   host       bench/host/index.html without the snippet, from another origin than the app
//   host+snip  the same page with the snippet (far down the page)
//   host+after the same page with the snippet that loads embed.js after the page
// and ours, the static limit and the three host pages again with applied throttling (DevTools
// network and CPU throttling, a real slowed-down load): Lighthouse's simulation counts every
// request that ends before the LCP as delaying it (an async script from another site), which
// a browser does not wait for to paint.
// See bench/README.md for what each figure is and the targets.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// German, as the static page is: ours picks its language from navigator.languages, which
// headless Chromium takes from --accept-lang (--lang alone leaves it en-US).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=de-DE', '--accept-lang=de-DE,de'];

export const ROWS = [
  { key: 'ours', name: 'ours (dist/, start screen)' },
  { key: 'surveyjs', name: 'SurveyJS' },
  { key: 'static', name: 'static limit (start screen, no script)' },
  { key: 'hostBare', name: 'host page without snippet' },
  { key: 'hostSnippet', name: 'host page with snippet' },
  { key: 'hostAfterLoad', name: 'host page with snippet after load' },
  // A real load varies more from run to run than the simulation (by 100 ms and more on the host
  // page's LCP on 2 busy cores), and takes a few seconds: three times the runs.
  { key: 'oursApplied', name: 'ours, applied throttling', throttlingMethod: 'devtools', runsFactor: 3 },
  { key: 'staticApplied', name: 'static limit, applied throttling', throttlingMethod: 'devtools', runsFactor: 3 },
  { key: 'hostBareApplied', name: 'host page without snippet, applied throttling', throttlingMethod: 'devtools', runsFactor: 3 },
  { key: 'hostSnippetApplied', name: 'host page with snippet, applied throttling', throttlingMethod: 'devtools', runsFactor: 3 },
  { key: 'hostAfterLoadApplied', name: 'host page with snippet after load, applied throttling', throttlingMethod: 'devtools', runsFactor: 3 },
];

// ---- the static limit

// Attributes of an opening tag, as [name, whole "name=value" text] (quoted or not, minified HTML).
const attrsOf = (tag) => [...tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '')
  .matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)]
  .map((m) => ({ name: m[1].toLowerCase(), value: m[2]?.replace(/^["']|["']$/g, '') ?? '', text: m[0] }));
const OPEN_TAG = /<([a-z][\w-]*)\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
// The app's element: <main id=readiness-check …>…</main>.
const MAIN = /<main\b(?:"[^"]*"|'[^']*'|[^'">])*\bid=["']?readiness-check\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/main\s*>/i;

/**
 * dist/index.html as a page without any script: every <script> element and every
 * <link rel=modulepreload|preload> removed, the stylesheet start.js brings linked, and the
 * pre-rendered start screen the build hides until the boot script reveals it (elements of class
 * rc-pre with a `hidden` attribute) shown.
 * `prerendered` says whether the start screen is in the markup at all; without it the caller
 * inserts a rendered one (withStartScreen).
 */
export function staticPage(indexHtml) {
  let html = indexHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = attrsOf(tag).find((a) => a.name === 'rel')?.value.toLowerCase().split(/\s+/) ?? [];
    return rel.includes('modulepreload') || rel.includes('preload') ? '' : tag;
  });
  html = html.replace(OPEN_TAG, (tag) => {
    const attrs = attrsOf(tag);
    const classes = attrs.find((a) => a.name === 'class')?.value.split(/\s+/) ?? [];
    if (!classes.includes('rc-pre') || !attrs.some((a) => a.name === 'hidden')) return tag;
    const name = tag.match(/^<([\w-]+)/)[1];
    return `<${name}${attrs.filter((a) => a.name !== 'hidden').map((a) => ' ' + a.text).join('')}>`;
  });
  const main = html.match(MAIN)?.[0] ?? '';
  // Our start.js brings the stylesheet (named on <main>); the static page links it, as a
  // plain page would.
  const css = main.match(/^<main\b[^>]*\bdata-rc-css=["']?([^"'\s>]+)/i)?.[1];
  const linked = [...html.matchAll(/<link\b[^>]*>/gi)].some(([tag]) => attrsOf(tag).some((a) => a.name === 'rel' && a.value.toLowerCase() === 'stylesheet'));
  if (css && !linked) html = html.replace(/<\/head\s*>|<body\b/i, (at) => `<link rel=stylesheet href="${css}">${at}`);
  return { html, prerendered: /\brc-start\b/.test(main) };
}

/** The static page with `mainHtml` (a rendered #readiness-check) in place of the app's element. */
export function withStartScreen(html, mainHtml) {
  if (MAIN.test(html)) return html.replace(MAIN, () => mainHtml);
  return html.replace(/<\/body\s*>|$/i, (end) => mainHtml + end);
}

/**
 * The start screen as our app renders it: #readiness-check's outerHTML once `.rc-start` is
 * there, in Chromium with the language Lighthouse's Chromium has.
 */
export async function renderStartScreen(url) {
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('.rc-start', { timeout: 60_000 });
    return await page.evaluate(() => document.getElementById('readiness-check').outerHTML);
  } finally {
    await browser.close();
  }
}

// ---- the host page

/**
 * The snippet that asks for embed.js only once the page has loaded and painted, as
 * examples/host/after-load.html has it (the guide shows the same: tests/e2e/lazy.test.mjs), with
 * the plain snippet's `src` and `data-` options.
 */
const AFTER_LOAD_EXAMPLE = new URL('../examples/host/after-load.html', import.meta.url);
export function afterLoadSnippet(tag) {
  const example = readFileSync(AFTER_LOAD_EXAMPLE, 'utf8').match(/<script\b[^>]*>(\s*\(function \(snippet\)[\s\S]*?)<\/script>/);
  if (!example || !example[1].includes("'APP/embed.js'")) throw new Error('examples/host/after-load.html: no loader script found');
  const attrs = attrsOf(tag.replace(/<\/script\s*>\s*$/i, '').trim());
  const src = attrs.find((a) => a.name === 'src')?.value;
  const data = attrs.filter((a) => a.name.startsWith('data-')).map((a) => ' ' + a.text).join('');
  return `<script${data}>${example[1].replace("'APP/embed.js'", () => JSON.stringify(src))}</script>\n`;
}

/**
 * bench/host/index.html with the app's address in: with the snippet, without it, and with the
 * snippet that loads after the page.
 */
export function hostPages(template, appUrl) {
  const withSnippet = template.replaceAll('APP/', appUrl);
  const snippet = /[ \t]*<script\b[^>]*\bembed\.js\b[^>]*>\s*<\/script\s*>\n?/gi;
  if ((withSnippet.match(snippet) ?? []).length !== 1) throw new Error('bench/host/index.html: expected one embed.js <script> tag');
  return {
    withSnippet,
    without: withSnippet.replace(snippet, ''),
    afterLoad: withSnippet.replace(snippet, (tag) => afterLoadSnippet(tag)),
  };
}

// ---- running Lighthouse

function figures(lhr) {
  const a = lhr.audits;
  const num = (id) => (typeof a[id]?.numericValue === 'number' ? a[id].numericValue : null);
  return {
    lcp: num('largest-contentful-paint'),
    tti: num('interactive'),
    tbt: num('total-blocking-time'),
    bytes: num('total-byte-weight'),
    fcp: num('first-contentful-paint'),
    speedIndex: num('speed-index'),
    cls: num('cumulative-layout-shift'),
    score: lhr.categories.performance?.score ?? null,
    requests: (a['network-requests']?.details?.items ?? []).map((r) => ({ url: r.url, transferSize: r.transferSize, resourceType: r.resourceType })),
    lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    // Main-thread tasks over 50 ms (simulated: scaled by the CPU slowdown), with the script
    // they are attributed to.
    longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, duration: t.duration, startTime: t.startTime })),
    warnings: lhr.runWarnings ?? [],
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent ?? null,
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

/**
 * `runs` Lighthouse runs of every row of ROWS (times its runsFactor), `urls` ({key: url}) saying
 * where each page is, in one Chromium, the order of the pages rotating from round to round. One
 * discarded warm-up run first (a fresh browser's first page is slower). Returns {key: [figures
 * of each run]}.
 */
export async function measure(urls, runs, log = () => {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const flags = {
    port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
    // The full-page screenshot makes the page as tall as its content after the trace, which
    // would load the lazy snippet; no figure needs it.
    disableFullPageScreenshot: true,
  };
  const rows = Object.fromEntries(ROWS.map((r) => [r.key, r]));
  const keys = ROWS.map((r) => r.key);
  const out = Object.fromEntries(keys.map((k) => [k, []]));
  try {
    await lighthouse(urls[keys[0]], flags);
    const rounds = Math.max(...ROWS.map((r) => runs * (r.runsFactor ?? 1)));
    for (let i = 0; i < rounds; i++) {
      const due = keys.filter((k) => i < runs * (rows[k].runsFactor ?? 1));
      const order = due.map((_, j) => due[(i + j) % due.length]);
      for (const k of order) {
        const result = await lighthouse(urls[k], { ...flags, throttlingMethod: rows[k].throttlingMethod ?? 'simulate' });
        const f = figures(result.lhr);
        if (f.runtimeError) log(`  lighthouse ${k} run ${i + 1}: ${f.runtimeError}`);
        out[k].push(f);
      }
      log(`  Lighthouse: round ${i + 1}/${rounds} (${due.length} pages) done`);
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
