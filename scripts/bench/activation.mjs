// Extension load time without an editor: a fresh Node process requires dist/extension.js with a
// stub `vscode` module and calls nothing. This measures parsing and evaluating the bundle (what
// VS Code pays before `activate` runs), not the editor's own activation or the server start.
// Usage: node activation.mjs EXTENSION_JS   (prints milliseconds)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const Module = require('node:module');
// Any property is a function that can be called, constructed or extended. The bundler copies a
// module's own keys and inherits the rest from its prototype, so the stub answers through both.
const any = new Proxy(function vscodeStub() {}, {
  get: (_t, p) => (p === 'prototype' ? {} : p === Symbol.toPrimitive ? () => '' : any),
  apply: () => any,
  construct: () => any,
});
const inherited = new Proxy({}, { get: () => any });
const stub = new Proxy({}, { get: (_t, p) => (p === '__esModule' ? true : any), getPrototypeOf: () => inherited });
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};
const t0 = performance.now();
const ext = require(process.argv[2]);
const ms = performance.now() - t0;
if (typeof ext.activate !== 'function') throw new Error('no activate export');
process.stdout.write(`${ms}\n`);
