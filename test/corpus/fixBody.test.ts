/**
 * `agent-docs lint --fix` on a scratch copy of the whole corpus (made in a temporary folder at test
 * time, never in the project): the Markdown body after the frontmatter is never changed, and a
 * second run changes nothing at all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, sharedPath } from '../support/shared';

const CORPUS = sharedPath('corpus');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(md|markdown)$/i.test(name) ? [p] : [];
  });
}

function snapshot(root: string): Map<string, string> {
  return new Map(walk(root).map((p) => [relative(root, p), readFileSync(p, 'utf8')]));
}

/**
 * The body: what follows the block between the first two lines that are `---` (indented or not,
 * so a frontmatter block that a fix moves to line 1 has the same body before and after).
 * Undefined when the file has no such block.
 */
function body(text: string): string | undefined {
  const lines = text.split(/(?<=\n)/);
  const fences = lines.flatMap((l, i) => (/^[ \t]*---[ \t]*\r?\n?$/.test(l) ? [i] : [])).slice(0, 2);
  if (fences.length < 2) return undefined;
  return lines.slice(fences[1]! + 1).join('');
}

function fix(root: string): void {
  // Exit 1 (problems remain) is expected; 2 would be a usage error or an unreadable path.
  const r = spawnSync(process.execPath, [CLI, 'lint', '--fix', '--format', 'json', root], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.ok(r.status === 0 || r.status === 1, `lint --fix exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
}

describe('lint --fix on a copy of the corpus', { skip: CORPUS ? false : 'no ../shared/corpus beside the repository' }, () => {
  let scratch: string;
  let original: Map<string, string>;
  let once: Map<string, string>;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'agent-docs-fix-'));
    cpSync(CORPUS!, scratch, { recursive: true });
    original = snapshot(scratch);
    fix(scratch);
    once = snapshot(scratch);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('fixes something, and never changes the body after the frontmatter', () => {
    let changed = 0;
    const bodies: string[] = [];
    for (const [file, before] of original) {
      const now = once.get(file)!;
      if (now === before) continue;
      changed++;
      const a = body(before);
      const b = body(now);
      // A block that was never closed has no body to compare before the fix closes it.
      if (a === undefined) continue;
      if (a !== b) bodies.push(file);
    }
    console.log(`lint --fix changed ${changed} of ${original.size} corpus files`);
    assert.ok(changed > 100, `expected fixes in the corpus, got ${changed}`);
    assert.deepEqual(bodies, [], 'files whose body changed');
  });

  it('changes nothing when run a second time', () => {
    fix(scratch);
    const twice = snapshot(scratch);
    const differ = [...once].filter(([file, text]) => twice.get(file) !== text).map(([file]) => file);
    assert.deepEqual(differ, []);
  });
});
