// Shows the start screen the build pre-rendered into index.html (scripts/post-build.mjs) while
// the wasm is still on its way, and keeps what the person does on it until the app takes over
// (src/ui/mod.rs `start`). Part of start.js, after its stylesheet (scripts/post-build.mjs; inline
// in the single file), so it runs once the page is parsed; where it cannot run, the page shows the app
// when it is ready, as before. It decides only what the address plainly asks; anything more (kept answers, a link to
// a result or comparison, a host's own texts) is the app's to show, and the screen stays empty
// until then, so nothing jumps.
(function () {
  var main = document.getElementById('readiness-check');
  var pre = main && main.querySelector('.rc-pre');
  // Where start.js could not adopt its stylesheet, the styles come by a request of their own:
  // the app shows itself when ready rather than this screen unstyled.
  if (!pre || main.hasAttribute('data-rc-unstyled')) return;
  var query = new URLSearchParams(location.search);
  var primary = function (tag) { return String(tag || '').slice(0, 2).toLowerCase(); };
  var ours = function (code) { return code === 'de' || code === 'en'; };
  var kept = null;
  try { kept = localStorage.getItem('readiness-check'); } catch (error) { /* storage blocked: nothing kept */ }
  // The app's own rule (src/ui/state/start.rs): the address, else the language of the kept
  // progress (src/ui/snapshot.rs writes `lang=`), else the browser's languages.
  var lang = primary(query.get('lang'));
  var keptLang = /(?:^|&)lang=(de|en)(?:&|$)/.exec(kept || '');
  if (!ours(lang) && keptLang) lang = keptLang[1];
  if (!ours(lang)) {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    lang = 'de';
    for (var i = 0; i < tags.length; i++) {
      if (ours(primary(tags[i]))) { lang = primary(tags[i]); break; }
    }
  }
  // The loader (start.js) fetches this language's texts beside the wasm, not after it.
  main.setAttribute('data-rc-lang', lang);
  var asks = ['r', 'c', 'co', 'texts'].some(function (key) { return query.has(key); }) ||
    Array.from(query.keys()).some(function (key) { return key.indexOf('a.') === 0; }) ||
    location.hash.indexOf('=') >= 0;
  if (kept || asks) return;

  if (lang !== 'de') {
    var other = document.getElementById('rc-pre-' + lang);
    if (!other) return;
    pre.replaceChildren(other.content.cloneNode(true));
  }
  // The snippet's iframe (the address opened as a tab of its own reports to nobody).
  var embedded = query.get('embed') === '1' && query.has('host') && window.top !== window.self;
  var drop = function (selector) {
    var el = pre.querySelector(selector);
    if (el) el.remove();
  };
  if (!embedded) drop('.rc-host-note');
  var workshop = query.get('workshop');
  if (/^(off|0|false)$/.test(workshop) || (embedded && !/^(on|1|true)$/.test(workshop))) drop('.rc-workshop-entry');
  var app = pre.querySelector('.rc-app');
  var brand = (query.get('brand') || '').trim();
  if (brand && app) {
    var owner = document.createElement('span');
    owner.className = 'rc-brand-owner';
    owner.textContent = brand;
    var line = app.querySelector('.rc-brand');
    line.insertBefore(owner, line.firstChild);
    app.querySelector('.rc-header').classList.add('rc-branded');
  }
  // As given; the app may darken it for contrast when it takes over.
  var color = query.get('color');
  if (color && app && /^#?([0-9a-f]{3}){1,2}$/i.test(color.trim())) {
    app.style.setProperty('--rc-brand', '#' + color.trim().replace(/^#/, ''));
  }
  // `large`, `large=1` or `large=true`.
  var large = query.get('large');
  if (app && large !== null && /^(1|true)?$/.test(large)) app.classList.add('rc-large');

  // "Start" pressed before the app runs: it starts as soon as it does (with what was typed).
  var form = pre.querySelector('form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      main.setAttribute('data-rc-early', 'begin');
      main.setAttribute('aria-busy', 'true');
    });
  }
  pre.hidden = false;
})();
