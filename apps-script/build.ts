/**
 * `npm run build:apps-script`: bundles `src/main.ts` into one `dist/Code.js` for clasp. Apps Script
 * only sees top-level functions, so a footer declares one stub per export of the entry, read from
 * the esbuild metafile, each forwarding to the IIFE's global.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'src/main.ts');
const dist = join(here, 'dist');
const outfile = join(dist, 'Code.js');
const GLOBAL_NAME = 'PartnerkitApp';
// Globals Apps Script V8 lacks: a free reference to one would fail only when deployed.
const MISSING_GLOBALS = [
  'URL',
  'URLSearchParams',
  'fetch',
  'setTimeout',
  'setInterval',
  'TextEncoder',
  'TextDecoder',
  'window',
  'document',
  'structuredClone',
];

// clasp pushes every file of its rootDir: start from an empty dist, so a Code.gs that
// `clasp create` pulled (or any stale file) never reaches Apps Script beside the bundle.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// An IIFE's metafile lists no exports, so an ESM pass over the same entry names them.
const esm = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  metafile: true,
  write: false,
  outdir: dist,
});
const exports = Object.values(esm.metafile.outputs).flatMap((output) => output.exports);
if (exports.length === 0) throw new Error('The bundle exports no global functions.');

const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL_NAME,
  platform: 'browser',
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  outfile,
});

const stubs = exports
  .map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`)
  .join('\n');
const code = `${result.outputFiles[0]?.text ?? ''}\n${stubs}\n`;

const freeGlobals = MISSING_GLOBALS.filter((name) => new RegExp(`(?<![\\w$.'"])${name}\\s*[(.]`).test(code));
if (freeGlobals.length > 0)
  throw new Error(`The bundle uses globals Apps Script lacks: ${freeGlobals.join(', ')}`);

writeFileSync(outfile, code);
copyFileSync(join(here, 'appsscript.json'), join(dist, 'appsscript.json'));
const size = Buffer.byteLength(readFileSync(outfile));
console.log(`apps-script/dist/Code.js: ${(size / 1024).toFixed(1)} KiB, globals: ${exports.join(', ')}`);
