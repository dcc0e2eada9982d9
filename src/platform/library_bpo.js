// JavaScript side of src/platform/platform_web.cpp, linked with --js-library.
// The page shell (web/app.js, window.bpoPage) owns the DOM; these functions only call into it.
mergeInto(LibraryManager.library, {
  $bpoString__deps: ['malloc'],
  $bpoString: function (text) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },

  bpo_js_copy_text: function (ptr) {
    window.bpoPage.copy(UTF8ToString(ptr));
  },
  bpo_js_clipboard_text__deps: ['$bpoString'],
  bpo_js_clipboard_text: function () {
    return bpoString(window.bpoPage.clipboardText());
  },
  bpo_js_take_typed__deps: ['$bpoString'],
  bpo_js_take_typed: function () {
    var text = window.bpoPage.takeTyped();
    return text ? bpoString(text) : 0;
  },
  bpo_js_text_input_active: function (active) {
    window.bpoPage.textInputActive(!!active);
  },
  bpo_js_page_ready: function () {
    window.bpoPage.ready();
  },
  bpo_js_page_fail: function (ptr) {
    window.bpoPage.fail(UTF8ToString(ptr));
  },
  bpo_js_set_title: function (ptr) {
    document.title = UTF8ToString(ptr);
  },

  bpo_js_storage_get__deps: ['$bpoString'],
  bpo_js_storage_get: function (keyPtr) {
    try {
      var value = window.localStorage.getItem(UTF8ToString(keyPtr));
      return value === null ? 0 : bpoString(value);
    } catch (e) {
      return 0;
    }
  },
  // 0 written, 1 quota exceeded, 2 other failure (storage disabled, private mode...)
  bpo_js_storage_set: function (keyPtr, valuePtr) {
    try {
      window.localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr));
      return 0;
    } catch (e) {
      var quota = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
      return quota ? 1 : 2;
    }
  },
  bpo_js_storage_remove: function (keyPtr) {
    try {
      window.localStorage.removeItem(UTF8ToString(keyPtr));
    } catch (e) { /* nothing to remove */ }
  },
  bpo_js_storage_keys__deps: ['$bpoString'],
  bpo_js_storage_keys: function () {
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) keys.push(window.localStorage.key(i));
    } catch (e) { /* storage unavailable: no keys */ }
    return bpoString(JSON.stringify(keys));
  },

  bpo_js_download: function (namePtr, mimePtr, data, size) {
    var bytes = HEAPU8.slice(data, data + size);
    window.bpoPage.download(UTF8ToString(namePtr), UTF8ToString(mimePtr), bytes);
  },
  bpo_js_open_html: function (htmlPtr) {
    window.bpoPage.openHtml(UTF8ToString(htmlPtr));
  },
  bpo_js_pick_file: function () {
    window.bpoPage.pickFile();
  },
  bpo_js_now_ms: function () {
    return Date.now();
  },
  // Where a share link points: this page without query or fragment (file:// has no origin).
  bpo_js_page_address__deps: ['$bpoString'],
  bpo_js_page_address: function () {
    var origin = location.origin && location.origin !== 'null' ? location.origin : location.protocol + '//';
    return bpoString(origin + location.pathname);
  },
  // The share fragment of the address, taken once: the address bar is cleaned right away so a
  // reload or a bookmark does not offer the same import again.
  bpo_js_take_share_fragment__deps: ['$bpoString'],
  bpo_js_take_share_fragment: function () {
    var hash = location.hash || '';
    if (hash.indexOf('#a=') !== 0) return bpoString('');
    try {
      history.replaceState(history.state, '', location.pathname + location.search);
    } catch (e) { /* some file:// pages refuse: the fragment stays, harmlessly */ }
    return bpoString(hash);
  },

  // A file the page fetches after the first frame (window.bpoPage.deferredFile: at once if it has
  // arrived, else a synchronous request), copied into the heap; its size goes to *sizePtr.
  bpo_js_deferred_file__deps: ['malloc'],
  bpo_js_deferred_file: function (namePtr, sizePtr) {
    var bytes = window.bpoPage.deferredFile(UTF8ToString(namePtr));
    if (!bytes) return 0;
    var ptr = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, ptr);
    HEAPU32[sizePtr >> 2] = bytes.length;
    return ptr;
  },
});
