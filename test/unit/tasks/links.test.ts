import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core';
import { candidateUris, isLocalTarget, markdownLinks } from '../../../server/src/core/tasks/links';
import { relativeLink } from '../../../server/src/core/rules/tasks/task-link-broken';

const FROM = 'file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03%20-%20A%20-%20B%20-%20C.md';

describe('task document links', () => {
  it('reads encoded and angle-bracket targets with their offsets', () => {
    const text = 'See [📋 Story](./0001.02%20-%20A%20-%20B.md) and [0001 - A](<./0001 - A.md>).\n';
    const links = markdownLinks(parseDocument(FROM, 1, text, 'task'));
    assert.deepEqual(
      links.map((l) => [l.path, text.slice(l.targetStart, l.targetEnd)]),
      [
        ['./0001.02 - A - B.md', './0001.02%20-%20A%20-%20B.md'],
        ['./0001 - A.md', './0001 - A.md'],
      ],
    );
  });

  it('resolves relative to the file, and repository-relative links against each folder above', () => {
    assert.deepEqual(candidateUris(FROM, './0001 - A.md'), ['file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20A.md']);
    const repo = candidateUris(FROM, 'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - A.md');
    assert.ok(repo.includes('file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20A.md'), repo.join('\n'));
    assert.ok(!isLocalTarget('https://example.com/x.md'));
    assert.ok(!isLocalTarget('#section'));
  });

  it('writes relative links between task files', () => {
    assert.equal(relativeLink(FROM, 'file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20A.md'), './0001%20-%20A.md');
    assert.equal(relativeLink(FROM, 'file:///ws/docs/other/0001%20-%20A.md'), '../other/0001%20-%20A.md');
  });
});
