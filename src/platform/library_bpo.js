// JavaScript side of src/platform/platform_web.cpp, linked with --js-library.
// The page (web/app.js) owns the canvas size and the paste event; these read what it recorded.
mergeInto(LibraryManager.library, {
  bpo_js_copy_text: function (ptr) {
    var text = UTF8ToString(ptr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function (e) {
        console.warn('Copy to clipboard was refused: ' + e);
      });
    }
  },
  bpo_js_take_paste__deps: ['malloc'],
  bpo_js_take_paste: function () {
    var text = (window.bpoPage && window.bpoPage.takePaste()) || '';
    if (!text) return 0;
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },
  bpo_js_page_ready: function () {
    if (window.bpoPage) window.bpoPage.ready();
  },
  bpo_js_page_fail: function (ptr) {
    if (window.bpoPage) window.bpoPage.fail(UTF8ToString(ptr));
  },
  bpo_js_set_title: function (ptr) {
    document.title = UTF8ToString(ptr);
  },
});
