/// <reference types="mocha" />
/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, ruleId, waitForDiagnostics } from '../support';

describe('diagnostics', () => {
  before(async () => {
    await activeExtension();
  });

  it('reports an agent without a name as an error on its opening fence', async () => {
    const editor = await open('.claude/agents/broken.md');
    const diags = await waitForDiagnostics(editor.document.uri, 'agent-name-missing on broken.md', (d) => d.some((x) => ruleId(x) === 'agent-name-missing'));
    const d = diags.find((x) => ruleId(x) === 'agent-name-missing')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 0);
    assert.equal(d.range.start.character, 0);
    assert.equal(d.range.end.character, 3);
    assert.match(d.message, /no `name`/);
    // The code links to the rule's documentation.
    assert.equal(typeof d.code === 'object' && d.code.target.path.endsWith('docs/rules.md'), true, `code links to docs/rules.md: ${JSON.stringify(d.code)}`);
  });

  it('clears the error when the problem is fixed by typing', async () => {
    const editor = await open('.claude/agents/fine.md');
    const uri = editor.document.uri;
    // Break the valid agent by deleting its name, then put it back: the error comes and goes.
    const nameLine = editor.document.lineAt(1);
    assert.equal(nameLine.text, 'name: fine');
    assert.ok(await editor.edit((b) => b.delete(nameLine.rangeIncludingLineBreak)));
    await waitForDiagnostics(uri, 'agent-name-missing after deleting the name', (d) => d.some((x) => ruleId(x) === 'agent-name-missing'));
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'name: fine\n')));
    const after = await waitForDiagnostics(uri, 'no findings once the name is back', (d) => d.length === 0);
    assert.deepEqual(after, []);
  });
});
