/**
 * Fixes that never hurt, held by Claude Code itself: `agent-docs lint --fix` runs over a scratch
 * copy of the whole corpus and the rule fixtures (in a temporary folder, laid out as a plugin and as
 * a project, never in the repository), then the pinned `claude plugin validate` checks both copies:
 * - no file gains an error the validator reports;
 * - every field Claude Code loads differs after the fix only where a finding with a preferred fix
 *   was about it (on its lines, or naming it), or where a finding said the frontmatter could not be
 *   read at all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AgentDocsService, type Finding } from '../../server/src/core';
import { fieldsReadable, loadAgent } from '../../server/src/core/agents/loading';
import type { ParsedDocument } from '../../server/src/core/document/parse';
import { pathToUri, readDirectoryUri, stripBom } from '../../server/src/host/files';
import { REPO_ROOT, sharedPath } from '../support/shared';
import { scripts, type Entry, type Layout, type Verdict } from './oracle';

const CORPUS = sharedPath('corpus');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

/** Findings whose fix may change every field: they say Claude Code reads none of the frontmatter. */
const WHOLE_BLOCK = new Set(['yaml-syntax', 'frontmatter-not-first-line', 'frontmatter-unclosed', 'frontmatter-language', 'frontmatter-not-mapping']);

interface Snapshot {
  doc: ParsedDocument | undefined;
  findings: Finding[];
  /** Field → value as Claude Code loads it (JSON), plus the agent's name and whether it loads. */
  loaded: Map<string, string>;
}

function service(root: string): AgentDocsService {
  return new AgentDocsService({
    host: {
      readFile: (uri) => {
        try {
          return stripBom(readFileSync(new URL(uri), 'utf8'));
        } catch {
          return undefined;
        }
      },
      readDirectory: readDirectoryUri,
      log: () => {},
    },
    roots: [pathToUri(root)],
  });
}

function snapshot(root: string, files: ReadonlyMap<string, Entry>, withFindings: boolean): Map<string, Snapshot> {
  const s = service(root);
  for (const p of files.keys()) s.indexFile(pathToUri(p), stripBom(readFileSync(p, 'utf8')));
  const out = new Map<string, Snapshot>();
  for (const [p, entry] of files) {
    const uri = pathToUri(p);
    const doc = s.document(uri);
    const loaded = new Map<string, string>();
    if (doc && fieldsReadable(doc) === 'yes') {
      let values: Record<string, unknown>;
      try {
        values = (doc.frontmatter!.yaml!.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>) ?? {};
      } catch {
        values = {};
      }
      for (const [k, v] of Object.entries(values)) loaded.set(k, JSON.stringify(typeof v === 'string' ? v.trim() : v));
    }
    if (doc && entry.kind === 'agent') {
      const agent = loadAgent(doc, s.files);
      loaded.set('(loads)', String(agent.loads));
      if (agent.name !== undefined) loaded.set('(name)', agent.name);
    }
    out.set(p, { doc, findings: doc && withFindings ? s.lint(uri) : [], loaded });
  }
  return out;
}

/** Whether a finding with a preferred fix was about `key` in this document. */
function aboutKey(doc: ParsedDocument, f: Finding, key: string): boolean {
  if (!f.fixes?.some((x) => x.isPreferred)) return false;
  // A finding that Claude Code reads none of the frontmatter covers every field, if that is so.
  // (YAML only the fallback reads is fixed with the very quotes Claude Code adds: nothing changes.)
  if (WHOLE_BLOCK.has(f.ruleId) && fieldsReadable(doc) !== 'yes') return true;
  if (f.message.includes(`\`${key}\``)) return true;
  const entries = (doc.frontmatter?.yaml?.fields ?? []).filter((e) => e.key === key);
  return entries.some((e) => {
    const from = doc.lines.positionAt(e.keyStart).line;
    const to = doc.lines.positionAt(Math.max(e.keyEnd, e.valueEnd)).line;
    return f.range.start.line <= to && f.range.end.line >= from;
  });
}

function errorsOf(v: Verdict | undefined): string[] {
  return (v?.errors ?? []).map((e) => `${e.path}: ${e.message}`);
}

describe("lint --fix never hurts, by Claude Code's own verdict", () => {
  let layout: Layout;
  const results: {
    scope: 'plugin' | 'project';
    path: string;
    entry: Entry;
    before: Snapshot;
    after: Snapshot;
    errorsBefore: string[];
    errorsAfter: string[];
  }[] = [];

  before(async () => {
    const s = await scripts();
    const claude = s.ensureClaudeCode();
    const entries = [...(CORPUS ? s.corpusEntries(CORPUS) : []), ...s.fixtureEntries(join(REPO_ROOT, 'test', 'fixtures', 'rules'))];
    layout = s.layOut(entries, { copy: true });
    for (const scope of ['plugin', 'project'] as const) {
      const root = layout[scope];
      const files = layout.files[scope];
      const verdictsBefore = s.verdicts(s.validate(claude, root));
      const snapBefore = snapshot(root, files, true);
      const r = spawnSync(process.execPath, [CLI, 'lint', '--fix', '--format', 'json', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 29 });
      assert.ok(r.status === 0 || r.status === 1, `lint --fix exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      const verdictsAfter = s.verdicts(s.validate(claude, root));
      const snapAfter = snapshot(root, files, false);
      for (const [path, entry] of files) {
        const [before, after] = [snapBefore.get(path)!, snapAfter.get(path)!];
        results.push({ scope, path, entry, before, after, errorsBefore: errorsOf(verdictsBefore.get(path)), errorsAfter: errorsOf(verdictsAfter.get(path)) });
      }
    }
  });
  after(() => {
    if (layout) rmSync(layout.root, { recursive: true, force: true });
  });

  const label = (r: (typeof results)[number]) => `${r.scope} ${r.entry.group}/${r.entry.path}`;

  it("gives no file an error Claude Code's validator did not report before", () => {
    const worse = results
      .filter((r) => r.errorsAfter.some((e) => !r.errorsBefore.includes(e)))
      .map((r) => `${label(r)}: ${r.errorsAfter.filter((e) => !r.errorsBefore.includes(e)).join(' | ')}`);
    const fixed = results.filter((r) => r.errorsAfter.length < r.errorsBefore.length).length;
    console.log(`lint --fix: validator errors removed from ${fixed} files, added to ${worse.length}`);
    assert.deepEqual(worse, []);
  });

  it('changes loaded fields only where a finding with a preferred fix said so', () => {
    const wrong: string[] = [];
    let changedFiles = 0;
    for (const r of results) {
      const keys = new Set([...r.before.loaded.keys(), ...r.after.loaded.keys()]);
      const changed = [...keys].filter((k) => r.before.loaded.get(k) !== r.after.loaded.get(k));
      if (changed.length === 0) continue;
      changedFiles++;
      const doc = r.before.doc!;
      const fieldKeys = changed.filter((k) => !k.startsWith('('));
      // The agent's name and loading follow from its fields: covered when those changes are.
      const unexplained = fieldKeys.filter((k) => !r.before.findings.some((f) => aboutKey(doc, f, k)));
      const derived = changed.filter((k) => k.startsWith('('));
      if (fieldKeys.length === 0 && derived.length) unexplained.push(...derived);
      if (unexplained.length) wrong.push(`${label(r)}: ${unexplained.map((k) => `${k}: ${r.before.loaded.get(k)} -> ${r.after.loaded.get(k)}`).join('; ')}`);
    }
    console.log(`lint --fix: loaded fields changed in ${changedFiles} of ${results.length} files, each as a finding said`);
    assert.deepEqual(wrong, []);
  });

  it('reaches files that need fixing', () => {
    assert.ok(
      results.some((r) => r.before.doc?.text !== r.after.doc?.text),
      'lint --fix changed something',
    );
  });
});
