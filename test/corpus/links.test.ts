/**
 * Links and names on the real corpus, read in place. Each corpus folder holds only part of its
 * snapshot; `_snapshot_tree.txt` lists every file the snapshot has, so the host these tests give
 * the service lists the disk plus those paths (test/support/fileTree.ts): a link to a script or a
 * reference file that was not extracted resolves as it would in a checkout. The product itself
 * lists the disk only; nothing is relaxed in it for the corpus.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { AgentDocsService, mergeConfig, type Finding } from '../../server/src/core';
import { markdownOf } from '../../server/src/core/document/markdown';
import { linkProblems } from '../../server/src/core/references/linkProblems';
import { linkSegments } from '../../server/src/core/references/resolveLinks';
import { linkRules } from '../../server/src/core/rules/links';
import { nameRules } from '../../server/src/core/rules/names';
import { listDocumentFiles, pathToUri, readTextSync, uriToPath } from '../../server/src/host/files';
import { corpusReadDirectory } from '../support/fileTree';
import { sharedPath } from '../support/shared';

const corpus = sharedPath('corpus');
const RESIN = 'suxxes__resin.ai';

interface Found {
  path: string;
  finding: Finding;
  text: string;
}

async function lintRepo(root: string): Promise<{ service: AgentDocsService; found: Found[] }> {
  const config = mergeConfig();
  const service = new AgentDocsService({
    host: { readFile: (u) => readTextSync(uriToPath(u), config.maxFileSize), readDirectory: corpusReadDirectory(corpus!), log: () => {} },
    config,
    roots: [pathToUri(root)],
    rules: [...linkRules, ...nameRules],
  });
  const uris: string[] = [];
  for (const path of await listDocumentFiles(root)) {
    const uri = pathToUri(path);
    const text = readTextSync(path, config.maxFileSize);
    if (text === undefined || !service.kindOf(uri)) continue;
    service.indexFile(uri, text);
    uris.push(uri);
  }
  const found = uris.flatMap((uri) => {
    const text = service.document(uri)?.text ?? '';
    return service.lint(uri).map((finding) => ({ path: relative(root, uriToPath(uri)), finding, text }));
  });
  return { service, found };
}

/** Every file the snapshot holds, relative to the corpus folder. */
function snapshotFiles(root: string): Set<string> {
  const tree = join(root, '_snapshot_tree.txt');
  return new Set(
    existsSync(tree)
      ? readFileSync(tree, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  );
}

describe('links and names on the corpus', { skip: corpus ? false : 'corpus not found beside the repository' }, () => {
  const repos = corpus
    ? readdirSync(corpus)
        .filter((n) => statSync(join(corpus, n)).isDirectory())
        .sort()
    : [];
  const results = new Map<string, { service: AgentDocsService; found: Found[] }>();
  before(async () => {
    for (const repo of repos) results.set(repo, await lintRepo(join(corpus!, repo)));
    const counts: Record<string, number> = {};
    for (const { found } of results.values()) for (const f of found) counts[f.finding.ruleId] = (counts[f.finding.ruleId] ?? 0) + 1;
    console.log(`links and names on the corpus: ${JSON.stringify(counts)}`);
  });

  it("reports each of resin.ai's 72 case-only resource links, with the core/ spelling as the fix", () => {
    const { found } = results.get(RESIN)!;
    const cases = found.filter((f) => f.finding.ruleId === 'link-case-mismatch');
    assert.equal(cases.length, 72);
    for (const { path, finding } of cases) {
      assert.equal(finding.severity, 'error', path);
      assert.match(finding.message, /^`CORE\/[A-Z-]+\.md` exists only as `core\/[A-Z-]+\.md`: .*fails to read it on Linux\.$/, path);
      const fix = finding.fixes?.[0];
      assert.ok(fix, `${path}: a fix`);
      const [edit] = Object.values(fix.edit.changes)[0]!;
      assert.match(edit!.newText, /^core\/[A-Z-]+\.md$/);
    }
    // `CORE/ASK-USER-QUESTION-TOOL.md` is really in CORE/: twice written, never reported.
    const ask = found.filter((f) => f.text.includes('CORE/ASK-USER-QUESTION-TOOL.md') && f.finding.message.includes('ASK-USER-QUESTION-TOOL'));
    assert.deepEqual(ask, []);
  });

  it('reports no link that resolves in the snapshot, and nothing in code blocks', () => {
    let checked = 0;
    for (const [repo, { service, found }] of results) {
      const root = join(corpus!, repo);
      const snapshot = snapshotFiles(root);
      const lower = new Set([...snapshot].map((p) => p.toLowerCase()));
      for (const { path, finding } of found) {
        const doc = service.document(pathToUri(join(root, path)))!;
        const line = finding.range.start.line;
        // Only a tool call written out in an agent's or command's own instructions is read in code.
        const instruction = finding.ruleId.startsWith('agent-reference') && (doc.kind === 'command' || doc.kind === 'agent');
        assert.ok(!markdownOf(doc).isCodeLine(line) || instruction, `${repo}/${path}:${line + 1}: reported in a code block (${finding.ruleId})`);
      }
      // Each problem checked against the snapshot's file list with plain path arithmetic.
      for (const uri of service.index.uris()) {
        const doc = service.document(uri);
        if (!doc) continue;
        for (const p of linkProblems(doc, service.files, service.index)) {
          if (p.kind === 'anchor') continue;
          const target = relative(root, join(uriToPath(p.base.dir), ...linkSegments(p.link)));
          if (target.startsWith('..')) continue;
          checked++;
          assert.ok(!snapshot.has(target) && !existsSync(join(root, target)), `${repo}: ${target} exists, yet ${p.kind}`);
          if (p.kind === 'case')
            assert.ok(
              lower.has(target.toLowerCase()) || [...lower].some((f) => f.startsWith(`${target.toLowerCase()}/`)),
              `${repo}: ${target} has no case twin`,
            );
        }
      }
    }
    assert.ok(checked > 100, `${checked} problems checked`);
  });

  it('finds the plugin agents named without their plugin, and only in plugins', () => {
    const { found } = results.get('wshobson__agents')!;
    const unscoped = found.filter((f) => f.finding.ruleId === 'agent-reference-unscoped');
    assert.ok(unscoped.length > 0);
    for (const { path, finding } of unscoped) {
      assert.match(path, /^plugins\/[^/]+\//);
      const plugin = path.split('/')[1]!;
      assert.match(finding.message, new RegExp(`runs it as \`${plugin}:`), path);
    }
    for (const [repo, { found: others }] of results) {
      if (repo === 'wshobson__agents') continue;
      assert.deepEqual(
        others.filter((f) => f.finding.ruleId === 'agent-reference-unscoped').map((f) => f.path),
        [],
        repo,
      );
    }
  });
});
