// ESLint for the TypeScript sources and the scripts. The linter and its plugins live in tools/lint
// (with TypeScript 6, whose compiler API typescript-eslint needs; the project compiles with
// TypeScript 7): `npm run lint` installs them there on first use.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./tools/lint/package.json', import.meta.url));
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const stylistic = require('@stylistic/eslint-plugin');

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', '**/node_modules/**', 'test/fixtures/**', 'test/artifacts/**', '.cache/**', 'tools/lint/**', 'examples/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    plugins: { '@stylistic': stylistic },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node (the server, the CLI, scripts and tests) and the few browser-like globals it shares.
        process: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      // Lines are read in editors and diffs; longer ones hide what they do. Prettier lays code out
      // within 160 columns but never breaks a string, so lines that are long because of a string or
      // template literal are Prettier's call, not this rule's.
      '@stylistic/max-len': ['error', { code: 200, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      // Damaged text and URIs are found by matching control characters on purpose.
      'no-control-regex': 'off',
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and scripts load compiled modules by path and reach into results (JSON, other
    // packages' trees, the editor's page in Playwright, where no DOM types are loaded) freely.
    files: ['test/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The VS Code suite's tsconfig loads only Node's types: the editor API comes by reference.
    files: ['test/vscode/**/*.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
);
