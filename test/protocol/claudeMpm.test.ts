/**
 * claude-mpm over stdio: the server recognises a claude-mpm project by its `.claude-mpm/` folder
 * (which holds no Markdown), reads its agents with claude-mpm's fields, and indexes the skills of a
 * companion repository named in `skillFolders` so that agents' bindings resolve.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { AgentChildrenParams, AgentViewNode } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const UNSET = {
  rules: {},
  documents: {},
  skills: { target: null },
  maxFileSize: null,
  followSymlinks: null,
  framework: null,
  skillFolders: null,
  trace: { server: 'off' },
};
const AGENT = `---
name: research
description: Research agent of a claude-mpm project.
version: 5.0.0
agent_id: research
resource_tier: high
skills:
  - universal-collaboration-git-workflow
  - universal/collaboration/git-workflow
  - dspy
---

Research.
`;
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code}:${d.range.start.line + 1}`).sort();

describe('protocol: claude-mpm projects', () => {
  let ws: TempWorkspace;
  let skills: TempWorkspace;
  let client: LspClient;
  let uri: string;

  before(async () => {
    skills = tempWorkspace({ 'universal/collaboration/git-workflow/SKILL.md': '---\nname: git-workflow\ndescription: Git patterns.\n---\n' });
    ws = tempWorkspace({
      '.claude-mpm/configuration.yaml': 'skills:\n  auto_deploy: true\n',
      'agents/research.md': AGENT,
      '.claude/skills/local-notes/SKILL.md': '---\nname: local-notes\ndescription: A project skill.\n---\n',
    });
    client = await LspClient.start({ root: ws.root, settings: UNSET });
    uri = client.uri('agents/research.md');
    await client.open(uri, AGENT);
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
    skills?.dispose();
  });

  it('knows claude-mpm agent fields once the project is recognised by its .claude-mpm folder', async () => {
    // Without the skill folder, the three skills are unknown; the fields are not reported.
    const ds = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'agent-skill-unknown').length === 3);
    assert.deepEqual(codes(ds), ['agent-skill-unknown:10', 'agent-skill-unknown:8', 'agent-skill-unknown:9']);
    assert.match(String(ds[0]!.message), /claude-mpm deploys nothing for it/);
  });

  it('resolves bindings to a companion skills repository named in skillFolders, after indexing it', async () => {
    await client.changeSettings({ ...UNSET, skillFolders: [skills.root] });
    const ds = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'agent-skill-unknown').length === 1);
    assert.deepEqual(codes(ds), ['agent-skill-unknown:10'], 'the deployment name and the slash form resolve; dspy stays unknown');
  });

  it('reads the file as plain Claude Code when framework says so', async () => {
    await client.changeSettings({ ...UNSET, skillFolders: [skills.root], framework: 'claude-code' });
    const ds = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'agent-unknown-field'));
    assert.ok(codes(ds).includes('agent-unknown-field:4'), codes(ds).join(', '));
  });
});

describe('protocol: claude-mpm templates in the Agents view', () => {
  const TEMPLATE = JSON.stringify(
    {
      schema_version: '1.3.0',
      agent_id: 'php_engineer',
      agent_version: '1.0.0',
      agent_type: 'engineer',
      metadata: { name: 'PHP Engineer', description: 'Writes PHP the modern way.', tags: ['php'], color: 'indigo' },
      capabilities: { model: 'sonnet', resource_tier: 'standard', tools: ['Read', 'Edit'] },
      instructions: '# PHP Engineer\n\nWrite PHP.',
      skills: ['git-workflow', 'espocrm-development', 'kubernetes'],
    },
    null,
    2,
  );
  let ws: TempWorkspace;
  let client: LspClient;
  const children = (params: Partial<AgentChildrenParams> = {}) => client.request<AgentViewNode[]>('agentDocs/agentChildren', { filter: 'all', ...params });
  const parentOf = (n: AgentViewNode): AgentChildrenParams['parent'] => ({
    id: n.id,
    level: n.level,
    folder: n.folder,
    ...(n.uri ? { uri: n.uri } : {}),
    ...(n.group ? { group: n.group } : {}),
  });

  before(async () => {
    ws = tempWorkspace({
      'src/claude_mpm/agents/templates/php-engineer.json': TEMPLATE,
      'src/claude_mpm/skills/bundled/git-workflow.md': '---\nskill_id: git-workflow\nskill_version: 0.1.0\n---\n\n# Git\n',
      'src/claude_mpm/skills/bundled/php/espocrm-development/SKILL.md': '---\nname: espocrm-development\ndescription: EspoCRM.\n---\n',
    });
    client = await LspClient.start({ root: ws.root, settings: UNSET });
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('lists templates by the agent they deploy, with their problems and their skill bindings', async () => {
    const groups = await client.poll(
      () => children(),
      (g) => g.some((n) => n.group === 'templates'),
      'templates indexed',
    );
    const templatesGroup = groups.find((n) => n.group === 'templates')!;
    assert.equal(templatesGroup.label, 'Agent templates');
    assert.ok(
      groups.some((n) => n.group === 'skills' && n.count === 2),
      'the flat and the folder skill are both skills',
    );
    const [template] = await children({ parent: parentOf(templatesGroup) });
    assert.equal(template!.label, 'php-engineer');
    assert.equal(template!.displayName, 'PHP Engineer');
    assert.equal(template!.level, 'template');
    assert.equal(template!.warnings, 3, 'the colour and two bindings');
    const bindings = await children({ parent: parentOf(template!) });
    assert.deepEqual(
      bindings.map((b) => [b.label, b.state, b.uri?.replace(/.*\/bundled\//, '')]),
      [
        ['git-workflow', 'bound', 'git-workflow.md'],
        ['espocrm-development', 'elsewhere', 'php/espocrm-development/SKILL.md'],
        ['kubernetes', 'unknown', undefined],
      ],
    );
  });

  it('diagnoses the open template on exact JSON ranges', async () => {
    const uri = client.uri('src/claude_mpm/agents/templates/php-engineer.json');
    await client.open(uri, TEMPLATE, 'json');
    const ds = await client.waitForDiagnostics(uri, (d) => d.length === 3);
    const colour = ds.find((d) => d.code === 'mpm-template-color-value')!;
    const line = TEMPLATE.split('\n')[colour.range.start.line]!;
    assert.equal(line.slice(colour.range.start.character, colour.range.end.character), '"indigo"');
  });
});
