// Service worker: after one visit the app opens and works with the network off.
// scripts/assemble_site.mjs fills in the version (a hash of every file) and the file list, so
// a new release gets a new cache and the old one is removed once the new version takes over.
'use strict';

const VERSION = '__BPO_VERSION__';
const FILES = __BPO_FILES__;
const CACHE = 'bpo-' + VERSION;

// 'no-cache' revalidates each file with the server: the page registers this worker once it has
// started, so its own responses are in the HTTP cache by then and a host that sends validators
// (ETag or Last-Modified) answers 304, not the same bytes again; and a new release can never
// take a stale copy from the HTTP cache.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bpo-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for the app's own files; anything else goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});

// The page asks a waiting new version to take over when the user agrees to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'bpo-activate-update') self.skipWaiting();
});
