// Bundles the extension, the language server and the CLI with esbuild. Types are checked by `tsc -b`.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: process.env.AGENT_DOCS_DEV !== '1',
  sourcemap: process.env.AGENT_DOCS_DEV === '1' ? 'linked' : false,
  legalComments: 'none',
  define: { AGENT_DOCS_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: take its ES modules.
  mainFields: ['module', 'main'],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The Flow view's page: a browser bundle (the layout library included) and its stylesheet.
  build({ ...common, platform: 'browser', target: 'chrome114', format: 'iife', entryPoints: ['client/webview/flow/main.ts'], outfile: 'dist/webview/flow.js' }),
  build({ ...common, platform: 'browser', entryPoints: ['client/webview/flow/flow.css'], outfile: 'dist/webview/flow.css', bundle: true }),
]);
