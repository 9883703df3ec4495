/**
 * The pieces of the conformance suite that talk to Claude Code and lay out files: thin typed
 * wrappers over scripts/editor/provision.mjs (the one pinned version) and scripts/conformance/*.mjs
 * (shared with `node scripts/conformance/measure.mjs`).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support/shared';

export interface Entry {
  source: string;
  group: string;
  path: string;
  kind: 'agent' | 'command' | 'skill';
}

export interface Layout {
  root: string;
  plugin: string;
  project: string;
  files: { plugin: Map<string, Entry>; project: Map<string, Entry> };
}

export interface Problem {
  path: string;
  message: string;
}

export interface Verdict {
  type: string;
  errors: Problem[];
  warnings: Problem[];
  fields: Map<string, string>;
  parseError?: string;
  runtime?: string;
  notMapping?: string;
  noFrontmatter?: boolean;
}

interface Scripts {
  ensureClaudeCode(): string;
  CLAUDE_CODE_VERSION: string;
  corpusEntries(corpus: string): Entry[];
  fixtureEntries(fixtures: string): Entry[];
  layOut(entries: readonly Entry[], options?: { pluginName?: string; crlf?: boolean; copy?: boolean }): Layout;
  validate(claude: string, dir: string): unknown;
  verdicts(report: unknown): Map<string, Verdict>;
}

const load = (rel: string) => import(pathToFileURL(join(REPO_ROOT, rel)).href);

export async function scripts(): Promise<Scripts> {
  const [provision, layout, validate] = await Promise.all([
    load('scripts/editor/provision.mjs'),
    load('scripts/conformance/layout.mjs'),
    load('scripts/conformance/validate.mjs'),
  ]);
  return { ...provision, ...layout, ...validate } as Scripts;
}
