/**
 * A folder of the corpus linted alone gets, file for file, the findings the whole corpus's lint
 * gives those files: the rest of its workspace is context, read only as far as the folder's
 * cross-file rules ask (`indexLater`), and that must never change a finding.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';
import { sharedPath } from '../support/shared';

const CORPUS = sharedPath('corpus');

interface FileResult {
  path: string;
  findings: unknown[];
}

function lint(args: string[], cwd: string): Map<string, unknown[]> {
  const run = runCli(['lint', '--format', 'json', ...args], { cwd });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return new Map((JSON.parse(run.stdout) as FileResult[]).map((r) => [resolve(cwd, r.path), r.findings]));
}

/** Each repository's top-level folders, and every folder named `agents`, `commands` or `skills` (at most 30 in all). */
function folders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (!statSync(p).isDirectory()) continue;
      if (depth === 1 || ['agents', 'commands', 'skills'].includes(name)) out.push(p);
      if (depth < 6) walk(p, depth + 1);
    }
  };
  for (const repo of readdirSync(root).sort()) {
    const p = join(root, repo);
    if (statSync(p).isDirectory()) walk(p, 1);
  }
  // Spread over the corpus rather than the first repositories' folders.
  const step = Math.max(1, Math.ceil(out.length / 30));
  return out.filter((_, i) => i % step === 0);
}

describe('a corpus folder linted alone', { skip: CORPUS ? false : 'no shared corpus' }, () => {
  it('gets the findings the whole corpus gives its files', () => {
    const reference = lint(['.'], CORPUS!);
    let compared = 0;
    for (const folder of folders(CORPUS!)) {
      const alone = lint([relative(CORPUS!, folder)], CORPUS!);
      for (const [file, findings] of alone) {
        assert.deepEqual(findings, reference.get(file), `${relative(CORPUS!, file)} linted with ${relative(CORPUS!, folder)}`);
        compared++;
      }
    }
    assert.ok(compared > 300, `only ${compared} files compared`);
  });
});
