import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { resolveSegments } from '../../../server/src/core/files/resolve';
import { childUri, encodeSegment, parentUri, relativeSegments } from '../../../server/src/core/files/uris';
import { WorkspaceFiles } from '../../../server/src/core/files/workspaceFiles';
import { pathToUri } from '../../../server/src/host/files';
import { readDirectoryFromPaths } from '../../support/fileTree';

const ROOT = '/ws';
const R = pathToUri(ROOT);

function filesOf(paths: string[]): WorkspaceFiles {
  return new WorkspaceFiles(
    readDirectoryFromPaths(ROOT, paths),
    () => undefined,
    () => [],
  );
}

const TREE = [
  'orchestrator/resources/CORE/ASK-USER-QUESTION-TOOL.md',
  'orchestrator/resources/core/TMUX.md',
  'orchestrator/resources/core/TEMPLATE-REQUIREMENTS.md',
  'orchestrator/agents/developer.md',
  'skills/pdf/SKILL.md',
  'skills/pdf/references/forms.md',
  'skills/pdf/scripts/fill.py',
  'docs/My Notes/a b.md',
];

describe('file URIs', () => {
  it('encode names as the hosts do', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }).filter((s) => !s.includes('/') && s !== '.' && s !== '..' && !/[\u0000-\u001f]/.test(s)),
        (name) => {
          assert.equal(childUri(R, name), pathToFileURL(`${ROOT}/${name}`).href);
          assert.equal(childUri(R, name), pathToUri(`${ROOT}/${name}`));
        },
      ),
      { numRuns: 500 },
    );
    assert.equal(encodeSegment('a b~é'), 'a%20b%7E%C3%A9');
  });

  it('climb to the root and stop', () => {
    assert.equal(parentUri('file:///a/b'), 'file:///a');
    assert.equal(parentUri('file:///a'), 'file://');
    assert.equal(parentUri('file://'), undefined);
    assert.equal(parentUri('untitled:x'), undefined);
  });

  it('write relative paths', () => {
    assert.deepEqual(relativeSegments(`${R}/a/b`, `${R}/a/c/d%20e.md`), ['..', 'c', 'd e.md']);
    assert.deepEqual(relativeSegments(`${R}/a`, `${R}/a/x.md`), ['x.md']);
  });
});

describe('path resolution', () => {
  const files = filesOf(TREE);
  const res = (base: string, path: string) => resolveSegments(files, `${R}/${base}`.replace(/\/$/, ''), path.split('/'));

  it('finds exact paths, folders and climbs', () => {
    assert.deepEqual(res('orchestrator/resources', 'core/TMUX.md'), { status: 'found', uri: `${R}/orchestrator/resources/core/TMUX.md`, directory: false });
    assert.deepEqual(res('skills/pdf', 'references/'), { status: 'found', uri: `${R}/skills/pdf/references`, directory: true });
    assert.equal(res('skills/pdf/references', '../scripts/fill.py').status, 'found');
    assert.equal(res('skills/pdf', './references/forms.md').status, 'found');
    assert.equal(res('docs', 'My Notes/a b.md').status, 'found');
  });

  it('tells a path that exists only in another letter case, backtracking between twin folders', () => {
    // CORE/ exists too, but holds no TMUX.md: only core/ does.
    const r = res('orchestrator/resources', 'CORE/TMUX.md');
    assert.equal(r.status, 'case');
    assert.ok(r.status === 'case');
    assert.deepEqual(r.spelled, ['core', 'TMUX.md']);
    assert.equal(r.uri, `${R}/orchestrator/resources/core/TMUX.md`);
    assert.equal(res('orchestrator/resources', 'CORE/ASK-USER-QUESTION-TOOL.md').status, 'found');
    const file = res('skills/pdf', 'References/Forms.MD');
    assert.ok(file.status === 'case');
    assert.deepEqual(file.spelled, ['references', 'forms.md']);
  });

  it('suggests near names and moved files for missing paths', () => {
    const typo = res('skills/pdf', 'references/form.md');
    assert.deepEqual(typo, { status: 'missing', suggestions: [`${R}/skills/pdf/references/forms.md`] });
    const folder = res('skills/pdf', 'refrences/forms.md');
    assert.deepEqual(folder, { status: 'missing', suggestions: [`${R}/skills/pdf/references/forms.md`] });
    const moved = res('skills/pdf', 'forms.md');
    assert.deepEqual(moved, { status: 'missing', suggestions: [`${R}/skills/pdf/references/forms.md`] });
    assert.deepEqual(res('skills/pdf', 'nothing-like-it.txt'), { status: 'missing', suggestions: [] });
    // A file is no folder.
    assert.equal(res('skills/pdf', 'SKILL.md/x').status, 'missing');
  });

  it('is unknown where the host cannot list, or knows only the indexed files', () => {
    assert.deepEqual(res('elsewhere', 'x.md'), { status: 'unknown' });
    const indexedOnly = new WorkspaceFiles(
      undefined,
      () => undefined,
      () => [`${R}/a/b.md`],
    );
    assert.equal(resolveSegments(indexedOnly, `${R}/a`, ['b.md']).status, 'found');
    assert.equal(resolveSegments(indexedOnly, `${R}/a`, ['script.py']).status, 'unknown');
  });

  it('forgets listings when told files changed', () => {
    const paths = ['a/x.md'];
    const live = new WorkspaceFiles(
      (uri) => readDirectoryFromPaths(ROOT, paths)(uri),
      () => undefined,
      () => [],
    );
    assert.equal(resolveSegments(live, `${R}/a`, ['y.md']).status, 'missing');
    paths.push('a/y.md');
    assert.equal(resolveSegments(live, `${R}/a`, ['y.md']).status, 'missing', 'cached until told');
    live.invalidate([`${R}/a/y.md`]);
    assert.equal(resolveSegments(live, `${R}/a`, ['y.md']).status, 'found');
  });
});
