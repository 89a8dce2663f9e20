// Loaded by build/scripts/audit.ts before electronegativity, to adjust two things it requires:
// - its TypeScript parser (@typescript-eslint/typescript-estree 4) needs TypeScript 4, which it declares but
//   npm hoists it beside our TypeScript 7 (no JavaScript API): resolve `typescript` to its own copy;
// - it fetches translations (and release lists) over the network: answer as if offline, at once, so the
//   audit runs the same with or without a network and never waits for one (a non-200 answer is what it
//   treats as "keep the bundled English texts", silently).
const Module = require('node:module');
const path = require('node:path');

const tool = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const typescript4 = require.resolve('typescript', { paths: [tool] });

let installed = false;

exports.install = function install() {
  if (installed) return;
  installed = true;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveTypeScript4(request, ...rest) {
    return resolve.call(this, request === 'typescript' ? typescript4 : request, ...rest);
  };
  const load = Module._load;
  Module._load = function loadOffline(request, ...rest) {
    if (request === 'got') return async () => ({ statusCode: 503, body: '' });
    return load.call(this, request, ...rest);
  };
};
