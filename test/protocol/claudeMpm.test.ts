/**
 * claude-mpm over stdio: the server recognises a claude-mpm project by its `.claude-mpm/` folder
 * (which holds no Markdown), reads its agents with claude-mpm's fields, and indexes the skills of a
 * companion repository named in `skillFolders` so that agents' bindings resolve.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const UNSET = { rules: {}, documents: {}, skills: { target: null }, maxFileSize: null, followSymlinks: null, framework: null, skillFolders: null, trace: { server: 'off' } };
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
