// Trunk post-build hook (runs in Trunk's staging folder before dist/ is replaced):
// 1. moves the inline module loader Trunk writes into index.html to start.js, so the page runs
//    under a Content-Security-Policy without 'unsafe-inline' or per-build hashes, and puts the
//    stylesheet in it too (the page's only request before its first paint);
// 2. shortens the names between the wasm and its glue, and minifies the glue (and the loader,
//    the snippet and the service worker);
// 3. writes sw.js, a service worker that precaches this build, and registers it from start.js;
// 4. writes readiness-check.html: the whole app in one file (CSS, JS and the wasm as base64),
//    which runs when opened straight from disk (file://), with no fetch at all;
// 5. (before 3, so the service worker keeps them) writes each language's texts to a file of its
//    own, named by its hash, and puts the start screen the app's components rendered at build
//    time (src/bin/prerender.rs, run by scripts/prerender.sh as Trunk's pre-build hook) into
//    index.html, which start.js (web/boot.js, after the styles) shows: the page paints it before
//    the wasm comes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { shortenNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SINGLE_FILE = 'readiness-check.html';
const read = (name) => readFileSync(join(dir, name));
const indexPath = join(dir, 'index.html');
const trunkHtml = readFileSync(indexPath, 'utf8');

// 1. The loader, to a file.
// Quoted or not: a release build's index.html is minified.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = trunkHtml.match(inline);
if (!loader) throw new Error('no inline module loader found in index.html');
const registerWorker = `
// Offline after the first visit (not from disk: file:// has no service workers). A page that
// requires Trusted Types gets the worker's URL through a policy; a sandboxed frame or a host's
// policy list can still refuse it, and then the check simply runs online.
// Registered once the page is idle: its precaching never competes with the first screens.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const unavailable = (error) => console.warn('readiness-check: offline mode unavailable', error);
  const register = () => {
    try {
      const policy = self.trustedTypes?.createPolicy('readiness-check-sw', { createScriptURL: (url) => url });
      navigator.serviceWorker.register(policy ? policy.createScriptURL('./sw.js') : './sw.js').catch(unavailable);
    } catch (error) {
      unavailable(error);
    }
  };
  (self.requestIdleCallback ?? ((then) => setTimeout(then, 1000)))(register, { timeout: 3000 });
}
`;
// Minified, as everything the page and a host page load (the comments stay in the sources).
const minify = (code, options = {}) => transformSync(code, { minify: true, target: 'es2020', ...options }).code;
if (!/import\s+init\s*,\s*\*\s*as\s+bindings\s+from\s+'\.\/[^']+';/.test(loader[1])) throw new Error(`Trunk's loader changed: ${loader[1]}`);
// The loader awaits at the top level (a module's, which every browser with wasm has). While the
// pre-rendered start screen is shown, it fetches the app's code only once that screen has been
// painted (the first contentful paint): on a slow line the screen then does not share the line
// with the wasm. A hidden tab paints nothing and a frame out of view may paint late: they wait
// one second at most. With no screen shown (the app decides what to show) it does not wait. With
// the code, the texts of the language the boot script chose (web/boot.js).
const deferredLoader = (glueName, wasmName) => `
const startScreen = document.querySelector('#readiness-check .rc-pre:not([hidden])');
if (startScreen && document.visibilityState !== 'hidden') await Promise.race([
  new Promise((painted) => {
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); painted(); }
      }).observe({ type: 'paint', buffered: true });
    } catch (error) { painted(); }
  }),
  new Promise((late) => setTimeout(late, 1000)),
]);
const main = document.getElementById('readiness-check');
const texts = main && main.getAttribute('data-rc-texts-' + main.getAttribute('data-rc-lang'));
if (texts) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = texts;
  document.head.appendChild(link);
}
// The wasm's request goes out beside the glue's, not after it (one round trip less).
const code = fetch('./${wasmName}');
const bindings = await import('./${glueName}');
const wasm = await bindings.default({ module_or_path: code });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
// The snippet's usage comment stays in embed/embed.js; a minifier would escape its </script>.
writeFileSync(join(dir, 'embed.js'), minify(read('embed.js').toString('utf8'), {
  legalComments: 'none',
  banner: '/* Social Media Readiness Check: the embed snippet. Usage: see embed/embed.js or the README. */',
}));
let html = trunkHtml.replace(inline, () => '<script type="module" src="./start.js"></script>');

// A <link> tag of index.html by its rel, with its href (attributes in any order, quoted or not).
const linkTag = (rel) => {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const attrs = Object.fromEntries([...tag.matchAll(/([\w-]+)=("[^"]*"|'[^']*'|[^\s>]+)/g)]
      .map(([, key, value]) => [key, value.replace(/^["']|["']$/g, '')]));
    if (attrs.rel === rel) return { tag, name: attrs.href.replace(/^\.\//, '') };
  }
  throw new Error(`no <link rel=${rel}> in index.html`);
};
const [cssName, jsName, wasmName] = ['stylesheet', 'modulepreload', 'preload'].map((rel) => linkTag(rel).name);
// The stylesheet travels inside start.js, adopted as a constructed sheet (the CSS object model,
// which no Content-Security-Policy restricts): the first paint then waits for one request besides
// the page, not two. Over HTTP/1.1 the second would open a connection of its own, a round trip
// more on a phone line. A browser without constructed sheets (Safari before 16.4) gets the file
// by a <link> and is not shown the pre-rendered screen (web/boot.js), so nothing shows unstyled.
const sheetPrelude = (css, href) => `
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(css)});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch (error) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = './${href}';
  document.head.appendChild(link);
  document.getElementById('readiness-check')?.setAttribute('data-rc-unstyled', '');
}
`;
// First the stylesheet, then the boot script (web/boot.js: shows the pre-rendered start screen),
// then the loader: one file.
const bootSource = readFileSync(join(root, 'web/boot.js'), 'utf8');
const css = read(cssName).toString('utf8');
writeFileSync(join(dir, 'start.js'), minify(sheetPrelude(css, cssName) + '\n' + bootSource + '\n' + deferredLoader(jsName, wasmName) + '\n' + registerWorker, { format: 'esm', target: 'es2022' }));

// 2. The wasm and its wasm-bindgen glue with short names between them (scripts/short-names.mjs,
// 5.7 KB gzipped less), the glue minified (Trunk's own JS minifier cannot parse it), their
// names updated. The single file below inlines the glue unminified.
const glueExport = 'export { initSync, __wbg_init as default };';
let glue = read(jsName).toString('utf8');
if (!glue.includes(glueExport)) throw new Error('the wasm-bindgen glue does not end as expected');
// (Their preload links, and the integrity hashes on them, leave index.html below.)
const short = shortenNames(read(wasmName), glue);
glue = short.renameGlue(glue);
const minified = minify(glue, { format: 'esm' });
// Their names carry Trunk's hash of what it wrote; the hash of what is served replaces it, so a
// cache never pairs this wasm with a glue whose names were shortened by another build.
const trunkName = jsName.match(/^(.*-)([0-9a-f]+)\.js$/);
if (!trunkName || wasmName !== `${trunkName[1]}${trunkName[2]}_bg.wasm`) throw new Error(`unexpected names ${jsName}, ${wasmName}`);
const [, stem, trunkHash] = trunkName;
const servedHash = createHash('sha256').update(short.wasm).update(minified).digest('hex').slice(0, trunkHash.length);
// A file's name, or a text naming the files.
const served = (text) => text.replaceAll(stem + trunkHash, stem + servedHash);
for (const [name, bytes] of [[jsName, minified], [wasmName, short.wasm]]) {
  unlinkSync(join(dir, name));
  writeFileSync(join(dir, served(name)), bytes);
}
html = served(html);
const startPath = join(dir, 'start.js');
writeFileSync(startPath, served(readFileSync(startPath, 'utf8')));

// 5. The texts, one file a language, and the pre-rendered start screen.
const langs = ['de', 'en'];
const textsFiles = {};
for (const lang of langs) {
  const json = JSON.stringify(JSON.parse(readFileSync(join(root, `texts/${lang}.json`), 'utf8')));
  const name = `texts-${lang}-${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  writeFileSync(join(dir, name), json);
  textsFiles[lang] = { name, json };
}
const prerendered = (lang) => {
  const file = join(root, 'target/prerender', `start-${lang}.html`);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} is missing: scripts/prerender.sh (Trunk's pre-build hook) writes it`);
  }
};
// On the page the boot script is part of start.js, after the styles (a module: it runs once the
// page is parsed; a strict Content-Security-Policy runs it); the single file has it inline.
const boot = minify(bootSource);
if (boot.includes('</script')) throw new Error('cannot inline web/boot.js: closing tag inside');
const mainTag = /<main\b[^>]*\bid="?readiness-check"?[^>]*>/;
const mainClose = '</main>';
if (!mainTag.test(html) || !html.includes(mainClose)) throw new Error('no <main id=readiness-check> in index.html');
// The other languages wait in <template>s: inert, so no id is in the page twice.
const startScreens = `<div class=rc-pre hidden>${prerendered('de')}</div>` +
  langs.slice(1).map((lang) => `<template id=rc-pre-${lang}>${prerendered(lang)}</template>`).join('');
const withStart = (page, textsUrl, bootTag, names = {}) => page
  .replace(mainTag, (tag) => tag.replace(/>$/, [
    ...langs.map((lang) => ` data-rc-texts-${lang}="${textsUrl(lang)}"`),
    ...Object.entries(names).map(([what, name]) => ` data-rc-${what}="./${name}"`),
  ].join('') + '>'))
  .replace(mainClose, () => `${startScreens}${mainClose}${bootTag}`);
const pageWithoutStart = html;
// No preload of the glue and the wasm in <head>: start.js fetches them once the first frame is
// painted. No stylesheet link either: start.js brings the styles. <main> names the three files
// for the snippet's inline mode.
const [cssTag, glueLink, wasmLink] = ['stylesheet', 'modulepreload', 'preload'].map(linkTag);
html = withStart(html.replace(cssTag.tag, '').replace(glueLink.tag, '').replace(wasmLink.tag, ''), (lang) => `./${textsFiles[lang].name}`,
  '', { css: cssTag.name, glue: glueLink.name, wasm: wasmLink.name });
writeFileSync(indexPath, html);

// 3. The service worker, with this build's files.
const files = readdirSync(dir).filter((f) => f !== 'sw.js' && f !== SINGLE_FILE).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(read(f));
const worker = readFileSync(join(root, 'web/sw.js'), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(files));
writeFileSync(join(dir, 'sw.js'), minify(worker));

// 4. The single file.
glue = glue.replace(glueExport, '');
if (glue.includes('</script') || css.includes('</style')) throw new Error('cannot inline: closing tag inside');
const wasm = short.wasm.toString('base64');
// One file holds both languages, as data: addresses the app fetches like files.
const single = withStart(pageWithoutStart, (lang) => `data:application/json;base64,${Buffer.from(textsFiles[lang].json).toString('base64')}`, `<script>${boot}</script>`)
  .replace(cssTag.tag, () => `<style>${css}</style>`)
  .replace(glueLink.tag, '')
  .replace(wasmLink.tag, '')
  .replace('<script type="module" src="./start.js"></script>', () => `<script type="module">${glue}
const wasmBytes = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
</script>`);
writeFileSync(join(dir, SINGLE_FILE), single);
