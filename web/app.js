// Page shell for the WebAssembly app: feature checks, canvas sizing for HiDPI, download
// progress, the error screen, and window.bpo (the API for people who embed or automate the page).
'use strict';

(function () {
  var canvas = document.getElementById('canvas');
  var loading = document.getElementById('loading');
  var loadingText = document.getElementById('loading-text');
  var progressBar = document.getElementById('loading-progress');
  var started = false;
  var pastedText = '';

  function fail(message) {
    loading.hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
  }

  function webgl2Available() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
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

  // Download the wasm ourselves to show progress, then hand it to the Emscripten runtime.
  function instantiateWithProgress(imports, successCallback) {
    fetch('bpo.wasm', { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('bpo.wasm: HTTP ' + response.status);
        var total = Number(response.headers.get('Content-Length')) || 0;
        if (!response.body || !total) return response.arrayBuffer();
        var reader = response.body.getReader();
        var chunks = [];
        var received = 0;
        function pump() {
          return reader.read().then(function (step) {
            if (step.done) {
              var bytes = new Uint8Array(received);
              var offset = 0;
              chunks.forEach(function (c) { bytes.set(c, offset); offset += c.length; });
              return bytes.buffer;
            }
            chunks.push(step.value);
            received += step.value.length;
            progressBar.value = Math.min(100, (100 * received) / total);
            loadingText.textContent = 'Loading the app\u2026 ' + Math.round(received / 1024) + ' KB';
            return pump();
          });
        }
        return pump();
      })
      .then(function (buffer) {
        loadingText.textContent = 'Starting\u2026';
        progressBar.removeAttribute('value');
        return WebAssembly.instantiate(buffer, imports);
      })
      .then(function (result) { successCallback(result.instance, result.module); })
      .catch(function (e) { fail('The application code could not be loaded (' + e.message + ').'); });
    return {};
  }

  window.bpoPage = {
    ready: function () {
      started = true;
      loading.hidden = true;
      canvas.focus();
    },
    fail: fail,
    takePaste: function () {
      var text = pastedText;
      pastedText = '';
      return text;
    },
  };

  document.addEventListener('paste', function (event) {
    pastedText = (event.clipboardData && event.clipboardData.getData('text/plain')) || '';
  });

  function call(name, returnType, argTypes, args) {
    if (!started) throw new Error('window.bpo: the app has not started yet');
    return Module.ccall(name, returnType, argTypes || [], args || []);
  }

  // The public automation API (documented in README.md).
  window.bpo = {
    version: function () { return call('bpo_version', 'string'); },
    // Screen rectangle (CSS pixels, page coordinates) of the item with this label in the last
    // frame, or null when no such item is visible.
    locate: function (label) {
      var rect = JSON.parse(call('bpo_locate', 'string', ['string'], [String(label)]));
      if (!rect) return null;
      var box = canvas.getBoundingClientRect();
      return { x: box.left + rect.x, y: box.top + rect.y, width: rect.width, height: rect.height };
    },
    uiState: function () { return JSON.parse(call('bpo_ui_state', 'string')); },
    isReady: function () { return started; },
  };

  if (typeof WebAssembly !== 'object') {
    fail('This browser does not support WebAssembly.');
    return;
  }
  if (!webgl2Available()) {
    fail('This browser or device does not support WebGL2, which the app uses to draw.');
    return;
  }

  fitCanvas();
  window.addEventListener('resize', fitCanvas);
  watchPixelRatio();

  window.Module = {
    canvas: canvas,
    instantiateWasm: instantiateWithProgress,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) { fail('The app stopped unexpectedly (' + what + ').'); },
  };
  var script = document.createElement('script');
  script.src = 'bpo.js';
  script.onerror = function () { fail('bpo.js could not be loaded.'); };
  document.body.appendChild(script);
})();
