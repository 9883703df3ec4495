import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../../server/src/core';
import { pathToUri } from '../../../server/src/host/files';
import { loadConfig } from '../../../server/src/lsp/configuration';

/** What VS Code sends for the `agentDocs` section when the user has set nothing. */
const UNSET_SETTINGS = { rules: {}, documents: {}, skills: { target: null }, maxFileSize: null, followSymlinks: null, trace: { server: 'off' } };

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-docs-config-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'agent-docs.config.json'),
    JSON.stringify({ rules: { 'yaml-syntax': 'warning' }, skills: { target: 'agent-skills' }, maxFileSize: 1000, followSymlinks: true }),
  );
  const root = pathToUri(dir);

  it('applies the config file when no setting is set', () => {
    const loaded = loadConfig(root, UNSET_SETTINGS);
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.file, join(dir, 'agent-docs.config.json'));
    assert.equal(loaded.config.skills.target, 'agent-skills');
    assert.equal(loaded.config.maxFileSize, 1000);
    assert.equal(loaded.config.followSymlinks, true);
    assert.deepEqual(loaded.config.rules, { 'yaml-syntax': 'warning' });
    assert.deepEqual(loaded.config.documents, DEFAULT_CONFIG.documents);
  });

  it('lets set editor settings override the file, rule by rule', () => {
    const loaded = loadConfig(root, {
      ...UNSET_SETTINGS,
      rules: { 'agent-name-missing': 'off' },
      skills: { target: 'claude-code' },
      documents: { agent: ['agents/*.md'] },
    });
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config.rules, { 'yaml-syntax': 'warning', 'agent-name-missing': 'off' });
    assert.equal(loaded.config.skills.target, 'claude-code');
    assert.deepEqual(loaded.config.documents.agent, ['agents/*.md']);
    assert.deepEqual(loaded.config.documents.skill, DEFAULT_CONFIG.documents.skill);
  });

  it('reports invalid settings and keeps the valid ones', () => {
    const loaded = loadConfig(root, { ...UNSET_SETTINGS, rules: { 'no-such-rule': 'error' }, maxFileSize: -1 });
    assert.equal(loaded.problems.length, 2);
    assert.equal(loaded.config.maxFileSize, 1000);
  });

  it('takes every contributed setting at its default without a problem', () => {
    // What VS Code sends when nothing is set: every contributed `agentDocs.*` setting, nested.
    const contributed = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).contributes.configuration.properties;
    const settings: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(contributed as Record<string, { default?: unknown }>)) {
      const path = key.split('.').slice(1);
      let node = settings;
      for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[path.at(-1)!] = schema.default ?? null;
    }
    const loaded = loadConfig(root, settings);
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.skills.target, 'agent-skills', 'the config file still applies');
  });

  it('uses the defaults without a config file or settings', () => {
    const empty = mkdtempSync(join(tmpdir(), 'agent-docs-config-'));
    try {
      const loaded = loadConfig(pathToUri(empty), undefined);
      assert.deepEqual(loaded.config, DEFAULT_CONFIG);
      assert.equal(loaded.file, undefined);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
