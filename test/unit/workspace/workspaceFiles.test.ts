/**
 * A host that is not told of file changes (an editor client that does not watch files) asks the
 * file view to look again before each lint: folders whose modification time did not move keep their
 * listings, and with them what was worked out from the view; anything that changed is read afresh.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { WorkspaceFiles } from '../../../server/src/core/files/workspaceFiles';
import { directoryStampUri, pathToUri, readDirectoryUri, readTextSync } from '../../../server/src/host/files';

const root = mkdtempSync(join(tmpdir(), 'agent-docs-revalidate-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Moves a folder's modification time a minute back, out of the window where it is not trusted. */
const age = (path: string) => utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

function view(stamps = true): WorkspaceFiles {
  return new WorkspaceFiles(
    readDirectoryUri,
    (uri) => readTextSync(new URL(uri).pathname),
    () => [],
    [pathToUri(root)],
    undefined,
    stamps ? directoryStampUri : undefined,
  );
}

const names = (files: WorkspaceFiles, dir: string) =>
  files
    .list(pathToUri(dir))
    ?.entries.map((e) => e.name)
    .sort();

describe('WorkspaceFiles.revalidate', () => {
  const a = join(root, 'a');
  const b = join(root, 'a', 'b');
  mkdirSync(b, { recursive: true });
  writeFileSync(join(a, 'one.md'), '# one\n');
  writeFileSync(join(b, 'plugin.json'), '{"name":"p"}');

  it('keeps listings and what was worked out from them while no folder changed', () => {
    age(a);
    age(b);
    const files = view();
    assert.deepEqual(names(files, a), ['b', 'one.md']);
    let builds = 0;
    const table = () => files.memo('table', () => ++builds);
    table();
    const generation = files.generation;
    files.revalidate();
    files.revalidate();
    table();
    assert.equal(builds, 1);
    assert.equal(files.generation, generation);
  });

  it('reads a folder afresh once an entry was created or deleted in it', () => {
    age(a);
    age(b);
    const files = view();
    assert.deepEqual(names(files, a), ['b', 'one.md']);
    assert.deepEqual(names(files, b), ['plugin.json']);
    const generation = files.generation;
    writeFileSync(join(a, 'two.md'), '# two\n');
    files.revalidate();
    assert.ok(files.generation > generation);
    assert.deepEqual(names(files, a), ['b', 'one.md', 'two.md']);
    // Just changed: not trusted until its time is old enough, so it is read again each time.
    writeFileSync(join(a, 'three.md'), '# three\n');
    files.revalidate();
    assert.deepEqual(names(files, a), ['b', 'one.md', 'three.md', 'two.md']);
    rmSync(join(a, 'three.md'));
    rmSync(join(a, 'two.md'));
    files.revalidate();
    assert.deepEqual(names(files, a), ['b', 'one.md']);
  });

  it('reads a changed manifest again', () => {
    age(a);
    age(b);
    const files = view();
    const uri = pathToUri(join(b, 'plugin.json'));
    assert.equal(files.readText(uri), '{"name":"p"}');
    const generation = files.generation;
    files.revalidate();
    assert.equal(files.generation, generation);
    writeFileSync(join(b, 'plugin.json'), '{"name":"q"}');
    files.revalidate();
    assert.ok(files.generation > generation);
    assert.equal(files.readText(uri), '{"name":"q"}');
  });

  it('forgets everything when the host cannot stamp folders', () => {
    const files = view(false);
    names(files, a);
    let builds = 0;
    files.memo('table', () => ++builds);
    files.revalidate();
    files.memo('table', () => ++builds);
    assert.equal(builds, 2);
  });
});

describe('WorkspaceFiles.invalidate', () => {
  it('forgets the listings under every folder it is given, and the folders above them', () => {
    const tree = ['x/y/z', 'x/w', 'v'].map((d) => join(root, 'tree', d));
    for (const d of tree) mkdirSync(d, { recursive: true });
    let reads = 0;
    const files = new WorkspaceFiles(
      (uri) => (reads++, readDirectoryUri(uri)),
      () => undefined,
      () => [],
    );
    const all = ['tree', 'tree/x', 'tree/x/y', 'tree/x/y/z', 'tree/x/w', 'tree/v'].map((d) => pathToUri(join(root, d)));
    for (const uri of all) files.list(uri);
    assert.equal(reads, 6);
    files.invalidate([pathToUri(join(root, 'tree/x/y')), `${pathToUri(join(root, 'tree/v'))}/`]);
    for (const uri of all) files.list(uri);
    // y and z (the subtree), v, and the folders above them (tree, x): all but w.
    assert.equal(reads, 6 + 5);
  });
});
