/**
 * `agentDocs/serverProcess`: the server names its own process, which the VS Code client exposes
 * as `serverProcessId()` (tests kill it to check that the client restarts the server).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import type { ServerProcessInfo } from '../../server/src/protocol';

describe('protocol: the server process request', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  before(async () => {
    ws = tempWorkspace({ '.claude/agents/a.md': '---\nname: a\ndescription: A.\n---\n\nBody.\n' });
    client = await LspClient.start({ root: ws.root });
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('answers with the pid of the process serving', async () => {
    const info = await client.request<ServerProcessInfo>('agentDocs/serverProcess', {});
    assert.ok(client.pid, 'the test spawned a server');
    assert.deepEqual(info, { pid: client.pid });
    assert.notEqual(info.pid, process.pid);
  });
});
