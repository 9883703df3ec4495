import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mergeConfig, RULES } from '../../../server/src/core';
import { WORKSPACE_FILES_KEY, WORKSPACE_PLUGINS_KEY, WorkspaceFiles } from '../../../server/src/core/files/workspaceFiles';
import { readEditorSettings } from '../../../server/src/lsp/configuration';
import { ProblemStore } from '../../../server/src/lsp/problems';
import { memoryService } from '../../support/workspace';

const AGENT = (name: string) => `---\nname: ${name}\ndescription: An agent\n---\nBody\n`;
const UNNAMED = '---\ndescription: No name\n---\nBody\n';

/** A service whose lint calls are counted per file. */
function counted(files: Record<string, string>) {
  const { service, uri } = memoryService(files);
  const lints = new Map<string, number>();
  const lint = service.lint.bind(service);
  service.lint = (u: string) => {
    lints.set(u, (lints.get(u) ?? 0) + 1);
    return lint(u);
  };
  return { service, uri, lints, store: new ProblemStore(service) };
}

describe('lint signatures and the problem store', () => {
  it('lints a file once while nothing it reads changes', () => {
    const { uri, lints, store } = counted({ '.claude/agents/a.md': UNNAMED, '.claude/agents/b.md': AGENT('b') });
    const a = uri('.claude/agents/a.md');
    assert.deepEqual(store.counts(a), { errors: 1, warnings: 0 });
    assert.deepEqual(store.counts(a), { errors: 1, warnings: 0 });
    store.digest(a);
    assert.equal(lints.get(a), 1);
    assert.equal(store.isCurrent(a), true);
  });

  it('lints a file again after its text changed, and only that file', () => {
    const COMMAND = '---\ndescription: Deploys\nfoo: bar\n---\nDeploy.\n';
    const { service, uri, lints, store } = counted({ '.claude/commands/a.md': COMMAND, '.claude/agents/b.md': AGENT('b') });
    const [a, b] = [uri('.claude/commands/a.md'), uri('.claude/agents/b.md')];
    store.counts(a);
    store.counts(b);
    const digest = store.digest(b);
    service.indexFile(a, `${COMMAND}More body.\n`);
    assert.equal(store.isCurrent(a), false);
    assert.equal(store.isCurrent(b), true, 'a body edit in a changes no fact b reads');
    assert.deepEqual(store.counts(a), { errors: 0, warnings: 1 });
    assert.equal(store.digest(b), digest);
    assert.deepEqual([lints.get(a), lints.get(b)], [2, 1]);
  });

  it('lints a file again when a fact of another file that its rules read changes', () => {
    const { service, uri, store } = counted({ '.claude/agents/a.md': AGENT('twin'), '.claude/agents/b.md': AGENT('other') });
    const [a, b] = [uri('.claude/agents/a.md'), uri('.claude/agents/b.md')];
    assert.deepEqual(store.counts(a), { errors: 0, warnings: 0 });
    service.indexFile(b, AGENT('twin'));
    assert.equal(store.isCurrent(a), false, 'agent names are read by agent-name-duplicate');
    assert.deepEqual(store.counts(a), { errors: 0, warnings: 1 });
  });

  it('moves every signature when the configuration changes', () => {
    const { service, uri } = counted({ '.claude/agents/a.md': AGENT('a') });
    const a = uri('.claude/agents/a.md');
    const before = service.lintSignature(a);
    service.setConfig(mergeConfig({ rules: { 'agent-name-format': 'off' } }));
    assert.notEqual(service.lintSignature(a), before);
  });

  it('gives an open document a new signature per version and the file on disk back when it closes', () => {
    const { service, uri } = counted({ '.claude/agents/a.md': UNNAMED });
    const a = uri('.claude/agents/a.md');
    const disk = service.lintSignature(a);
    service.openDocument(a, 1, AGENT('a'));
    const v1 = service.lintSignature(a);
    assert.notEqual(v1, disk);
    service.openDocument(a, 1, AGENT('a'));
    assert.equal(service.lintSignature(a), v1, 'the same version again changes nothing');
    service.openDocument(a, 2, AGENT('b'));
    assert.notEqual(service.lintSignature(a), v1);
    const open = service.lintSignature(a);
    service.closeDocument(a);
    assert.notEqual(service.lintSignature(a), open);
  });

  it('every rule that reads the files view declares it, so a created or deleted file lints it again', () => {
    const rulesDir = join(__dirname, '..', '..', '..', '..', 'server', 'src', 'core', 'rules');
    const sources = new Map<string, string>();
    for (const area of readdirSync(rulesDir, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      for (const file of readdirSync(join(rulesDir, area.name))) sources.set(file.replace(/\.ts$/, ''), join(rulesDir, area.name, file));
    }
    const undeclared = RULES.filter((r) => {
      const path = sources.get(r.id);
      if (!path || !existsSync(path)) return false;
      const text = readFileSync(path, 'utf8');
      const readsFiles = /\bctx\.files\b|\b(?:const|let)\s*\{[^}\n]*\bfiles\b[^}\n]*\}\s*=\s*ctx\b/.test(text);
      return readsFiles && !r.dependsOn?.includes(WORKSPACE_FILES_KEY) && !r.dependsOn?.includes(WORKSPACE_PLUGINS_KEY);
    });
    assert.deepEqual(
      undeclared.map((r) => r.id),
      [],
    );
    assert.ok(sources.size >= RULES.length / 2, 'rule sources found');
  });

  it('moves the plugins generation only for changes that can change plugins', () => {
    const files = new WorkspaceFiles(
      undefined,
      () => undefined,
      () => [],
    );
    const moves = (uris?: string[]) => {
      const [all, plugins] = [files.generation, files.pluginGeneration];
      files.invalidate(uris);
      return [files.generation > all, files.pluginGeneration > plugins];
    };
    assert.deepEqual(moves(['file:///ws/docs/0001 - Shop.md']), [true, false], 'an ordinary file');
    assert.deepEqual(moves(['file:///ws/tools/.claude-plugin/plugin.json']), [true, true], 'a manifest');
    assert.deepEqual(moves(['file:///ws/tools/.claude-plugin']), [true, true], 'its folder');
    files.notePluginRoot('file:///ws/tools');
    assert.deepEqual(moves(['file:///ws/tools']), [true, true], 'the plugin folder itself');
    assert.deepEqual(moves(['file:///ws']), [true, true], 'a folder above it');
    assert.deepEqual(moves(['file:///ws/other']), [true, false], 'a folder beside it');
    assert.deepEqual(moves(), [true, true], 'anything');
  });

  it('reads agentDocs.problems.scope nested or flat, workspace by default', () => {
    assert.equal(readEditorSettings(undefined).problemsScope, 'workspace');
    assert.equal(readEditorSettings({ problems: { scope: 'openFiles' } }).problemsScope, 'openFiles');
    assert.equal(readEditorSettings({ 'problems.scope': 'openFiles' }).problemsScope, 'openFiles');
    assert.equal(readEditorSettings({ problems: { scope: 'nonsense' } }).problemsScope, 'workspace');
  });
});
