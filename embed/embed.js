/*! Social Media Readiness Check: embed snippet.
 *  <script async src="https://your.site/check/embed.js" data-brand="…" data-color="#1d5fa8"
 *          data-cta-text="…" data-cta-url="https://…" data-contact="…" data-lang="de"></script>
 *  Options: data-mode="iframe" (default) or "inline" (mounts into the page, styles isolated in a
 *  shadow root), data-target="#css-selector" (where to put it; default: right after the script).
 *  Events on the page (they bubble to document): readiness-check:started, readiness-check:answered
 *  (detail: question, step, total), readiness-check:completed (detail: verdict, link).
 *  The check loads only once the page is scrolled near it: until then the snippet costs the
 *  page this file and nothing else.
 */
(function () {
  'use strict';
  // Set for classic scripts, `async` ones too. A loader that runs the file's text itself
  // (jQuery's .html(), "fetch and eval") leaves no current script: then the snippet's own tag
  // that no earlier run has used.
  var script = document.currentScript;
  if (!script || !script.src) {
    var tags = document.querySelectorAll('script[src*="embed.js"]:not([data-readiness-check-placed])');
    script = tags[tags.length - 1];
  }
  if (!script) {
    console.warn('readiness-check: embed.js cannot tell where it was put (loaded as a module, in a shadow root, or by a script loader): add it to the page as a plain <script src="…/embed.js"> tag');
    return;
  }
  script.setAttribute('data-readiness-check-placed', '');
  if (location.protocol === 'file:' || location.origin === 'null') {
    console.warn('readiness-check: a page opened from a file (or in a sandbox) has no origin the check can report to (no height, no events): try the snippet on a page served over http(s)');
  }
  var app = new URL('./', script.src);
  // An option as written on the snippet. A texts file's address is the host's, written on its
  // page: resolved against that page, not against the check's address inside the iframe.
  function option(key) {
    var value = script.getAttribute('data-' + key);
    if (value !== null && key === 'texts') {
      try { value = new URL(value, location.href).href; } catch (error) { /* the check refuses it */ }
    }
    return value;
  }
  // A link to this page with a result, a comparison or a prefill (#r=…, #c=…, #a.goals=…)
  // is the check's: it opens in the frame. Any other fragment is the page's own.
  var hash = location.hash;
  var ours = /^#+(r|c|a\.[\w-]+)=/.test(hash);
  var OPTIONS = ['brand', 'color', 'cta-text', 'cta-url', 'contact', 'lead-url', 'privacy-url', 'texts', 'lang', 'large', 'workshop'];
  var EVENTS = ['started', 'answered', 'completed', 'lead'];

  var container = document.createElement('div');
  container.className = 'readiness-check-embed';
  var selector = script.getAttribute('data-target');
  // Not a CSS selector at all: it matches nothing, and is not waited for.
  var selectorWorks = (function () {
    try {
      if (selector) document.querySelector(selector);
      return true;
    } catch (error) {
      return false;
    }
  })();
  var inBody = document.body && document.body.contains(script);

  // A snippet in <head> (a CMS's "header scripts") or above its target waits for the page,
  // and for a target a single-page app renders later, a while.
  if (document.readyState === 'loading' && (!inBody || (selector && !find()))) {
    document.addEventListener('DOMContentLoaded', whenTargetIsThere);
  } else {
    whenTargetIsThere();
  }

  function whenTargetIsThere() {
    if (!selector || !selectorWorks || find()) return place();
    var observer = new MutationObserver(function () { if (find()) done(); });
    var timer = setTimeout(done, 10000);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      place();
    }
  }


  function find() {
    return selector && selectorWorks ? document.querySelector(selector) : null;
  }

  function place() {
    var target = find();
    if (selector && !target) console.warn('readiness-check: data-target matches nothing; inserted after the script');
    if (target) target.appendChild(container);
    else if (inBody && script.parentNode) script.parentNode.insertBefore(container, script.nextSibling);
    else document.body.appendChild(container); // never into <head>, where nothing shows
    if (script.getAttribute('data-mode') === 'inline') inline();
    else iframe();
  }

  // Calls `load` once `element` is near the viewport (800px ahead, about a screen on a phone:
  // the check is there by the time it is scrolled into view), at once if it is in view already.
  // An IntersectionObserver rather than the iframe's loading="lazy" alone: it holds back the
  // inline mode's fetch as well, and its margin is ours in every browser (lazy frames load at
  // a distance each browser picks, some not lazily at all). A browser without it loads at once;
  // so does a link that brings a result for the check (the visitor came for it).
  function whenNear(element, load) {
    if (ours || typeof IntersectionObserver !== 'function') return load();
    var observer = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) {
          observer.disconnect();
          load();
          return;
        }
      }
    }, { rootMargin: '800px 0px' });
    observer.observe(element);
  }

  function iframe() {
    // The frame's first height, held while it waits: the page below does not move when it comes.
    container.style.minHeight = '640px';
    whenNear(container, frameIn);
  }

  function frameIn() {
    var params = new URLSearchParams();
    OPTIONS.forEach(function (key) {
      var value = option(key);
      if (value !== null) params.set(key, value);
    });
    params.set('embed', '1');
    params.set('host', location.origin);
    // Links made in the check point to this page, where the consultancy's visitors are.
    params.set('page', location.href.split('#')[0]);
    var frame = document.createElement('iframe');
    // Only a hint here: the frame is made when it is near already. A browser without
    // IntersectionObserver that knows lazy frames still waits with it.
    frame.setAttribute('loading', 'lazy');
    frame.src = app.href + '?' + params.toString() + (ours ? hash : '');
    var english = /^en/i.test(script.getAttribute('data-lang') || document.documentElement.lang || '');
    frame.title = script.getAttribute('data-title') || (english ? 'Social media readiness check' : 'Social-Media-Readiness-Check');
    frame.setAttribute('allow', 'clipboard-write; web-share');
    // The height is the snippet's to set: a theme's `iframe { height: … !important }` would
    // otherwise box the check in with a scrollbar.
    frame.style.cssText = 'display:block;width:100%;min-width:0;max-width:100%;height:640px !important;border:0;margin:0;padding:0;background:transparent';
    // The src is set before the frame is in the page: a frame navigated later would add an
    // entry to the host page's history.
    container.appendChild(frame);
    container.style.minHeight = '';
    printOnePage();
    var warned = false;
    window.addEventListener('message', function (event) {
      // Only the app in this very frame, from the app's own origin.
      if (event.source !== frame.contentWindow) return;
      if (event.origin !== app.origin) {
        if (!warned) console.warn('readiness-check: the app answers from ' + event.origin + ', not ' + app.origin + ' (a redirect?): load embed.js from ' + event.origin);
        warned = true;
        return;
      }
      var message = event.data;
      if (!message || message.source !== 'readiness-check') return;
      if (message.type === 'height') {
        var height = Number(message.detail);
        if (height > 0 && height < 100000) frame.style.setProperty('height', Math.ceil(height) + 'px', 'important');
      } else if (EVENTS.indexOf(message.type) >= 0) {
        container.dispatchEvent(new CustomEvent('readiness-check:' + message.type, { detail: message.detail, bubbles: true }));
      }
    });
  }

  // On paper the frame keeps its screen height (thousands of pixels on a phone): the page would
  // print it over several pages, most of them blank. The check prints itself on one page, so
  // the frame is one page high on paper. A constructed style sheet, not a <style>: a host's
  // Content-Security-Policy may forbid inline styles, never the CSS object model.
  function printOnePage() {
    if (window.readinessCheckPrintSheet) return;
    var rule = '@media print { .readiness-check-embed iframe { max-height: 255mm !important; break-inside: avoid; } }';
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(rule);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
      window.readinessCheckPrintSheet = sheet;
    } catch (error) {
      console.warn('readiness-check: the page prints the frame at its screen height', error);
    }
  }

  // The app in the page itself: its markup and styles live in a shadow root, so neither the
  // page's stylesheet nor the app's can reach the other. Its files' hashed names are read from
  // the app's index.html, so this snippet never changes between releases.
  function inline() {
    // The app mounts once per page (one wasm instance): a second inline snippet would stay
    // blank, so it runs in the iframe mode, which has no such limit.
    var earlier = window.readinessCheckInline;
    // A single-page app that left the check's view and came back: the check it took off the
    // page goes back in, on the screen and with the answers it had.
    if (earlier && !earlier.isConnected) {
      container.parentNode.replaceChild(earlier, container);
      return;
    }
    if (earlier) {
      console.warn('readiness-check: one inline widget per page; this one runs in an iframe');
      iframe();
      return;
    }
    window.readinessCheckInline = container;
    var shadow = container.attachShadow({ mode: 'open' });
    var root = document.createElement('div');
    OPTIONS.forEach(function (key) {
      var value = option(key);
      if (value !== null) root.setAttribute('data-' + key, value);
    });
    var started = false;
    whenNear(container, fetchApp);
    function fetchApp() {
      fetch(app.href, { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + app.href);
          return response.text();
        })
        .then(function (html) {
          // Read with a pattern, not DOMParser: a host page requiring Trusted Types refuses that.
          var main = tagAttrs(html, 'main', function (a) { return a.id === 'readiness-check'; }) || {};
          // The stylesheet, the glue and the wasm are named on <main> (the page's start.js
          // brings the styles and loads the rest after the first paint); builds before that
          // linked and preloaded them in <head>.
          var css = main['data-rc-css'] || linkHref(html, function (a) { return a.rel === 'stylesheet'; });
          var js = main['data-rc-glue'] || linkHref(html, function (a) { return a.rel === 'modulepreload'; });
          var wasm = main['data-rc-wasm'] || linkHref(html, function (a) { return a.rel === 'preload' && a.as === 'fetch'; });
          if (!css || !js || !wasm) throw new Error('unexpected index.html at ' + app.href);
          // Where each language's texts are (relative to the app, so made absolute here: the
          // app in this page resolves URLs against the host page). Builds before them have none.
          ['de', 'en'].forEach(function (lang) {
            var texts = main['data-rc-texts-' + lang];
            if (texts) root.setAttribute('data-rc-texts-' + lang, new URL(texts, app).href);
          });
          var link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = new URL(css, app).href;
          shadow.appendChild(link);
          shadow.appendChild(root);
          window.readinessCheckRoot = root;
          started = true;
          return import(new URL(js, app).href).then(function (module) {
            return module.default({ module_or_path: new URL(wasm, app).href });
          });
        })
        .catch(function (error) {
          if (started) {
            console.error('readiness-check: could not start', error);
            return;
          }
          // The app's site did not let this page read it (no CORS headers, most often), or it
          // is not there: the check runs in an iframe, which needs neither.
          console.warn('readiness-check: the inline mode could not load ' + app.href + ' (' + (error && error.message || error) +
            '); running in an iframe instead. For the inline mode, that site must send Access-Control-Allow-Origin.');
          var fresh = document.createElement('div');
          fresh.className = 'readiness-check-embed';
          container.parentNode.replaceChild(fresh, container);
          container = fresh;
          window.readinessCheckInline = null;
          // Near the viewport already: no second wait.
          frameIn();
        });
    }
  }

  // The href of the first <link> in `html` whose attributes pass `test`.
  function linkHref(html, test) {
    var attrs = tagAttrs(html, 'link', function (a) { return a.href && test(a); });
    return attrs && attrs.href;
  }

  // The attributes of the first `name` tag in `html` whose attributes pass `test` (attributes
  // in any order, quoted or not, as a minified index.html writes them).
  function tagAttrs(html, name, test) {
    var tags = html.match(new RegExp('<' + name + '\\b[^>]*>', 'gi')) || [];
    for (var i = 0; i < tags.length; i++) {
      var attrs = {};
      tags[i].replace(/([\w-]+)=("[^"]*"|'[^']*'|[^\s>]+)/g, function (_, key, value) {
        attrs[key.toLowerCase()] = value.replace(/^["']|["']$/g, '').replace(/&amp;/g, '&');
      });
      if (test(attrs)) return attrs;
    }
    return null;
  }
})();
