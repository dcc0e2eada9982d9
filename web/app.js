// Page shell for the WebAssembly app: feature checks, canvas sizing for HiDPI, download
// progress, the error screen, and window.bpo (the API for people who embed or automate the page).
'use strict';

(function () {
  var canvas = document.getElementById('canvas');
  var loading = document.getElementById('loading');
  var loadingText = document.getElementById('loading-text');
  var progressBar = document.getElementById('loading-progress');
  var started = false;
  // The self-contained single-file build inlines bpo.js (with the wasm) right after this script.
  var singleFile = document.documentElement.hasAttribute('data-single-file');

  function fail(message) {
    loading.hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
    if (storedDraftCount() > 0) document.getElementById('failure-backup').hidden = false;
    enableOffline();
  }

  // ---- backup without the app ---------------------------------------------------------------------
  // When the app cannot run, the drafts are still in localStorage: this builds the same
  // bpo-backup file the app writes (see core/backup.hpp) straight from storage.
  function storedIndex() {
    try {
      var index = JSON.parse(localStorage.getItem('bpo.v1.index') || 'null');
      return index && Array.isArray(index.drafts) ? index : null;
    } catch (e) {
      return null;
    }
  }
  function storedDraftCount() {
    var index = storedIndex();
    return index ? index.drafts.length : 0;
  }
  // Large bodies are stored packed (src/core/packed_storage.hpp): "bpo.packed.v1:" LENGTH ":"
  // base64url of raw deflate. Unpacked here without the app, which may be the part that failed.
  var PACKED_TAG = 'bpo.packed.v1:';
  function unpackStored(value) {
    if (value.indexOf(PACKED_TAG) !== 0) return Promise.resolve(value);
    var rest = value.slice(PACKED_TAG.length);
    var b64 = rest.slice(rest.indexOf(':') + 1).replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(b64 + '==='.slice((b64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }
  function backupFromStorage() {
    var index = storedIndex();
    return Promise.all((index ? index.drafts : []).map(function (d) {
      var body = localStorage.getItem('bpo.v1.draft.' + d.id);
      if (!body) return null;
      return unpackStored(body).then(function (text) {
        return { id: d.id, name: d.name, created: d.created, modified: d.modified,
                 trashed: d.trashed, agreement: JSON.parse(text) };
      }).catch(function () { return null; });  // an unreadable draft stays in storage, untouched
    })).then(function (entries) {
      var drafts = entries.filter(function (e) { return e !== null; });
      return JSON.stringify({ format: 'bpo-backup', version: 1, created: Date.now(), drafts: drafts }, null, 2) + '\n';
    });
  }
  document.getElementById('failure-backup-button').addEventListener('click', function () {
    backupFromStorage().then(function (text) {
      download('bpo-drafts-backup.json', 'application/json', new TextEncoder().encode(text));
    });
  });

  // Only whether the browser knows WebGL2 at all: a trial context would cost the start-up a
  // second context. A device that knows it but cannot create one is caught by main() instead
  // (glfwCreateWindow fails: the same error screen).
  function webgl2Available() {
    return typeof WebGL2RenderingContext === 'function';
  }

  // Keep the backing store at CSS size x devicePixelRatio so text is crisp on HiDPI screens.
  function fitCanvas() {
    var ratio = window.devicePixelRatio || 1;
    var width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    var height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
  }
  function watchPixelRatio() {
    var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    var onChange = function () {
      fitCanvas();
      watchPixelRatio();
    };
    if (query.addEventListener) query.addEventListener('change', onChange, { once: true });
  }

  // The wasm is fetched and compiled as it arrives (compileStreaming) while bpo.js is still loading;
  // the bytes are counted on the way for the progress bar. The Emscripten runtime then only
  // instantiates the compiled module (Module.instantiateWasm).
  var wasmModule = null;  // Promise of the compiled WebAssembly.Module, started once the checks pass
  // The count comes from a copy of the response (Response.clone: the browser tees the bytes
  // itself), so the compiler reads the original straight from the network instead of through
  // a script on the main thread (issue 9: first-frame time).
  function countProgress(response, total) {
    var reader = response.clone().body.getReader();
    var received = 0;
    var shown = true;
    var finished = false;
    // The page shows the count once per animation frame at most: a fast connection delivers
    // dozens of pieces per frame, and each change to the page costs a style pass.
    function show() {
      shown = true;
      if (finished) return;  // 'Starting...' by now
      progressBar.value = Math.min(100, (100 * received) / total);
      loadingText.textContent = 'Loading the app\u2026 ' + Math.round(received / 1024) + ' KB';
    }
    function next() {
      reader.read().then(function (step) {
        if (step.done) {
          finished = true;
          return;
        }
        received += step.value.length;
        if (shown) {
          shown = false;
          requestAnimationFrame(show);
        }
        next();
      }, function () { finished = true; });
    }
    next();
    return response;
  }
  function compileApp() {
    return fetch('bpo.wasm', { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('bpo.wasm: HTTP ' + response.status);
      var total = Number(response.headers.get('Content-Length')) || 0;
      var body = response.body && total && window.ReadableStream ? countProgress(response, total) : response;
      // Streaming needs the right MIME type; a host that sends another one still works.
      if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('Content-Type') || '')) {
        return WebAssembly.compileStreaming(body);
      }
      return body.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    });
  }
  function instantiateWithProgress(imports, successCallback) {
    // A returning user's draft (or a share link) opens on start and needs the deferred code at
    // once: both modules were fetched side by side, and the deferred one joins before main() runs;
    // so do the deferred data, so that the draft's first frame has every glyph.
    var atStart = deferred.wanted === 'at-start';
    var both = [wasmModule, atStart ? compileDeferred().catch(function () { return null; }) : null,
      atStart ? fetchDeferredFiles() : null];
    Promise.all(both)
      .then(function (modules) {
        loadingText.textContent = 'Starting\u2026';
        progressBar.removeAttribute('value');
        return WebAssembly.instantiate(modules[0], imports).then(function (instance) {
          if (modules[1]) attachDeferred(modules[1], { primary: instance.exports });
          successCallback(instance, modules[0]);
        });
      })
      .catch(function (e) { fail('The application code could not be loaded (' + e.message + ').'); });
    return {};
  }

  // ---- the deferred code ---------------------------------------------------------------------------
  // cmake/WebApp.cmake splits the wasm in two (wasm-split): bpo.wasm holds what the first frames of
  // the welcome screen run, bpo.deferred.wasm everything else. Until the deferred module is
  // attached, calls into it land on placeholders; attaching it fills the function table with the
  // real functions. It is fetched and compiled right after the first frame (or with the app, for a
  // returning user with saved drafts, or a share link to import). A placeholder hit before then (a click in the first
  // moments) loads it synchronously instead: slower once, never wrong.
  var DEFERRED_URL = 'bpo.deferred.wasm';
  var deferred = {
    wanted: '',         // 'after-first-frame' | 'at-start' (saved drafts or a share link to open)
    state: 'waiting',   // 'waiting' | 'loading' | 'ready' | 'failed'
    how: '',            // how it was attached: 'async' | 'sync' (a placeholder was hit first)
    compiled: null,     // the WebAssembly.Module once compiled
    promise: null,
  };
  function compileDeferred() {
    if (deferred.promise) return deferred.promise;
    deferred.state = 'loading';
    deferred.promise = fetch(DEFERRED_URL, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(DEFERRED_URL + ': HTTP ' + response.status);
      if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('Content-Type') || '')) {
        return WebAssembly.compileStreaming(response);
      }
      return response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }).then(function (module) {
      deferred.compiled = module;
      return module;
    }, function (e) {
      if (deferred.state !== 'ready') deferred.state = 'failed';
      throw e;
    });
    return deferred.promise;
  }
  function attachDeferred(module, imports, how) {
    if (deferred.state === 'ready') return;
    new WebAssembly.Instance(module, imports);  // its element segment fills the placeholders' slots
    deferred.state = 'ready';
    deferred.how = how || 'async';
    setTimeout(offerFonts, 0);  // not from inside the app's call that hit a placeholder
  }
  // A blocking request for a file's bytes (through a user-defined charset, as a page may not ask a
  // synchronous XHR for an ArrayBuffer).
  function fetchBytesNow(url) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    xhr.send(null);
    if (xhr.status !== 200) throw new Error(url + ': HTTP ' + xhr.status);
    var text = xhr.responseText;
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
  }
  // The synchronous path, for a placeholder hit before the module arrived: a blocking request and
  // a synchronous compile.
  function compileDeferredNow() {
    return new WebAssembly.Module(fetchBytesNow(DEFERRED_URL));
  }
  function loadDeferred() {
    var code = deferred.state === 'ready'  // a placeholder was hit first and loaded it
      ? null
      : compileDeferred().then(function (module) {
        attachDeferred(module, { primary: Module.asm });
      }).catch(function (e) {
        console.warn('The rest of the app could not be loaded yet (' + e.message + '); it loads when needed.');
      });
    Promise.all([code, fetchDeferredFiles()]).then(enableOffline);
  }

  // ---- the deferred data ---------------------------------------------------------------------------
  // What the welcome screen's first frames do not read stays out of bpo.wasm too, fetched along with
  // the deferred code: bpo.assets (the catalog, clause texts and schemas, which the app asks for
  // through bpo_js_deferred_file, synchronously if they have not arrived: see
  // src/app/hosted/assets_fetched.cpp) and the UI font's other parts, handed to the app as they
  // arrive (until then text beyond ASCII shows a fallback glyph and headings the body font: see
  // src/app/hosted/fonts_fetched.cpp).
  var ASSETS_URL = 'bpo.assets';
  var arrivedFiles = {};  // url -> Uint8Array once arrived, until the app takes it
  var takenFiles = {};    // url -> true once the app has it
  var fonts = [  // `which` as bpo_font_arrived takes it
    { url: 'bpo.body-font-extended.otf', which: 0, bytes: null, delivered: false },
    { url: 'bpo.heading-font.otf', which: 1, bytes: null, delivered: false },
  ];
  var deferredFilesPromise = null;
  function fetchBytes(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }
  function fetchDeferredFiles() {
    if (deferredFilesPromise) return deferredFilesPromise;
    var assets = fetchBytes(ASSETS_URL).then(function (bytes) {
      if (!takenFiles[ASSETS_URL]) arrivedFiles[ASSETS_URL] = bytes;
    });
    var fontParts = fonts.map(function (font) {
      return fetchBytes(font.url).then(function (bytes) {
        font.bytes = bytes;
        offerFonts();
      });
    });
    deferredFilesPromise = Promise.all([assets].concat(fontParts)).catch(function (e) {
      console.warn('Part of the app could not be loaded yet (' + e.message + '); it loads when needed.');
    });
    return deferredFilesPromise;
  }
  // The bytes of a deferred file for the app, which keeps them: at once if they have arrived, else
  // by a blocking request (slower once, never wrong). Null when neither works (offline, never cached).
  function takeDeferredFile(url) {
    var bytes = arrivedFiles[url];
    delete arrivedFiles[url];
    takenFiles[url] = true;
    if (bytes) return bytes;
    try {
      return fetchBytesNow(url);
    } catch (e) {
      console.warn(e.message);
      return null;
    }
  }
  // The app takes a font part once it runs and its deferred code is attached (the function that
  // takes it lives there): a part arriving first waits for both.
  function offerFonts() {
    if (!started || deferred.state !== 'ready') return;
    fonts.forEach(function (font) {
      if (font.delivered || !font.bytes) return;
      font.delivered = true;
      var ptr = Module._malloc(font.bytes.length);
      Module.HEAPU8.set(font.bytes, ptr);
      Module._bpo_font_arrived(font.which, ptr, font.bytes.length);
      font.bytes = null;
    });
  }
  // Two animation frames after ready() (called by main(), before the frame loop starts): the first
  // frame has been drawn and shown by then.
  function afterFirstFrame(run) {
    requestAnimationFrame(function () { requestAnimationFrame(run); });
  }

  // ---- text input ------------------------------------------------------------------------------
  // GLFW 3.1.6 only forwards keypress characters: no accents from dead keys, no IME, nothing that
  // arrives as an input event. A hidden textarea keeps the keyboard focus instead and hands every
  // piece of text typed into it to the app; GLFW still sees keydown/keyup for keys and shortcuts.
  var typing = document.createElement('textarea');
  typing.id = 'text-input';
  typing.setAttribute('aria-label', 'Text input');
  typing.setAttribute('autocomplete', 'off');
  typing.setAttribute('autocapitalize', 'off');
  typing.setAttribute('spellcheck', 'false');
  document.body.appendChild(typing);
  var typed = '';
  var composing = false;
  typing.addEventListener('compositionstart', function () { composing = true; });
  typing.addEventListener('compositionend', function (event) {
    composing = false;
    typed += event.data || '';
    typing.value = '';
  });
  typing.addEventListener('input', function (event) {
    if (composing || event.isComposing) return;
    if (event.inputType === 'insertText' || event.inputType === 'insertReplacementText') typed += event.data || '';
    typing.value = '';
  });
  // Ctrl/Cmd+S saves the draft (the app sees the key through GLFW), not the web page.
  window.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) event.preventDefault();
  }, true);
  // Keep GLFW's keypress handler from adding the same characters a second time.
  window.addEventListener('keypress', function (event) { event.stopImmediatePropagation(); }, true);
  function focusTyping() { typing.focus({ preventScroll: true }); }
  canvas.addEventListener('pointerdown', function () { setTimeout(focusTyping, 0); });
  window.addEventListener('focus', focusTyping);

  // ---- clipboard ----------------------------------------------------------------------------------
  var clipboard = '';  // the last text copied from the app or pasted into the page
  document.addEventListener('paste', function (event) {
    var text = event.clipboardData && event.clipboardData.getData('text/plain');
    if (text !== undefined && text !== null) clipboard = text;
    event.preventDefault();  // ImGui inserts it on Ctrl+V itself
  });
  function copyText(text) {
    clipboard = text;
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(function () { copyWithSelection(text); });
    } else {
      copyWithSelection(text);
    }
  }
  function copyWithSelection(text) {  // file:// and older browsers
    var area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* the in-app clipboard still has it */ }
    area.remove();
    focusTyping();
  }

  // ---- files in and out ---------------------------------------------------------------------------
  // Large texts go through the heap, not ccall's stack. TextEncoder does the UTF-8 in native code:
  // Emscripten's lengthBytesUTF8 + stringToUTF8 walk a 15 MB agreement character by character.
  var utf8Encoder = new TextEncoder();
  function withString(text, use) {
    var bytes = utf8Encoder.encode(text);
    var ptr = Module._malloc(bytes.length + 1);
    try {
      Module.HEAPU8.set(bytes, ptr);
      Module.HEAPU8[ptr + bytes.length] = 0;
      return use(ptr);
    } finally {
      Module._free(ptr);
    }
  }
  function deliverFile(file) {
    if (!file || !started) return;
    file.text().then(function (text) {
      withString(file.name, function (namePtr) {
        withString(text, function (textPtr) { Module._bpo_file_received(namePtr, textPtr); });
      });
    }, function (e) { console.warn('Could not read ' + file.name + ': ' + e); });
  }
  var fileInput = document.createElement('input');
  fileInput.type = 'file';
  fileInput.accept = '.json,.csv,application/json,text/csv';  // agreements, backups, playbooks, actuals
  fileInput.hidden = true;
  fileInput.addEventListener('change', function () {
    deliverFile(fileInput.files && fileInput.files[0]);
    fileInput.value = '';
  });
  document.body.appendChild(fileInput);
  document.addEventListener('dragover', function (event) { event.preventDefault(); });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
    deliverFile(event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0]);
  });

  function download(name, mime, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // ---- page life ----------------------------------------------------------------------------------
  document.addEventListener('visibilitychange', function () {
    if (started && document.visibilityState === 'hidden') Module._bpo_page_hidden();
  });
  window.addEventListener('pagehide', function () { if (started) Module._bpo_page_hidden(); });
  // A share link pasted into the address bar of this tab: the app offers the import.
  window.addEventListener('hashchange', function () {
    if (started && location.hash.indexOf('#a=') === 0) Module._bpo_location_changed();
  });
  window.addEventListener('storage', function (event) {
    if (started && event.key && event.key.indexOf('bpo.') === 0) Module._bpo_storage_changed();
  });

  window.bpoPage = {
    ready: function () {
      started = true;
      loading.hidden = true;
      // What the first frame does not need waits until it is drawn: the keyboard focus (a style
      // and layout pass), the deferred code, then the service worker, whose precache then finds
      // the deferred code in the HTTP cache instead of downloading it a second time.
      offerFonts();  // fetched at start, with the deferred code: in time for the first frame
      afterFirstFrame(function () {
        focusTyping();
        if (deferred.wanted === 'after-first-frame') loadDeferred();
        else Promise.resolve(deferredFilesPromise).then(enableOffline);  // null for the single file
      });
    },
    deferredCode: function () { return { wanted: deferred.wanted, state: deferred.state, how: deferred.how }; },
    deferredFile: takeDeferredFile,
    fontsDelivered: function () { return fonts.every(function (font) { return font.delivered; }); },
    fail: fail,
    copy: copyText,
    clipboardText: function () { return clipboard; },
    takeTyped: function () {
      var text = typed;
      typed = '';
      return text;
    },
    textInputActive: function (active) { if (active && document.activeElement !== typing) focusTyping(); },
    download: download,
    openHtml: function (html) {
      var url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      window.open(url, '_blank', 'noopener');
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    },
    pickFile: function () { fileInput.click(); },
  };

  function call(name, returnType, argTypes, args) {
    if (!started) throw new Error('window.bpo: the app has not started yet');
    return Module.ccall(name, returnType, argTypes || [], args || []);
  }

  function callWithText(name, text) {  // large inputs through the heap, JSON result back
    if (!started) throw new Error('window.bpo: the app has not started yet');
    return withString(String(text), function (ptr) {
      return Module.UTF8ToString(Module['_' + name](ptr));
    });
  }
  function json(text) { return text ? JSON.parse(text) : null; }

  // The public automation API (documented in README.md).
  window.bpo = {
    version: function () { return call('bpo_version', 'string'); },
    isReady: function () { return started; },
    // Screen rectangle (CSS pixels, page coordinates) of the widget with this label in the last
    // frame, or null when no such widget is visible.
    locate: function (label) {
      var rect = JSON.parse(call('bpo_locate', 'string', ['string'], [String(label)]));
      if (!rect) return null;
      var box = canvas.getBoundingClientRect();
      return { x: box.left + rect.x, y: box.top + rect.y, width: rect.width, height: rect.height };
    },
    uiState: function () { return JSON.parse(call('bpo_ui_state', 'string')); },
    // The open draft as canonical bpo-agreement JSON text, or null when no draft is open.
    exportJson: function () { return call('bpo_export_json', 'string') || null; },
    // Imports agreement JSON as a new draft: { draftId } or { errors: [{ pointer, message }] }.
    importJson: function (text) { return json(callWithText('bpo_import_json', text)); },
    listDrafts: function () { return json(call('bpo_list_drafts', 'string')); },
    openDraft: function (id) { return json(call('bpo_open_draft', 'string', ['string'], [String(id)])); },
    newDraft: function (profile, mix) {
      return json(call('bpo_new_draft', 'string', ['string', 'string'], [String(profile || 'midsize'), String(mix || '')]));
    },
    findings: function () { return json(call('bpo_findings', 'string')); },
    // The open draft's document as 'markdown', 'html' or 'text'.
    render: function (format) { return call('bpo_render', 'string', ['string'], [String(format || 'markdown')]); },
    // The open draft as a share link: { url, fragment, length, jsonBytes, status: 'ok'|'long'|'too-long' }.
    shareLink: function () { return json(call('bpo_share_link', 'string')); },
    // Offers to import a share link (URL or '#a=...'), as opening the page with it does.
    openShareLink: function (link) { withString(String(link), function (ptr) { Module._bpo_open_share_link(ptr); }); },
    // The open draft's versions, newest first, and the history's storage use.
    versions: function () { return json(call('bpo_versions', 'string')); },
    saveVersion: function (name) { return json(call('bpo_save_version', 'string', ['string'], [String(name || '')])); },
    restoreVersion: function (number) { return json(call('bpo_restore_version', 'string', ['number'], [Number(number)])); },
    // Field diff (bpo-diff JSON) of two sides: '<draftId>' as it is now, or '<draftId>@<version>'.
    compare: function (before, after) {
      return json(call('bpo_compare', 'string', ['string', 'string'], [String(before), String(after)]));
    },
    // Loads a playbook (JSON text): { name, checks } or { errors: [{ pointer, message }] }.
    loadPlaybook: function (text) { return json(callWithText('bpo_load_playbook', text)); },
    unloadPlaybook: function () { call('bpo_unload_playbook', null); },
    // The open draft's scorecard (bpo-scorecard JSON) and its actuals (bpo-actuals JSON).
    scorecard: function () { return json(call('bpo_scorecard', 'string')); },
    actuals: function () { return json(call('bpo_actuals', 'string')); },
    importActuals: function (text) { return json(callWithText('bpo_import_actuals', text)); },
    // Shows a tool view: 'history', 'compare', 'scorecard', 'playbook', or '' for the section editor.
    showTool: function (id) { call('bpo_show_tool', null, ['string'], [String(id || '')]); },
  };

  if (typeof WebAssembly !== 'object') {
    fail('This browser does not support WebAssembly.');
    return;
  }
  if (!webgl2Available()) {
    fail('This browser or device does not support WebGL2, which the app uses to draw.');
    return;
  }

  // Anything thrown by the running app stops it: say so and offer the backup.
  window.addEventListener('error', function (event) {
    if (started || event.error) fail('The app stopped unexpectedly (' + (event.message || 'error') + ').');
  });

  // ---- offline: service worker, and telling the user when a new version is ready -------------------
  // Registered once the app has started (or failed after loading): its precache then finds the
  // page's own responses in the HTTP cache instead of downloading the app a second time while
  // the first load is still under way. A start that failed registers too, so that a broken
  // release can still be replaced by the next one.
  var offlineWanted = false;
  var offlineStarted = false;
  function enableOffline() {
    if (!offlineWanted || offlineStarted) return;
    offlineStarted = true;
    if (!('serviceWorker' in navigator) || singleFile || location.protocol === 'file:') return;
    var updateBanner = document.getElementById('update');
    var announce = function (worker) {
      if (!worker || !navigator.serviceWorker.controller) return;  // first install: nothing to replace
      updateBanner.hidden = false;
      document.getElementById('update-button').onclick = function () {
        if (started) Module._bpo_page_hidden();  // save before the reload
        worker.postMessage('bpo-activate-update');
      };
    };
    var watch = function (worker) {
      if (!worker) return;
      if (worker.state === 'installed') announce(worker);
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') announce(worker);
      });
    };
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      watch(registration.waiting);
      watch(registration.installing);  // an update found before this listener was attached
      registration.addEventListener('updatefound', function () { watch(registration.installing); });
      // Browsers look for a new sw.js on navigation; a long-lived tab also checks hourly.
      setInterval(function () {
        registration.update().catch(function () { /* offline: the cached version runs */ });
      }, 3600 * 1000);
    }, function (e) { console.warn('Offline use is not available: ' + e.message); });
    var reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (!updateBanner.hidden && !reloading) {
        reloading = true;
        location.reload();
      }
    });
  }
  offlineWanted = true;

  fitCanvas();
  window.addEventListener('resize', fitCanvas);
  watchPixelRatio();

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail('The app stopped unexpectedly (' + what + ').'); },
  };
  if (singleFile) return;  // bpo.js follows inline, with the wasm inside it (not split)
  wasmModule = compileApp();
  wasmModule.catch(function () { /* reported when bpo.js asks for the module */ });
  Module.instantiateWasm = instantiateWithProgress;
  deferred.wanted = storedDraftCount() > 0 || location.hash.indexOf('#a=') === 0 ? 'at-start' : 'after-first-frame';
  if (deferred.wanted === 'at-start') {
    compileDeferred().catch(function () { /* loads when needed */ });
    fetchDeferredFiles();
  }
  // Emscripten's placeholder handler (-sSPLIT_MODULE) calls this when code not yet attached runs.
  Module.loadSplitModule = function (file, imports) {
    if (deferred.state === 'ready') return;
    attachDeferred(deferred.compiled || compileDeferredNow(), imports, 'sync');
  };
  var script = document.createElement('script');
  script.src = 'bpo.js';
  script.onerror = function () { fail('bpo.js could not be loaded.'); };
  document.body.appendChild(script);
})();
