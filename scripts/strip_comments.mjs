// The page's own script as shipped: without comments and indentation, which are half its gzip size
// (issue 9: first-load bytes). web/app.js stays the readable source. Uses acorn (Debian's
// node-acorn, which Emscripten needs anyway) to find the comments; the result must tokenize to
// the same tokens, or this throws. Newlines stay, so automatic semicolon insertion is unchanged.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loadAcorn() {
  for (const name of ['acorn', '/usr/share/nodejs/acorn']) {
    try { return require(name); } catch { /* try the next place */ }
  }
  return null;
}

function tokens(acorn, text) {
  return [...acorn.tokenizer(text, { ecmaVersion: 2020 })].map((t) => `${t.type.label}:${t.value}`);
}

// Returns `source` without comments and leading or trailing spaces on its lines, or `source`
// unchanged (with a warning) when acorn is not installed.
export function stripComments(source, name) {
  const acorn = loadAcorn();
  if (!acorn) {
    console.warn(`${name}: acorn not found, shipped with its comments`);
    return source;
  }
  const comments = [];
  acorn.parse(source, { ecmaVersion: 2020, onComment: (block, text, start, end) => comments.push({ start, end }) });
  let out = '';
  let at = 0;
  for (const c of comments) {
    out += source.slice(at, c.start) + (source.slice(c.start, c.end).includes('\n') ? '\n' : ' ');
    at = c.end;
  }
  out += source.slice(at);
  // Trimming lines is safe only outside strings and templates: the token check below proves it.
  out = out.split('\n').map((line) => line.trim()).filter(Boolean).join('\n') + '\n';
  const before = tokens(acorn, source);
  const after = tokens(acorn, out);
  if (before.length !== after.length || before.some((t, i) => t !== after[i])) {
    throw new Error(`${name}: stripping comments changed the code`);
  }
  return out;
}
