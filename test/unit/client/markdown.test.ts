import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownText } from '../../../client/src/markdown';

describe('plain text in Markdown tooltips', () => {
  it('keeps ordinary, breakable spaces (VS Code’s appendText writes &nbsp;, so tooltips break inside words)', () => {
    const text = markdownText('Use this agent when building a React Native app');
    assert.doesNotMatch(text, /&nbsp;|\u00a0/);
    assert.equal(text.split(' ').length, 9);
  });

  it('escapes what Markdown, HTML or theme icons would read', () => {
    assert.equal(
      markdownText('**bold** `code` <example> $(icon) [link](x) # h'),
      '\\*\\*bold\\*\\* \\`code\\` \\<example\\> \\$\\(icon\\) \\[link\\]\\(x\\) \\# h',
    );
    assert.equal(markdownText('1. item'), '1\\. item');
    assert.equal(markdownText('- item'), '\\- item');
  });

  it('turns line breaks into paragraph breaks and collapses runs of spaces', () => {
    assert.equal(markdownText('a  \tb\nc'), 'a b\n\nc');
  });
});
