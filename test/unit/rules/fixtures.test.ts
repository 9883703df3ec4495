/**
 * Rule fixtures: every folder under test/fixtures/rules/<rule-id>/ is a small workspace. For each
 * Markdown file and each of Claude Code's JSON files in it (`plugin.json`, `hooks.json` …),
 * `<file>.expected.txt` lists every finding (1-based ranges), and `<file>.fixed.md` (`.fixed.json`)
 * when present is the result of fixing all; fixing that again changes nothing.
 * Regenerate after a deliberate change with UPDATE_FIXTURES=1, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { AgentDocsService, detectClaudeMpmProjects, mergeConfig, RULES, type Finding } from '../../../server/src/core';
import { isJsonDocumentPath } from '../../../server/src/core/json/kinds';
import { isDataDocumentPath } from '../../../server/src/core/framework/claudeMpmKinds';
import { isExecutableUri, pathToUri, readDirectoryUri, readTextSync, uriToPath } from '../../../server/src/host/files';

const FIXTURES = join(__dirname, '../../../../test/fixtures/rules');
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return (/\.md$/i.test(name) && !/\.fixed\.md$/.test(name)) || ((isJsonDocumentPath(p) || isDataDocumentPath(p)) && !/\.fixed\.(json|yaml)$/.test(name))
      ? [p]
      : [];
  });
}

export function formatFindings(findings: readonly Finding[]): string {
  return (
    findings
      .map(
        (f) =>
          `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.severity} ${f.ruleId} ${f.message}${f.fixes?.length ? ` [fix: ${f.fixes.map((x) => x.title).join(' | ')}]` : ''}`,
      )
      .join('\n') + (findings.length ? '\n' : '')
  );
}

function check(expectedPath: string, actual: string): void {
  if (UPDATE) {
    if (actual === '' && !existsSync(expectedPath) && expectedPath.endsWith('.fixed.md')) return;
    writeFileSync(expectedPath, actual);
    return;
  }
  assert.ok(existsSync(expectedPath), `missing ${relative(FIXTURES, expectedPath)} (run with UPDATE_FIXTURES=1)`);
  assert.equal(actual, readFileSync(expectedPath, 'utf8'), relative(FIXTURES, expectedPath));
}

/**
 * The fixture folder as the host sees it: the Markdown files as read, the other files (plugin
 * manifests, scripts a link points to) from disk, and folder listings without the expected
 * outputs, which are not part of the workspace a fixture stands for.
 */
function fixtureHost(texts: Map<string, string>) {
  const expected = /\.(expected\.txt|fixed\.(md|json|yaml))$/;
  return {
    readFile: (u: string) => texts.get(u) ?? (u.startsWith('file:') ? readTextSync(uriToPath(u)) : undefined),
    readDirectory: (u: string) => readDirectoryUri(u)?.filter((e) => !expected.test(e.name)),
    isExecutable: isExecutableUri,
    log: () => {},
  };
}

describe('rule fixtures', () => {
  for (const ruleDir of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, ruleDir);
    describe(ruleDir, () => {
      const files = walk(dir);
      const config = mergeConfig(existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : undefined);
      const texts = new Map(files.map((f) => [pathToUri(f), readFileSync(f, 'utf8')]));
      // Layout detection as the hosts do it: a `src/claude_mpm/` folder makes a claude-mpm project.
      const frameworkProjects = detectClaudeMpmProjects(texts.keys());
      const service = new AgentDocsService({ host: fixtureHost(texts), config, roots: [pathToUri(dir)], frameworkProjects });
      for (const [u, t] of texts) service.indexFile(u, t);
      for (const file of files) {
        it(relative(dir, file), () => {
          const uri = pathToUri(file);
          const text = texts.get(uri)!;
          check(`${file}.expected.txt`, formatFindings(service.lint(uri)));
          const fixed = service.fixAllText(uri, text);
          const fixedPath = file.replace(/\.(md|json|yaml)$/i, '.fixed.$1');
          if (fixed !== text) {
            check(fixedPath, fixed);
            assert.equal(service.fixAllText(uri, fixed), fixed, 'fixing twice changes nothing the second time');
          } else assert.ok(!existsSync(fixedPath) || UPDATE, `${relative(FIXTURES, fixedPath)} exists but nothing was fixed`);
        });
      }
    });
  }

  it('every rule has a fixture folder', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !existsSync(join(FIXTURES, id)));
    assert.deepEqual(missing, []);
  });
});
