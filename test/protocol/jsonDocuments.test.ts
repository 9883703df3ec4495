/**
 * Claude Code's JSON files (plugin manifest, marketplace, hooks, MCP) over stdio against the
 * bundled server: diagnostics at the exact place of a syntax error, and nothing for other JSON.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const BROKEN_MANIFEST = '{\n  "name": "kit",\n  "keywords": ["a",]\n}\n';
const byRule = (ds: Diagnostic[], id: string) => ds.filter((d) => d.code === id);

describe('protocol: JSON documents', () => {
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = tempWorkspace({
      'kit/.claude-plugin/plugin.json': BROKEN_MANIFEST,
      'kit/hooks/hooks.json': '{ "hooks": {} }\n',
      'package.json': '{ "name": "x", }\n',
    });
    client = await LspClient.start({ root: ws.root });
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('publishes a JSON syntax error on the trailing comma itself', async () => {
    const uri = client.uri('kit/.claude-plugin/plugin.json');
    await client.open(uri, BROKEN_MANIFEST, 'json');
    const [d] = byRule(await client.waitForCurrentDiagnostics(uri, (ds) => byRule(ds, 'json-syntax').length > 0), 'json-syntax');
    assert.deepEqual(d!.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 19 } });
    assert.equal(d!.severity, 1);
  });

  it('clears the diagnostic once the file is valid again', async () => {
    const uri = client.uri('kit/.claude-plugin/plugin.json');
    await client.change(uri, '{\n  "name": "kit",\n  "keywords": ["a"]\n}\n');
    await client.waitForCurrentDiagnostics(uri, (ds) => byRule(ds, 'json-syntax').length === 0);
  });

  it("publishes nothing for JSON that is not one of Claude Code's files", async () => {
    const uri = client.uri('package.json');
    await client.open(uri, '{ "name": "x", }\n', 'json');
    const ds = await client.waitForCurrentDiagnostics(uri);
    assert.deepEqual(ds, []);
  });
});
