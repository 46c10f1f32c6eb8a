// Service worker: after one visit the check works with no network at all.
// Generated per build by scripts/post-build.mjs (VERSION and FILES are filled in).
const VERSION = '__VERSION__';
const FILES = __FILES__;
// Caches are shared by the whole origin: the scope in the name keeps two deployments on one
// origin (/check/ and /check-staging/) from removing each other's.
const PREFIX = `readiness-check-${self.registration.scope}-`;
const CACHE = PREFIX + VERSION;
// Builds before the scope was in the name.
const LEGACY = /^readiness-check-[0-9a-f]{16}$/;

// A file with a content hash in its name never changes.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css|json)$/;
// How long a page load waits for a network that connected but does not answer (venue Wi-Fi
// without a way out) before the cached page is shown.
const NETWORK_TIMEOUT_MS = 4000;
// When the cached page was shown for that reason: its loader then comes from the cache too,
// so page and loader are of one build.
let pageFromCacheAt = 0;
const SAME_LOAD_MS = 10000;

self.addEventListener('install', (event) => {
  // The hashed files the page just loaded come from the HTTP cache, not a second download; the
  // page and loader past it, as it may still hold the previous build's.
  const fresh = FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'force-cache' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

// A new build takes over at once and removes the files of the old one.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && (k.startsWith(PREFIX) || LEGACY.test(k))).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A hashed file: the cache is always right.
  if (request.mode !== 'navigate' && HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  // The page and the files named the same in every build (start.js, embed.js): the newest
  // when online (asked of the server, not the HTTP cache), so a deploy is picked up whole, the
  // cached ones offline. Offline, the app's own address gives the app; any other page in the
  // scope gives itself if cached, else the browser's offline page.
  const navigate = request.mode === 'navigate';
  const path = new URL(request.url).pathname;
  const scope = new URL(self.registration.scope).pathname;
  const app = navigate && (path === scope || path === scope + 'index.html');
  const cached = () => caches.open(CACHE).then((cache) => cache.match(app ? 'index.html' : request, { ignoreSearch: navigate }));
  const offline = () => cached().then((hit) => hit || Response.error());
  // A page just served from the cache because the network did not answer: its loader comes
  // from the same build, the cache, too.
  if (!navigate && Date.now() - pageFromCacheAt < SAME_LOAD_MS) {
    event.respondWith(cached().then((hit) => hit || fetch(request)));
    return;
  }
  const online = navigate ? fetch(request) : fetch(new Request(request, { cache: 'no-cache' }));
  if (!navigate) {
    event.respondWith(online.catch(offline));
    return;
  }
  // A network that connected but does not answer: the cached page after a while.
  event.respondWith(new Promise((settle) => {
    let settled = false;
    const answer = (response, fromCache) => {
      if (settled) return;
      settled = true;
      if (fromCache) pageFromCacheAt = Date.now();
      settle(response);
    };
    online.then((response) => answer(response, false), () => offline().then((hit) => answer(hit, true)));
    setTimeout(() => cached().then((hit) => hit && answer(hit, true)), NETWORK_TIMEOUT_MS);
  }));
});
