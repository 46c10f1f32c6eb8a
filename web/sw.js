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

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
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
  // A file with a content hash in its name never changes: the cache is always right.
  if (request.mode !== 'navigate' && /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/.test(new URL(request.url).pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  // The page and the files named the same in every build (start.js, embed.js): the newest
  // when online, so a deploy is picked up whole, the cached ones offline.
  const cached = () => caches.open(CACHE).then((cache) => cache.match(request.mode === 'navigate' ? 'index.html' : request));
  event.respondWith(fetch(request).catch(() => cached().then((hit) => hit || Response.error())));
});
