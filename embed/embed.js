/*! Social Media Readiness Check: embed snippet.
 *  <script src="https://your.site/check/embed.js" data-brand="…" data-color="#1d5fa8"
 *          data-cta-text="…" data-cta-url="https://…" data-contact="…" data-lang="de"></script>
 *  Options: data-mode="iframe" (default) or "inline" (mounts into the page, styles isolated in a
 *  shadow root), data-target="#css-selector" (where to put it; default: right after the script).
 *  Events on the page (they bubble to document): readiness-check:started, readiness-check:answered
 *  (detail: question, step, total), readiness-check:completed (detail: verdict, link).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('./', script.src);
  var OPTIONS = ['brand', 'color', 'cta-text', 'cta-url', 'contact', 'lang', 'large'];
  var EVENTS = ['started', 'answered', 'completed'];

  var container = document.createElement('div');
  container.className = 'readiness-check-embed';
  var selector = script.getAttribute('data-target');
  var inBody = document.body && document.body.contains(script);

  // A snippet in <head> (a CMS's "header scripts") or above its target waits for the page.
  if (document.readyState === 'loading' && (!inBody || (selector && !find()))) {
    document.addEventListener('DOMContentLoaded', place);
  } else {
    place();
  }

  function find() {
    try {
      return selector ? document.querySelector(selector) : null;
    } catch (error) {
      return null; // Not a CSS selector at all: same as one that matches nothing.
    }
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

  function iframe() {
    var params = new URLSearchParams();
    OPTIONS.forEach(function (key) {
      var value = script.getAttribute('data-' + key);
      if (value !== null) params.set(key, value);
    });
    params.set('embed', '1');
    params.set('host', location.origin);
    var frame = document.createElement('iframe');
    frame.src = app.href + '?' + params.toString();
    var english = /^en/i.test(script.getAttribute('data-lang') || document.documentElement.lang || '');
    frame.title = script.getAttribute('data-title') || (english ? 'Social media readiness check' : 'Social-Media-Readiness-Check');
    frame.setAttribute('allow', 'clipboard-write; web-share');
    frame.style.cssText = 'display:block;width:100%;min-width:0;max-width:100%;height:640px;border:0;margin:0;padding:0;background:transparent';
    container.appendChild(frame);
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
        if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
      } else if (EVENTS.indexOf(message.type) >= 0) {
        container.dispatchEvent(new CustomEvent('readiness-check:' + message.type, { detail: message.detail, bubbles: true }));
      }
    });
  }

  // The app in the page itself: its markup and styles live in a shadow root, so neither the
  // page's stylesheet nor the app's can reach the other. Its files' hashed names are read from
  // the app's index.html, so this snippet never changes between releases.
  function inline() {
    // The app mounts once per page (one wasm instance): a second inline snippet would stay
    // blank, so it runs in the iframe mode, which has no such limit.
    if (window.readinessCheckInline) {
      console.warn('readiness-check: one inline widget per page; this one runs in an iframe');
      iframe();
      return;
    }
    window.readinessCheckInline = true;
    var shadow = container.attachShadow({ mode: 'open' });
    var root = document.createElement('div');
    OPTIONS.forEach(function (key) {
      var value = script.getAttribute('data-' + key);
      if (value !== null) root.setAttribute('data-' + key, value);
    });
    fetch(app.href, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        // Read with a pattern, not DOMParser: a host page requiring Trusted Types refuses that.
        var css = linkHref(html, function (a) { return a.rel === 'stylesheet'; });
        var js = linkHref(html, function (a) { return a.rel === 'modulepreload'; });
        var wasm = linkHref(html, function (a) { return a.rel === 'preload' && a.as === 'fetch'; });
        if (!css || !js || !wasm) throw new Error('unexpected index.html at ' + app.href);
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL(css, app).href;
        shadow.appendChild(link);
        shadow.appendChild(root);
        window.readinessCheckRoot = root;
        return import(new URL(js, app).href).then(function (module) {
          return module.default({ module_or_path: new URL(wasm, app).href });
        });
      })
      .catch(function (error) { console.error('readiness-check: could not start', error); });
  }

  // The href of the first <link> in `html` whose attributes pass `test` (attributes in any
  // order, quoted or not, as a minified index.html writes them).
  function linkHref(html, test) {
    var tags = html.match(/<link\b[^>]*>/gi) || [];
    for (var i = 0; i < tags.length; i++) {
      var attrs = {};
      tags[i].replace(/([\w-]+)=("[^"]*"|'[^']*'|[^\s>]+)/g, function (_, key, value) {
        attrs[key.toLowerCase()] = value.replace(/^["']|["']$/g, '').replace(/&amp;/g, '&');
      });
      if (attrs.href && test(attrs)) return attrs.href;
    }
    return null;
  }
})();
