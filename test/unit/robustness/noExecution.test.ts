/**
 * Opening a folder must never run anything from it. A `---js` fence is exactly what gray-matter
 * would `eval` by default (CVE-2022-25863); these files try to write a marker file when evaluated,
 * and the tests prove it is never written: through the core, every language feature, and the CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { askEveryFeature } from '../../support/properties';
import { memoryService } from '../../support/workspace';

const REPO = join(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'agent-docs-noexec-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Documents that write `marker` if any part of them is ever evaluated as code. */
function payloads(marker: string): Record<string, string> {
  const write = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'evaluated')`;
  return {
    '.claude/agents/js.md': `---js\n{ name: ${write}, description: "x" }\n---\nBody\n`,
    '.claude/agents/javascript.md': `---javascript\nmodule.exports = { name: ${write} }\n---\nBody\n`,
    '.claude/agents/coffee.md': `---coffee\nname: ${write}\n---\nBody\n`,
    '.claude/agents/tag.md': `---\nname: tag\ndescription: !!js/function "function () { ${write} }"\ntools: !!js/eval "${write}"\n---\nBody\n`,
    '.claude/commands/js.md': `---js\n${write}\n---\nRun \`${write}\`\n`,
    'skills/js/SKILL.md': `---js\n${write}\n---\nBody\n`,
  };
}

describe('nothing from the workspace is executed', () => {
  it('core: linting, fixing and every language feature leave the marker unwritten', () => {
    const marker = join(dir, 'core-marker');
    const files = payloads(marker);
    const { service, uri } = memoryService(files);
    for (const [path, text] of Object.entries(files)) {
      const u = uri(path);
      service.openDocument(u, 1, text);
      assert.ok(service.lint(u).length > 0, `${path} has a finding`);
      service.fixAllText(u, text);
      service.fixAll(u);
      askEveryFeature(
        service,
        u,
        [0, 1, 2].flatMap((line) => [0, 3, 10].map((character) => ({ line, character }))),
      );
    }
    assert.equal(existsSync(marker), false, 'a workspace file was evaluated');
  });

  it('CLI: `lint --fix` over the files leaves the marker unwritten', () => {
    const marker = join(dir, 'cli-marker');
    const ws = join(dir, 'ws');
    for (const [path, text] of Object.entries(payloads(marker))) {
      mkdirSync(join(ws, path, '..'), { recursive: true });
      writeFileSync(join(ws, path), text);
    }
    const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'lint', '--fix', '--format', 'json', '.'], { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const results = JSON.parse(r.stdout) as unknown[];
    assert.ok(results.length >= 5);
    assert.match(r.stdout, /frontmatter-language/);
    assert.equal(existsSync(marker), false, 'a workspace file was evaluated');
  });

  it('no front-matter library that evaluates code is a dependency', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const deps = { ...pkg['dependencies'], ...pkg['devDependencies'] };
    for (const name of ['gray-matter', 'front-matter', 'js-yaml-js-types']) assert.equal(deps[name], undefined, name);
  });
});
