/**
 * The language server under load and at its limits, over the protocol: size limits for open and
 * indexed documents, edits racing the initial indexing, cancelled requests, a branch switch that
 * creates and deletes 5,000 files at once, and symbolic links (loops, and links out of the folder).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToUri } from '../../../server/src/host/files';
import { startLsp, type LspHarness } from '../../support/lsp';

const base = mkdtempSync(join(tmpdir(), 'agent-docs-lsp-'));
const harnesses: LspHarness[] = [];
after(() => {
  for (const h of harnesses) h.dispose();
  rmSync(base, { recursive: true, force: true });
});
let n = 0;

function workspace(files: Record<string, string>): string {
  const root = join(base, `ws${n++}`);
  mkdirSync(root, { recursive: true });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

async function start(root: string, settings?: Record<string, unknown>, init?: Record<string, unknown>): Promise<LspHarness> {
  const h = await startLsp(root, settings, init);
  harnesses.push(h);
  await h.indexed;
  return h;
}

const agent = (name: string, extra = '') => `---\nname: ${name}\ndescription: d\n---\nBody ${extra}\n`;
const codes = (h: LspHarness, uri: string) => (h.diagnostics.get(uri)?.diagnostics ?? []).map((d) => String(d.code));

describe('language server limits and storms', () => {
  it('an open document over maxFileSize (VS Code setting) gets file-too-large, and is linted once small again', async () => {
    const root = workspace({});
    const h = await start(root, { maxFileSize: 2000 });
    const uri = pathToUri(join(root, '.claude/agents/big.md'));
    h.open(uri, agent('big', 'x'.repeat(5000)));
    await h.waitFor(() => codes(h, uri).length > 0, 'diagnostics');
    assert.deepEqual(codes(h, uri), ['file-too-large']);
    assert.match(String(h.diagnostics.get(uri)!.diagnostics[0]!.message), /over maxFileSize \(2000\)/);
    assert.equal(h.session.service.index.has(uri), false);
    h.change(uri, '---\ndescription: small now\n---\n', 2);
    await h.waitFor(() => h.diagnostics.get(uri)?.version === 2, 'version 2');
    assert.deepEqual(codes(h, uri), ['agent-name-missing']);
    assert.equal(h.session.service.index.has(uri), true);
  });

  it('indexing skips files over maxFileSize (config file) and indexes the rest', async () => {
    const root = workspace({
      'agent-docs.config.json': '{ "maxFileSize": 2000 }',
      '.claude/agents/small.md': agent('small'),
      '.claude/agents/big.md': agent('big', 'y'.repeat(5000)),
    });
    const h = await start(root);
    const index = h.session.service.index;
    assert.equal(index.has(pathToUri(join(root, '.claude/agents/small.md'))), true);
    assert.equal(index.has(pathToUri(join(root, '.claude/agents/big.md'))), false);
  });

  it('edits arriving while the workspace is indexed: the last version wins, the index matches the disk', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 800; i++) files[`.claude/agents/a${i}.md`] = agent(`a${i}`);
    const root = workspace(files);
    const h = await startLsp(root);
    harnesses.push(h);
    const uri = pathToUri(join(root, '.claude/agents/edited.md'));
    h.open(uri, agent('edited'));
    for (let v = 2; v <= 30; v++) h.change(uri, v % 2 ? agent('edited', String(v)) : `---\ndescription: v${v}\n---\n`, v);
    await h.indexed;
    await h.waitFor(() => h.diagnostics.get(uri)?.version === 30, 'diagnostics for version 30');
    assert.deepEqual(codes(h, uri), ['agent-name-missing']);
    assert.equal(h.session.service.index.size, 801);
  });

  it('a cancelled request does not disturb the next one', async () => {
    const root = workspace({ '.claude/agents/a.md': agent('a') });
    const h = await start(root);
    const uri = pathToUri(join(root, '.claude/agents/a.md'));
    h.open(uri, agent('a'));
    const cancelled = h.hover(uri, 1, 2, true).then(
      () => 'answered',
      (e: { code?: number }) => `rejected ${e.code}`,
    );
    const next = await h.hover(uri, 1, 2);
    assert.ok(next === null || typeof next === 'object');
    assert.match(await cancelled, /answered|rejected -32800/);
  });

  it('5,000 files created then deleted at once (a branch switch): the index ends equal to the disk', async () => {
    const root = workspace({ '.claude/agents/keep.md': agent('keep') });
    const h = await start(root);
    const index = h.session.service.index;
    const paths: string[] = [];
    mkdirSync(join(root, '.claude/agents/branch'), { recursive: true });
    for (let i = 0; i < 5000; i++) {
      const p = join(root, `.claude/agents/branch/b${i}.md`);
      writeFileSync(p, agent(`b${i}`));
      paths.push(p);
    }
    void h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: paths.map((p) => ({ uri: pathToUri(p), type: 1 })) });
    await h.waitFor(() => index.size === 5001, '5001 indexed');
    // Late "changed" events for half of them arrive after the deletions: they must not resurrect anything.
    for (const p of paths) unlinkSync(p);
    void h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: paths.map((p) => ({ uri: pathToUri(p), type: 3 })) });
    void h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: paths.slice(0, 2500).map((p) => ({ uri: pathToUri(p), type: 2 })) });
    await h.waitFor(() => index.size === 1, 'only keep.md left');
    // One more turn: nothing late re-adds a deleted file.
    const keep = pathToUri(join(root, '.claude/agents/keep.md'));
    h.open(keep, agent('keep'));
    await h.waitFor(() => h.diagnostics.has(keep), 'a diagnostics round trip');
    assert.deepEqual([...index.uris()], [keep]);
  });

  // The timeout only turns a walk that never ends into a failure instead of a hung suite.
  it('symbolic link loops are survived; links out of the folder are followed only with followSymlinks', { timeout: 120_000 }, async () => {
    const outside = workspace({ 'agents/outside.md': agent('outside') });
    for (const follow of [false, true]) {
      const root = workspace({ '.claude/agents/in.md': agent('in') });
      symlinkSync(root, join(root, '.claude/agents/loop'));
      symlinkSync(join(root, '.claude'), join(root, '.claude/agents/loop2'));
      symlinkSync(join(outside, 'agents'), join(root, '.claude/agents/ext'));
      symlinkSync(join(root, '.claude/agents/in.md'), join(root, '.claude/agents/alias.md'));
      writeFileSync(join(root, 'agent-docs.config.json'), JSON.stringify({ followSymlinks: follow }));
      const h = await start(root);
      const uris = [...h.session.service.index.uris()].map((u) => u.slice(pathToUri(root).length));
      assert.ok(uris.includes('/.claude/agents/in.md'));
      assert.equal(uris.includes('/.claude/agents/alias.md'), follow, 'a linked file is read only with followSymlinks');
      assert.equal(uris.includes('/.claude/agents/ext/outside.md'), follow, `followSymlinks ${follow}: ${uris.join(' ')}`);
      assert.ok(uris.length < 10, uris.join(' '));
    }
  });

  it('in an untrusted folder (Restricted Mode) the config file cannot turn followSymlinks on', async () => {
    const outside = workspace({ 'agents/outside.md': agent('outside') });
    const root = workspace({ '.claude/agents/in.md': agent('in'), 'agent-docs.config.json': '{ "followSymlinks": true }' });
    symlinkSync(join(outside, 'agents'), join(root, '.claude/agents/ext'));
    for (const trusted of [false, true]) {
      const h = await start(root, undefined, { workspaceTrusted: trusted });
      const uris = [...h.session.service.index.uris()].map((u) => u.slice(pathToUri(root).length));
      assert.equal(uris.includes('/.claude/agents/ext/outside.md'), trusted, uris.join(' '));
    }
  });
});
