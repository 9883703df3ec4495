/**
 * Claude Code as the oracle for plugin-scoped names: `claude plugin validate --json` lists what a
 * plugin provides (`provides.agents`, `provides.commands`, `provides.skills`) under the names
 * Claude Code registers them with. agent-docs' name tables must give every one of those names, so
 * `Agent(orch:reviewer)`, `subagent_type: orch:review:security` and `/orch:sub:deploy` resolve as
 * they do at run time.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AgentDocsService, mergeConfig } from '../../server/src/core';
import { agentNames } from '../../server/src/core/names/agents';
import { commandNames } from '../../server/src/core/names/commands';
import { skillNames } from '../../server/src/core/names/skills';
import { listDocumentFiles, pathToUri, readDirectoryUri, readTextSync, uriToPath } from '../../server/src/host/files';
import { scripts } from './oracle';

const PLUGIN: Record<string, string> = {
  '.claude-plugin/plugin.json': '{ "name": "orch", "version": "1.0.0", "description": "Names under test", "author": { "name": "agent-docs" } }\n',
  'agents/reviewer.md': '---\nname: reviewer\ndescription: Reviews.\n---\nReview.\n',
  'agents/file-name.md': '---\nname: other-name\ndescription: Named unlike its file.\n---\nWork.\n',
  'agents/unnamed.md': '---\ndescription: Has no name: loads under its file name.\n---\nWork.\n',
  'agents/review/security.md': '---\nname: security\ndescription: In a subfolder.\n---\nCheck.\n',
  'commands/deploy.md': '---\ndescription: Deploys.\n---\nDeploy.\n',
  'commands/sub/rollback.md': '---\ndescription: Rolls back.\n---\nRoll back.\n',
  'skills/pdf/SKILL.md': '---\nname: pdf\ndescription: PDF forms.\n---\nFill.\n',
  'skills/forms/SKILL.md': '---\nname: fancy-forms\ndescription: Named unlike its folder.\n---\nFill.\n',
  'skills/plain/SKILL.md': '---\ndescription: No name.\n---\nDo.\n',
};

interface Provides {
  agents: string[];
  commands: string[];
  skills: string[];
}

describe('plugin-scoped names, as Claude Code registers them', () => {
  let dir: string;
  let provides: Provides;
  let service: AgentDocsService;
  before(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'agent-docs-names-')), 'orch');
    for (const [path, text] of Object.entries(PLUGIN)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const s = await scripts();
    provides = (s.validate(s.ensureClaudeCode(), dir) as { provides: Provides }).provides;
    const config = mergeConfig();
    service = new AgentDocsService({
      host: { readFile: (u) => readTextSync(uriToPath(u)), readDirectory: readDirectoryUri, log: () => {} },
      config,
      roots: [pathToUri(dirname(dir))],
    });
    for (const path of await listDocumentFiles(dir)) service.indexFile(pathToUri(path), readTextSync(path)!);
  });
  after(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('names every agent as the validator lists it', () => {
    const ours = agentNames(service.index, service.files)
      .all.map((a) => a.id)
      .sort();
    assert.deepEqual(ours, [...provides.agents].sort());
  });

  it('answers to every command and skill name the validator lists', () => {
    const commands = new Set(commandNames(service.index, service.files).all.flatMap((c) => c.ids));
    for (const name of provides.commands) assert.ok(commands.has(name), `command ${name}; ours: ${[...commands].join(', ')}`);
    const skills = new Set(skillNames(service.index, service.files).all.flatMap((s) => s.ids));
    for (const name of provides.skills) assert.ok(skills.has(name), `skill ${name}; ours: ${[...skills].join(', ')}`);
  });
});
