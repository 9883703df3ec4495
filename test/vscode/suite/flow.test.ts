/// <reference types="mocha" />
/// <reference types="vscode" />
// The Flow view on workspaces/flow: a first-generation flow (.claude/: developer and
// quality-assurance, /develop routing all but developer's MISSING_TASK_FILES, a diagram handing
// codes between them) and a plugin flow defined in tables (kit/: WORK → TEST → DONE). Read
// through the extension's API (docs/flow.md); what the webview draws is the e2e suite's.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgentDocsApi } from '../../../client/src/api';
import type { ViewGraph } from '../../../client/src/flow/messages';
import { api, open, root, waitFor } from '../support';

describe('Flow view', () => {
  let ext: AgentDocsApi;
  const edges = (g: ViewGraph) => g.edges.map((e) => `${e.from} -${e.code}-> ${e.to ?? (e.routed ? e.end : 'nowhere')}`);
  /** Waits until the view was sent a graph that `accept`s. */
  const graphBecomes = (what: string, accept: (g: ViewGraph) => boolean) => {
    const sent = new vscode.EventEmitter<void>();
    const sub = ext.flow.onDidSendGraph(() => sent.fire());
    return waitFor(what, () => {
      const g = ext.flow.graph();
      return g && accept(g) ? g : undefined;
    }, [sent.event]).finally(() => sub.dispose());
  };

  before(async () => {
    ext = await api();
  });

  it('offers a code lens on the orchestrator that opens the view on its flow', async () => {
    const editor = await open('.claude/commands/develop.md');
    const lens = await waitFor('the Show Flow code lens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return lenses?.find((l) => l.command?.title.startsWith('Show Flow'));
    });
    assert.equal(lens.command!.title, 'Show Flow: 2 agents, 1 code not routed');
    assert.equal(lens.command!.command, 'agentDocs.flow.show');
    // Above `## Return Codes:`.
    assert.equal(editor.document.lineAt(lens.range.start.line).text, '## Return Codes:');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const g = await graphBecomes('the first flow', (x) => x.nodes.some((n) => n.id === '/develop'));
    assert.ok(ext.flow.visible());
    assert.deepEqual(
      g.flows.map((f) => f.title),
      ['flow', 'kit'],
    );
    assert.deepEqual(
      g.nodes.map((n) => `${n.kind} ${n.id} ${n.file}:${n.line}`),
      [
        'orchestrator /develop .claude/commands/develop.md:13',
        'agent developer .claude/agents/developer.md:2',
        'agent quality-assurance .claude/agents/quality-assurance.md:2',
      ],
    );
    assert.deepEqual(edges(g), [
      'developer -FAILURE_CONTINUE-> /develop',
      'developer -MISSING_TASK_FILES-> nowhere',
      'developer -SUCCESS_TO_QUALITY_ASSURANCE-> quality-assurance',
      'quality-assurance -SUCCESS_DONE-> /develop',
      'quality-assurance -FAILURE_TO_DEVELOPER-> developer',
    ]);
    // Hover text: the description and the rows, with paths for people.
    const handoff = g.edges.find((e) => e.code === 'SUCCESS_TO_QUALITY_ASSURANCE')!;
    assert.equal(handoff.description, 'Implementation complete');
    assert.deepEqual(
      handoff.rows.map((r) => `${r.role} ${r.file}:${r.line}`),
      ['declaration .claude/agents/developer.md:7', 'route .claude/commands/develop.md:14', 'diagram .claude/commands/develop.md:7'],
    );
  });

  it('redraws when a flow file changes', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), '.claude/commands/develop.md'));
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.startsWith('- `FAILURE_CONTINUE`'))!;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(line + 1, 0), '- `MISSING_TASK_FILES` - Plan the task first\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const g = await graphBecomes('MISSING_TASK_FILES routed', (x) => x.edges.some((e) => e.code === 'MISSING_TASK_FILES' && e.routed));
    assert.ok(edges(g).includes('developer -MISSING_TASK_FILES-> /develop'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("opens on the active file's flow from the command palette", async () => {
    await open('kit/resources/STATE-MACHINE/RETURN-CODES.md');
    await vscode.commands.executeCommand('agentDocs.flow.show');
    const g = await graphBecomes('the plugin flow', (x) => x.nodes.some((n) => n.id === 'WORK'));
    assert.deepEqual(edges(g), [
      'builder -FAILURE-> WORK',
      'builder -SUCCESS-> WORK',
      'WORK -FAILURE-> exit',
      'WORK -SUCCESS-> TEST',
      'TEST -FAILURE-> WORK',
      'TEST -SUCCESS-> DONE',
    ]);
    assert.deepEqual(
      g.nodes.filter((n) => n.deadEnd).map((n) => n.id),
      ['DONE'],
    );
  });

  it('opens from the Agents view on the flow of the agent it is given', async () => {
    const agents = await ext.agents.tree.getChildren();
    const group = agents.find((n) => n.label === 'Agents')!;
    const developer = (await ext.agents.tree.getChildren(group)).find((n) => n.label === 'developer')!;
    await vscode.commands.executeCommand('agentDocs.flow.show', developer);
    await graphBecomes('the first flow again', (x) => x.nodes.some((n) => n.id === 'developer'));
  });
});
