// Assembles dist/ from the page shell (web/), the built app and the published schemas:
//   - sw.js gets a version (a hash of every file) and the list of files to cache offline;
//   - PNG icons are rendered from the SVG icon (rsvg-convert, Debian's librsvg2-bin);
//   - with --single, also one self-contained HTML file (app, wasm, font, styles inlined) whose
//     Content-Security-Policy allows exactly its own inline scripts and style, by hash.
// usage: node scripts/assemble_site.mjs --build DIR --out DIR [--single FILE.js]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stripComments } from './strip_comments.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return pairs;
}, []));
const build = resolve(args.build);
const out = resolve(args.out);
const web = join(ROOT, 'web');

const SHELL = ['index.html', 'style.css', 'favicon.svg', 'manifest.webmanifest'];
mkdirSync(join(out, 'schema'), { recursive: true });
for (const f of SHELL) copyFileSync(join(web, f), join(out, f));
const appScript = stripComments(readFileSync(join(web, 'app.js'), 'utf8'), 'web/app.js');
writeFileSync(join(out, 'app.js'), appScript);
for (const f of ['bpo.js', 'bpo.wasm']) copyFileSync(join(build, f), join(out, f));
// What the first frame does not need (cmake/WebApp.cmake splits it off; web/app.js loads it after
// that frame): the rest of the code, the assets, and the UI font's other parts.
for (const f of ['bpo.deferred.wasm', 'bpo.assets', 'bpo.body-font-extended.otf', 'bpo.heading-font.otf']) {
  if (existsSync(join(build, f))) copyFileSync(join(build, f), join(out, f));
}
for (const f of readdirSync(join(ROOT, 'assets', 'schema'))) {
  if (f.endsWith('.json')) copyFileSync(join(ROOT, 'assets', 'schema', f), join(out, 'schema', f));
}
for (const size of [192, 512]) {
  const png = join(out, `icon-${size}.png`);
  if (!existsSync(png) || statSync(png).mtimeMs < statSync(join(web, 'favicon.svg')).mtimeMs) {
    execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), join(web, 'favicon.svg'), '-o', png]);
  }
}

// Every file the app needs offline, relative to the site root, and a version from their bytes.
function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
const files = listFiles(out)
  .map((p) => relative(out, p).split('\\').join('/'))
  .filter((p) => p !== 'sw.js' && !p.endsWith('.html') || p === 'index.html')
  .filter((p) => !p.startsWith('bpo-agreement-builder'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(out, f)));
hash.update(readFileSync(join(web, 'sw.js')));
const version = hash.digest('hex').slice(0, 16);
const sw = readFileSync(join(web, 'sw.js'), 'utf8')
  .replace('__BPO_VERSION__', version)
  .replace('__BPO_FILES__', JSON.stringify(['./', ...files], null, 2));
writeFileSync(join(out, 'sw.js'), sw);
console.log(`dist/: ${files.length} files, offline cache version ${version}`);

// ---- the single self-contained HTML file ------------------------------------------------------
if (args.single) {
  const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const inlineScript = (text) => text.replace(/<\/script/gi, '<\\/script');
  const appJs = inlineScript(appScript);
  const bpoJs = inlineScript(readFileSync(resolve(args.single), 'utf8'));
  const css = readFileSync(join(web, 'style.css'), 'utf8');
  const icon = `data:image/svg+xml;base64,${readFileSync(join(web, 'favicon.svg')).toString('base64')}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha(appJs)} ${sha(bpoJs)} 'wasm-unsafe-eval'`,
    `style-src ${sha(css)}`,
    "img-src data: blob:",
    "connect-src data:",  // Emscripten 3.1.6 fetches the inlined data: wasm
    "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  let html = readFileSync(join(web, 'index.html'), 'utf8');
  const replace = (pattern, value) => {
    if (!pattern.test(html)) throw new Error(`index.html no longer has ${pattern}`);
    html = html.replace(pattern, () => value);
  };
  replace(/<html lang="en">/, '<html lang="en" data-single-file>');
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  replace(/<link rel="icon" href="favicon.svg" type="image\/svg\+xml">/, `<link rel="icon" href="${icon}" type="image/svg+xml">`);
  replace(/\s*<link rel="manifest" href="manifest.webmanifest">/, '');
  replace(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`);
  replace(/\s*<!-- The app's code downloads[^>]*-->\s*<link rel="preload" href="bpo.wasm"[^>]*>\s*<link rel="preload" href="bpo.js"[^>]*>/, '');
  replace(/\s*<script src="app.js" defer><\/script>/, '');
  replace(/<\/body>/, `<script>${appJs}</script>\n<script>${bpoJs}</script>\n</body>`);
  const target = join(out, 'bpo-agreement-builder.html');
  writeFileSync(target, html);
  console.log(`single file: ${relative(ROOT, target)} (${Math.round(html.length / 1024)} KB)`);
}
