/**
 * Runs the pinned Claude Code's `claude plugin validate --json` and holds what it says against
 * agent-docs' findings: every error and warning it gives on a JSON file (a manifest, a hooks file,
 * an MCP configuration) must be matched by one of our findings on the key or value it names.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../server/src/core';
import { at, lastProperty, type JsonNode } from '../../server/src/core/json/model';
import { parseJson } from '../../server/src/core/json/parse';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { REPO_ROOT } from './shared';

export interface ValidatorFinding {
  /** Absolute path of the file it is about. */
  file: string;
  level: 'error' | 'warning';
  /** The JSON path it names (`agents[0]`, `hooks.PreToolUse.0.hooks.1`), `root` or `json`. */
  path: string;
  message: string;
}

interface Entry {
  file: string;
  type?: string;
  errors?: { path: string; message: string }[];
  warnings?: { path: string; message: string }[];
}

/** The pinned binary, installed from the npm registry on first use (scripts/editor/provision.mjs). */
export async function claudeBinary(): Promise<string> {
  const provision = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'editor', 'provision.mjs')).href)) as { ensureClaudeCode(): string };
  return provision.ensureClaudeCode();
}

/** `claude plugin validate --json DIR`: its errors and warnings on the manifest and the plugin's files. */
export function validate(claude: string, dir: string): Promise<ValidatorFinding[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(claude, ['plugin', 'validate', '--json', dir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', () => {
      let report: { manifest?: Entry; contents?: Entry[] };
      try {
        report = JSON.parse(out) as typeof report;
      } catch {
        reject(new Error(`claude plugin validate ${dir} printed no JSON: ${out.slice(0, 500)} ${err.slice(0, 500)}`));
        return;
      }
      const found: ValidatorFinding[] = [];
      for (const entry of [report.manifest, ...(report.contents ?? [])]) {
        if (!entry) continue;
        for (const level of ['errors', 'warnings'] as const) {
          for (const f of entry[level] ?? [])
            found.push({ file: entry.file, level: level === 'errors' ? 'error' : 'warning', path: f.path, message: f.message });
        }
      }
      resolve(found);
    });
  });
}

/** The path a validator finding names, as segments: the message's own `hooks.X.0…` prefix wins. */
export function pathSegments(finding: ValidatorFinding): (string | number)[] {
  const inMessage = /^((?:hooks|mcpServers)(?:\.[^\s:.]+)+):/.exec(finding.message)?.[1];
  const written = inMessage ?? finding.path;
  if (written === 'root' || written === 'json' || written === '') return [];
  return written
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The span of the deepest node of `file` on the finding's path (the key and value of a property,
 * an array entry, or the object that lacks the key), as offsets.
 */
export function spanFor(text: string, segments: readonly (string | number)[]): { start: number; end: number } {
  const root = parseJson(text).root;
  if (!root) return { start: 0, end: text.length };
  let node: JsonNode = root;
  let start = root.start;
  for (const segment of segments) {
    if (typeof segment === 'string') {
      const property = lastProperty(node, segment);
      if (!property?.value) break;
      start = property.keyStart;
      node = property.value;
    } else {
      const item = at(node, [segment]);
      if (!item) break;
      start = item.start;
      node = item;
    }
  }
  return { start, end: node.end };
}

/**
 * The validator's findings that none of ours matches: on a JSON file, one of ours inside the node it
 * names; on a Markdown file's frontmatter, one of ours on the first line. `markdown: false` checks
 * JSON files only.
 */
export function unmatched(validator: readonly ValidatorFinding[], ours: (file: string) => readonly Finding[], { markdown = false } = {}): ValidatorFinding[] {
  return validator.filter((v) => {
    if (v.file.endsWith('.md') && markdown && v.path === 'frontmatter') return !ours(v.file).some((f) => f.range.start.line === 0);
    if (!v.file.endsWith('.json')) return false;
    const text = readFileSync(v.file, 'utf8');
    const lines = new LineIndex(text);
    const span = spanFor(text, pathSegments(v));
    return !ours(v.file).some((f) => {
      const s = lines.offsetAt(f.range.start);
      return s >= span.start && s <= span.end;
    });
  });
}
