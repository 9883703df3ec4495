/**
 * Configuration over stdio: the config file and editor settings change severities, and open
 * documents are linted again without being edited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const PATH = '.claude/agents/broken.md';
// CRLF line endings: Claude Code's fallback quoting does not apply, so the YAML error stands.
const BROKEN = '---\r\nname: broken\r\ndescription: @mention starts a value\r\n---\r\nBody\r\n';
/** What VS Code answers for the `agentDocs` section when the user has set nothing. */
const UNSET = { rules: {}, documents: {}, skills: { target: null }, maxFileSize: null, followSymlinks: null, trace: { server: 'off' } };

const yamlSeverity = (ds: Diagnostic[]) => ds.find((d) => d.code === 'yaml-syntax')?.severity;

describe('protocol: configuration', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let uri: string;
  const configChanged = async (type: 1 | 2 | 3) => {
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(`${ws.root}/agent-docs.config.json`).href, type }] });
  };

  before(async () => {
    ws = tempWorkspace({ [PATH]: BROKEN });
    client = await LspClient.start({ root: ws.root, settings: UNSET });
    uri = client.uri(PATH);
    await client.open(uri, BROKEN);
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('uses default severities, and unset editor settings raise no warnings', async () => {
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 1);
    assert.deepEqual(
      client.messages.filter((m) => m.method.startsWith('window/showMessage')),
      [],
    );
  });

  it('watches the config file names', () => {
    const globs = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    assert.ok(globs.includes('**/agent-docs.config.json'), `watchers: ${globs.join(', ')}`);
  });

  it('re-lints open documents with the new severity when the config file is created or changed', async () => {
    ws.write('agent-docs.config.json', JSON.stringify({ rules: { 'yaml-syntax': 'warning' } }));
    await configChanged(1);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 2);

    ws.write('agent-docs.config.json', JSON.stringify({ rules: { 'yaml-syntax': 'off' } }));
    await configChanged(2);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === undefined);
  });

  it('lets editor settings override the config file, and re-lints when they change', async () => {
    await client.changeSettings({ ...UNSET, rules: { 'yaml-syntax': 'information' } });
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 3);
    await client.changeSettings(UNSET);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === undefined);
  });

  it('warns about an invalid config file and keeps its valid parts', async () => {
    ws.write('agent-docs.config.json', JSON.stringify({ rules: { 'yaml-syntax': 'hint', 'no-such-rule': 'error' } }));
    await configChanged(2);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 4);
    const warning = client.messages.find((m) => m.method === 'window/showMessage' && /no-such-rule/.test(m.message));
    assert.ok(warning, 'the unknown rule is reported');
    assert.equal(warning.type, 2);
  });

  it('goes back to the defaults when the config file is deleted', async () => {
    ws.write('agent-docs.config.json', '{}');
    await configChanged(3);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 1);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('protocol: settings pushed by a client without workspace/configuration', () => {
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = tempWorkspace({ [PATH]: BROKEN });
    client = await LspClient.start({ root: ws.root, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('applies the agentDocs section of didChangeConfiguration', async () => {
    const uri = client.uri(PATH);
    await client.open(uri, BROKEN);
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 1);
    await client.notify('workspace/didChangeConfiguration', { settings: { agentDocs: { rules: { 'yaml-syntax': 'warning' } } } });
    await client.waitForDiagnostics(uri, (ds) => yamlSeverity(ds) === 2);
    // An unrelated section leaves the pushed agentDocs settings in place.
    await client.notify('workspace/didChangeConfiguration', { settings: { other: {} } });
    await client.change(uri, `${BROKEN}More.\n`);
    await client.waitForCurrentDiagnostics(uri, (ds) => yamlSeverity(ds) === 2);
    assert.equal(client.registrations.length, 0, 'nothing is registered with a client that cannot take it');
    assert.equal(await client.shutdown(), 0);
  });
});
