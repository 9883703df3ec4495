import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceFiles } from '../../../server/src/core/files/workspaceFiles';
import { folderPath } from '../../../server/src/core/references/display';

const filesWithRoots = (roots: string[]) =>
  new WorkspaceFiles(
    undefined,
    () => undefined,
    () => [],
    roots,
  );

describe('folderPath: a folder as the user reads it in messages', () => {
  for (const root of ['file:///tmp/x/', 'file:///tmp/x']) {
    it(`the workspace root itself is \`./\`, never its absolute path (root ${root})`, () => {
      const files = filesWithRoots([root]);
      assert.equal(folderPath(files, 'file:///tmp/x'), './');
      assert.equal(folderPath(files, 'file:///tmp/x/'), './');
      assert.equal(folderPath(files, 'file:///tmp/x/docs/My%20Notes'), 'docs/My Notes/');
    });
  }

  it('a folder outside every root keeps its path; a sibling with the same prefix is outside', () => {
    assert.equal(folderPath(filesWithRoots(['file:///tmp/x/']), 'file:///tmp/xy/docs'), '/tmp/xy/docs/');
  });

  it('nested workspace folders: the innermost root counts', () => {
    const files = filesWithRoots(['file:///ws/', 'file:///ws/plugins/orch/']);
    assert.equal(folderPath(files, 'file:///ws/plugins/orch'), './');
    assert.equal(folderPath(files, 'file:///ws/plugins/orch/agents'), 'agents/');
    assert.equal(folderPath(files, 'file:///ws/plugins'), 'plugins/');
  });
});
