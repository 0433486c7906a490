// `node -r ./bench/ts-register.cjs`: lets a child Node require the TypeScript sources (src/, test/support) without a
// build, so benchmarks and the hostile-input tests measure the current code, not a stale dist-cli/. Each file is
// transpiled with the project's TypeScript (types are `npm run typecheck`'s job) and cached by content hash.
const { createHash } = require('crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const CACHE = join(tmpdir(), 'jixiao-ts-cache');
// Part of the cache key, without loading the compiler: another TypeScript may transpile differently.
const TS_VERSION = JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
let ts = null; // loaded on the first cache miss only: requiring the compiler costs half a second

function transpile(source, filename) {
  ts ??= require('typescript');
  const options = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
  };
  return ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
}

function compileTs(module, filename) {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha1').update(`${TS_VERSION}\0${filename}\0`).update(source).digest('hex');
  const cached = join(CACHE, `${key}.js`);
  let js;
  try {
    js = readFileSync(cached, 'utf8');
  } catch {
    js = transpile(source, filename);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, js);
  }
  module._compile(js, filename);
}

require.extensions['.ts'] = compileTs;
require.extensions['.tsx'] = compileTs;
