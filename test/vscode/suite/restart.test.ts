/// <reference types="mocha" />
/// <reference types="vscode" />
// The language server crashing (workspaces/restart): the client starts a new one and the open
// broken agent is linted again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, rows, ruleId, waitFor, waitForDiagnostics } from '../support';

const NAME_MISSING = (d: vscode.Diagnostic[]) => d.some((x) => ruleId(x) === 'agent-name-missing');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('server restart', () => {
  it('restarts a killed server and lints the open agent again', async () => {
    const ext = await api();
    const editor = await open('.claude/agents/broken.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'agent-name-missing before the crash', NAME_MISSING);
    const first = await ext.serverProcessId();
    assert.ok(first > 0 && first !== process.pid, `a server process of its own: ${first}`);
    assert.ok(alive(first));

    process.kill(first, 'SIGKILL');
    await waitFor('the old server to be gone', () => (alive(first) ? undefined : true), [], 10_000);
    const second = await waitFor(
      'a new server process',
      async () => {
        try {
          const pid = await ext.serverProcessId();
          return pid !== first ? pid : undefined;
        } catch {
          return undefined; // not running yet
        }
      },
      [],
      60_000,
    );
    assert.ok(alive(second));

    // The new server has the open document: it lints it, and follows edits.
    await waitForDiagnostics(uri, 'agent-name-missing from the new server', NAME_MISSING);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'name: broken\n')));
    await waitForDiagnostics(uri, 'the error gone once the name is typed', (d) => !NAME_MISSING(d));
    assert.ok(await editor.edit((b) => b.delete(editor.document.lineAt(1).rangeIncludingLineBreak)));
    await waitForDiagnostics(uri, 'the error back once the name is deleted', NAME_MISSING);
    // The views' custom requests reach the new server too.
    assert.deepEqual(await rows(ext.agents.tree), ['Agents — 1']);
    assert.equal(await ext.serverProcessId(), second, 'still the same new server');
  });
});
