/**
 * Diagnostics and code actions over stdio against the bundled server. Assertions pick specific
 * findings by rule id, so rules added later do not break them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, REPO_ROOT } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

// CRLF line endings: Claude Code's fallback quoting does not apply, so the YAML error stands.

const BROKEN = '---\r\nname: broken\r\ndescription: @mention starts a value\r\n---\r\nBody\r\n';
const UNNAMED = '---\ndescription: Reviews code\nmodel: sonnet\n---\nBody\n';
const FLOW = '---\nname: flow\ndescription: Unclosed list\ntools: [Read, Grep\nmodel: sonnet\n---\nBody\n';
const UNCLOSED = '---\ndescription: Needs a name\nmodel: opus\n\n# Heading\nBody\n';

const byRule = (ds: Diagnostic[], id: string) => ds.filter((d) => d.code === id);
const has = (id: string) => (ds: Diagnostic[]) => byRule(ds, id).length > 0;
const lacks = (id: string) => (ds: Diagnostic[]) => byRule(ds, id).length === 0;

describe('protocol: diagnostics and code actions', () => {
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = tempWorkspace({
      '.claude/agents/broken.md': BROKEN,
      '.claude/agents/unnamed.md': UNNAMED,
      '.claude/agents/unclosed.md': UNCLOSED,
      '.claude/agents/stale.md': UNNAMED,
      '.claude/agents/flow.md': FLOW,
      'notes/readme.md': '# Not an agent\n\ndescription: @x\n',
    });
    client = await LspClient.start({ root: ws.root });
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('publishes a YAML error with its exact range, rule code and documentation link', async () => {
    const uri = client.uri('.claude/agents/broken.md');
    await client.open(uri, BROKEN);
    const [d] = byRule(await client.waitForCurrentDiagnostics(uri, has('yaml-syntax')), 'yaml-syntax');
    // The whole value that must be quoted.
    assert.deepEqual(d!.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 36 } });
    assert.equal(d!.severity, 1);
    assert.equal(d!.source, 'agent-docs');
    assert.match(typeof d!.message === 'string' ? d!.message : d!.message.value, /reserved character @/);
    const href = new URL(d!.codeDescription!.href);
    assert.equal(href.hash, '#yaml-syntax');
    assert.equal(fileURLToPath(new URL(href.pathname, 'file:')), join(REPO_ROOT, 'docs', 'rules.md'));
    const data = d!.data as { ruleId: string; fixes: { title: string }[] };
    assert.equal(data.ruleId, 'yaml-syntax');
    assert.deepEqual(
      data.fixes.map((f) => f.title),
      ['Quote the `description` value'],
    );
  });

  it('publishes nothing for Markdown that is not an agent document', async () => {
    const uri = client.uri('notes/readme.md');
    await client.open(uri, '# Not an agent\n\ndescription: @x\n');
    assert.deepEqual(await client.waitForCurrentDiagnostics(uri), []);
  });

  it('round-trips a quick fix: the edit applies and the diagnostic disappears', async () => {
    const uri = client.uri('.claude/agents/unnamed.md');
    await client.open(uri, UNNAMED);
    const diagnostics = await client.waitForCurrentDiagnostics(uri, has('agent-name-missing'));
    const [d] = byRule(diagnostics, 'agent-name-missing');
    assert.deepEqual(d!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d!.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === 'Add `name: unnamed`');
    assert.ok(fix, `quick fix offered among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [d]);

    await client.applyWorkspaceEdit(fix.edit!);
    assert.equal(client.text(uri), '---\nname: unnamed\ndescription: Reviews code\nmodel: sonnet\n---\nBody\n');
    await client.waitForCurrentDiagnostics(uri, lacks('agent-name-missing'));
  });

  it('does not offer a fix computed for an older version of the document', async () => {
    const uri = client.uri('.claude/agents/stale.md');
    await client.open(uri, UNNAMED);
    const [old] = byRule(await client.waitForCurrentDiagnostics(uri, has('agent-name-missing')), 'agent-name-missing');
    await client.change(uri, `${UNNAMED}More body.\n`);
    const ask = (d: Diagnostic) =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.deepEqual(await ask(old!), []);
    const [fresh] = byRule(await client.waitForCurrentDiagnostics(uri, has('agent-name-missing')), 'agent-name-missing');
    const titles = (await ask(fresh!)).map((a) => a.title);
    assert.ok(titles.includes('Add `name: stale`'), titles.join(', '));
    assert.ok(titles.includes('Fix all agent-docs problems'), 'the light bulb offers fix-all beside a fixable problem');
  });

  it('offers no quick fix for a diagnostic without fixes, and none for other sources', async () => {
    const uri = client.uri('.claude/agents/flow.md');
    await client.open(uri, FLOW);
    const [d] = byRule(await client.waitForCurrentDiagnostics(uri, has('yaml-syntax')), 'yaml-syntax');
    assert.deepEqual(d!.range, { start: { line: 3, character: 7 }, end: { line: 3, character: 18 } }, 'the unclosed `[` and what follows on its line');
    // The server trusts only the data it attached: a diagnostic whose data carries no fixes gets none.
    const withoutFixes = { ...d!, data: { ruleId: 'yaml-syntax' } };
    const foreign = { ...d!, source: 'markdownlint', data: { ruleId: 'x', fixes: [{ title: 'evil', edit: { changes: {} } }] } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d!.range,
      context: { diagnostics: [withoutFixes, foreign], only: ['quickfix'] },
    });
    assert.deepEqual(actions, []);
  });

  it('fixes everything fixable with the source.fixAll action', async () => {
    const uri = client.uri('.claude/agents/unclosed.md');
    await client.open(uri, UNCLOSED);
    await client.waitForCurrentDiagnostics(uri, has('frontmatter-unclosed'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.agent-docs');
    assert.ok(fixAll, 'fix-all offered');
    assert.ok(
      actions.every((a) => a.kind?.startsWith('source.fixAll')),
      'only fix-all actions when only source.fixAll is asked',
    );

    await client.applyWorkspaceEdit(fixAll.edit!);
    // Closing the fence first lets the second pass add the name: both fixes in one action.
    assert.match(client.text(uri), /^---\nname: unclosed\ndescription: Needs a name\nmodel: opus\n---\n/);
    assert.ok(client.text(uri).endsWith('# Heading\nBody\n'), 'the body is untouched');
    await client.waitForCurrentDiagnostics(uri, (ds) => lacks('frontmatter-unclosed')(ds) && lacks('agent-name-missing')(ds));
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = client.uri('.claude/agents/broken.md');
    await client.close(uri);
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
