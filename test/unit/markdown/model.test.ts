import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core';
import { markdownOf, MarkdownModel } from '../../../server/src/core/document/markdown';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

function model(text: string): MarkdownModel {
  return new MarkdownModel(text, 0, new LineIndex(text));
}

/** The text of every span, to read expectations at a glance. */
const slices = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('Markdown model: code blocks', () => {
  it('finds fences with info strings, indented code, and what is not a fence', () => {
    const text = [
      '```mermaid',
      'graph TD',
      '  A -->|SUCCESS_X| B',
      '```',
      '',
      '    indented code',
      '',
      '~~~ ts title="x"',
      '```',
      'inside a tilde fence',
      '~~~',
      '``` not`a fence',
      '',
      '- item',
      '',
      '  ```js',
      '  nested',
      '  ```',
    ].join('\n');
    const m = model(text);
    assert.deepEqual(
      m.codeBlocks.map((c) => [c.kind, c.lang, c.info, c.startLine, c.endLine, c.contentStartLine, c.contentEndLine, c.closed]),
      [
        ['fenced', 'mermaid', 'mermaid', 0, 3, 1, 2, true],
        ['indented', '', '', 5, 5, 5, 5, true],
        ['fenced', 'ts', 'ts title="x"', 7, 10, 8, 9, true],
        ['fenced', 'js', 'js', 15, 17, 16, 16, true],
      ],
    );
    assert.equal(text.slice(m.codeBlocks[2]!.infoStart, m.codeBlocks[2]!.infoEnd), 'ts title="x"');
    assert.deepEqual(
      [0, 1, 3, 4, 5, 11, 13].map((l) => m.lineKind(l)),
      ['fence', 'code', 'fence', 'blank', 'code', 'paragraph', 'paragraph'],
    );
    assert.ok(m.isCodeLine(9) && !m.isCodeLine(11));
    assert.equal(m.codeBlockAt(text.indexOf('nested'))?.lang, 'js');
  });

  it('runs an unclosed fence to the end of its container', () => {
    const text = '> ```\n> code\nafter\n';
    const m = model(text);
    assert.deepEqual(
      m.codeBlocks.map((c) => [c.startLine, c.endLine, c.closed]),
      [[0, 1, false]],
    );
    assert.equal(m.lineKind(2), 'paragraph');
  });

  it('closes a fence only with the same character, at least as long', () => {
    const m = model('````\n```\n~~~~\n````\n');
    assert.deepEqual(
      m.codeBlocks.map((c) => [c.fence, c.startLine, c.endLine]),
      [['````', 0, 3]],
    );
  });
});

describe('Markdown model: headings and anchors', () => {
  it('reads ATX and setext headings, their text and GitHub anchors with duplicate suffixes', () => {
    const text = [
      '# Return Codes:',
      '## `SUCCESS_TO_QA` and *more* ##',
      'Setext _title_',
      '===',
      '### Return Codes',
      '#### developer-* (Self-Reflection Discovery):',
      '## Return Codes:',
      '####### not a heading',
      '#hashtag',
      '## Ünïcode & [a link](x.md) <kbd>Ctrl</kbd> ✅',
      '## snake_case_name',
    ].join('\n');
    const m = model(text);
    assert.deepEqual(
      m.headings.map((h) => [h.level, h.setext, h.line, h.text, h.anchor]),
      [
        [1, false, 0, 'Return Codes:', 'return-codes'],
        [2, false, 1, 'SUCCESS_TO_QA and more', 'success_to_qa-and-more'],
        [1, true, 2, 'Setext title', 'setext-title'],
        [3, false, 4, 'Return Codes', 'return-codes-1'],
        [4, false, 5, 'developer-* (Self-Reflection Discovery):', 'developer--self-reflection-discovery'],
        [2, false, 6, 'Return Codes:', 'return-codes-2'],
        [2, false, 9, 'Ünïcode & a link Ctrl ✅', 'ünïcode--a-link-ctrl-'],
        [2, false, 10, 'snake_case_name', 'snake_case_name'],
      ],
    );
    const h = m.headings[1]!;
    assert.equal(text.slice(h.contentStart, h.contentEnd), '`SUCCESS_TO_QA` and *more*');
    assert.equal(text.slice(h.start, h.end), '## `SUCCESS_TO_QA` and *more* ##');
    assert.equal(m.headingAbove(8)?.line, 6);
  });

  it('numbers an anchor that a later heading repeats after an explicit suffix', () => {
    const m = model('# a\n# a\n# a-1\n');
    assert.deepEqual(
      m.headings.map((h) => h.anchor),
      ['a', 'a-1', 'a-1-1'],
    );
  });
});

describe('Markdown model: inline code, links and definitions', () => {
  it('finds code spans with their content offsets, not inside code blocks or HTML', () => {
    const text = 'Return `MISSING_TASK_FILES` or `` a ` b `` and ` x `\n\n```\n`NOT_A_SPAN`\n```\n<div>\n`HTML`\n</div>\n';
    const m = model(text);
    assert.deepEqual(
      m.codeSpans.map((c) => c.text),
      ['MISSING_TASK_FILES', 'a ` b', 'x'],
    );
    assert.deepEqual(
      m.codeSpans.map((c) => text.slice(c.contentStart, c.contentEnd)),
      ['MISSING_TASK_FILES', 'a ` b', 'x'],
    );
    assert.equal(m.codeSpanAt(text.indexOf('TASK'))?.text, 'MISSING_TASK_FILES');
  });

  it('finds inline links, images, references and autolinks with exact destination and label offsets', () => {
    const text = [
      'See [the story](./0001.02%20-%20A.md#scope "Title") and ![logo](<img/a b.png>).',
      'A [ref link][Ref] and a [Ref][] and [ref] and <https://x.dev/a?b> and <me@x.dev>.',
      'Not links: [no def] and `[code](x.md)` and \\[escaped](x.md).',
      '',
      '[ref]: ../other/file.md#Heading "Other"',
    ].join('\n');
    const m = model(text);
    assert.deepEqual(
      m.links.map((l) => [l.kind, l.image, text.slice(l.start, l.end), text.slice(l.textStart, l.textEnd), l.url]),
      [
        ['inline', false, '[the story](./0001.02%20-%20A.md#scope "Title")', 'the story', './0001.02%20-%20A.md#scope'],
        ['inline', true, '![logo](<img/a b.png>)', 'logo', 'img/a b.png'],
        ['full', false, '[ref link][Ref]', 'ref link', '../other/file.md#Heading'],
        ['collapsed', false, '[Ref][]', 'Ref', '../other/file.md#Heading'],
        ['shortcut', false, '[ref]', 'ref', '../other/file.md#Heading'],
        ['autolink', false, '<https://x.dev/a?b>', 'https://x.dev/a?b', 'https://x.dev/a?b'],
        ['autolink', false, '<me@x.dev>', 'me@x.dev', 'mailto:me@x.dev'],
      ],
    );
    const first = m.links[0]!;
    assert.equal(text.slice(first.destination!.start, first.destination!.end), './0001.02%20-%20A.md#scope');
    assert.equal(first.title?.raw, 'Title');
    assert.equal(text.slice(m.links[1]!.destination!.start, m.links[1]!.destination!.end), 'img/a b.png');
    const full = m.links[2]!;
    assert.equal(text.slice(full.label!.start, full.label!.end), 'Ref');
    const d = m.definitions[0]!;
    assert.deepEqual(
      [d.key, d.line, text.slice(d.label.start, d.label.end), text.slice(d.destination.start, d.destination.end), d.title?.raw],
      ['REF', 4, 'ref', '../other/file.md#Heading', 'Other'],
    );
    assert.equal(text.slice(d.start, d.end), '[ref]: ../other/file.md#Heading "Other"');
    assert.equal(m.lineKind(4), 'definition');
    assert.equal(m.definition('REF'), d);
  });

  it('lets an inner link win over an outer one, and code spans over brackets', () => {
    const text = '[a [inner](x) b](y) [c `]` d](z)\n';
    const m = model(text);
    assert.deepEqual(slices(text, m.links), ['[inner](x)', '[c `]` d](z)']);
  });

  it('reads footnote calls as footnotes, not links', () => {
    const text = 'Text[^1] and [^nope].\n\n[^1]: The note.\n';
    const m = model(text);
    assert.deepEqual(m.links, []);
    assert.deepEqual(m.definitions, []);
  });
});

describe('Markdown model: tables', () => {
  it('reads rows and cells with offsets, escaped pipes, and where the table ends', () => {
    const text = [
      'Intro line',
      '| Code | Next `a|b` | Note \\| pipe |',
      '|:-----|:---:|---:|---|',
      '| `SUCCESS` | FL_FINAL |',
      '| FAILURE | x | y | extra |',
      '# after',
    ].join('\n');
    const m = model(text);
    const t = m.tables[0]!;
    assert.deepEqual([t.startLine, t.endLine, t.delimiterLine, t.align], [1, 4, 2, ['left', 'center', 'right', null]]);
    assert.deepEqual(
      t.rows.map((r) => [r.line, r.header, r.cells.map((c) => c.text)]),
      [
        [1, true, ['Code', 'Next `a', 'b`', 'Note \\| pipe']],
        [3, false, ['`SUCCESS`', 'FL_FINAL']],
        [4, false, ['FAILURE', 'x', 'y', 'extra']],
      ],
    );
    assert.deepEqual(slices(text, t.rows[1]!.cells), ['`SUCCESS`', 'FL_FINAL']);
    assert.equal(m.lineKind(0), 'paragraph');
    assert.equal(m.lineKind(5), 'heading');
    // A pipe inside backticks still splits the cell (GFM): `a and b` are not code spans.
    assert.deepEqual(
      m.codeSpans.map((c) => c.text),
      ['SUCCESS'],
    );
  });

  it('needs as many header cells as delimiter cells', () => {
    assert.equal(model('| a | b |\n| --- |\n').tables.length, 0);
    assert.equal(model('| a |\n---\n').headings[0]?.level, 2);
  });
});

describe('Markdown model: list items and task markers', () => {
  it('reads GFM boxes, the emoji progression and pauses, with nesting', () => {
    const text = [
      '- [ ] to do',
      '- [x] done',
      '  1. ✅️ emoji done',
      '  2) 🔄 busy',
      '* ⬜ waiting',
      '+ ⏸ paused',
      '- [ ]',
      '- plain item',
      '    - [ ] indented under plain',
      '',
      '    - [ ] code, not an item',
    ].join('\n');
    const m = model(text);
    assert.deepEqual(
      m.listItems.map((i) => [i.line, i.marker, i.depth, i.parent, i.task?.style, i.task?.state, i.task?.checkbox, i.firstLine]),
      [
        [0, '-', 0, -1, 'gfm', 'todo', true, 'to do'],
        [1, '-', 0, -1, 'gfm', 'done', true, 'done'],
        [2, '1.', 1, 1, 'emoji', 'done', false, 'emoji done'],
        [3, '2)', 1, 1, 'emoji', 'inProgress', false, 'busy'],
        [4, '*', 0, -1, 'emoji', 'todo', false, 'waiting'],
        [5, '+', 0, -1, 'emoji', 'paused', false, 'paused'],
        [6, '-', 0, -1, 'gfm', 'todo', false, ''],
        [7, '-', 0, -1, undefined, undefined, undefined, 'plain item'],
        [8, '-', 1, 7, 'gfm', 'todo', true, 'indented under plain'],
        [10, '-', 1, 7, 'gfm', 'todo', true, 'code, not an item'],
      ],
    );
    const emoji = m.listItems[2]!.task!;
    assert.equal(text.slice(emoji.start, emoji.end), '✅️');
    assert.deepEqual(slices(text, [m.listItems[0]!]), ['- [ ] to do']);
  });

  it('does not read a box in a heading, a code block or a paragraph line', () => {
    const m = model('- # [ ] heading\n\n```\n- [ ] fenced\n```\n\ntext\n[ ] not an item\n');
    assert.deepEqual(
      m.listItems.map((i) => i.task?.state),
      [undefined],
    );
  });
});

describe('Markdown model: HTML', () => {
  it('finds HTML comments in blocks and inline, not inside code', () => {
    const text = '<!-- agent-docs-disable-next-line -->\ntext <!-- inline --> more\n\n`<!-- code -->`\n\n<!-- open\nstill open\n';
    const m = model(text);
    assert.deepEqual(
      m.htmlComments.map((c) => [c.line, c.text]),
      [
        [0, ' agent-docs-disable-next-line '],
        [1, ' inline '],
        [5, ' open\nstill open\n'],
      ],
    );
    assert.deepEqual(
      m.htmlBlocks.map((b) => [b.kind, b.startLine, b.endLine]),
      [
        [2, 0, 0],
        [2, 5, 7],
      ],
    );
  });
});

describe('Markdown model: CommonMark corners (where micromark departs from commonmark.js, commonmark.js is followed)', () => {
  it('lets only a non-empty list item, and an ordered one only from 1, interrupt a paragraph', () => {
    assert.deepEqual(model('text\n+\n').listItems, []);
    assert.deepEqual(model('text\n1.\n').listItems, []);
    assert.deepEqual(model('text\n2. two\n').listItems, []);
    assert.deepEqual(
      model('text\n1. one\n').listItems.map((i) => i.firstLine),
      ['one'],
    );
    // After indented code (not a paragraph), a list may start at 2.
    assert.deepEqual(
      model('    code\n2) two\n').listItems.map((i) => i.marker),
      ['2)'],
    );
  });

  it('ends an item that began with a blank line at the next blank line', () => {
    const m = model('-\n\n  foo\n');
    assert.deepEqual(
      m.listItems.map((i) => [i.line, i.endLine]),
      [[0, 0]],
    );
    assert.equal(m.lineKind(2), 'paragraph');
    assert.deepEqual(
      model('-\n  foo\n').listItems.map((i) => [i.line, i.endLine]),
      [[0, 1]],
    );
  });

  it('continues a paragraph lazily, even with an indented line or a lone tag', () => {
    const m = model('> a\n    b\n<span>\n');
    assert.deepEqual(
      [0, 1, 2].map((l) => m.lineKind(l)),
      ['paragraph', 'paragraph', 'paragraph'],
    );
    assert.deepEqual(m.codeBlocks, []);
  });

  it('reads a line after an empty item in a quote as a new block', () => {
    assert.equal(model('p\n> 1.\n[u]: /u\n').definitions.length, 1);
    assert.deepEqual(
      model('p\n> 1.\n     code\n').codeBlocks.map((c) => c.kind),
      ['indented'],
    );
  });
});

describe('Markdown model: documents', () => {
  it('reads the body after the frontmatter, with document offsets and lines', () => {
    const text = '\ufeff---\r\nname: a\r\n---\r\n# Title\r\n\r\n```\r\ncode\r\n```\r\n';
    const doc = parseDocument('file:///a.md', 1, text, 'agent');
    const m = markdownOf(doc);
    assert.equal(m.firstLine, 3);
    assert.equal(m.lineKind(1), 'frontmatter');
    assert.deepEqual(
      m.headings.map((h) => [h.line, text.slice(h.start, h.end)]),
      [[3, '# Title']],
    );
    assert.deepEqual(
      m.codeBlocks.map((c) => [c.startLine, c.endLine, text.slice(c.start, c.end)]),
      [[5, 7, '```\r\ncode\r\n```']],
    );
    assert.equal(markdownOf(doc), m, 'made once per document version');
  });

  it('reads tabs as tab stops of four columns', () => {
    const m = model('-\tone\n\n\tcontinued\n\n\t\tcode\n');
    assert.deepEqual(
      m.listItems.map((i) => [i.line, i.endLine]),
      [[0, 4]],
    );
    assert.deepEqual(
      m.codeBlocks.map((c) => [c.kind, c.startLine]),
      [['indented', 4]],
    );
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '',
      '\n',
      '\r',
      '[',
      '`',
      '<',
      '>'.repeat(5000),
      '- '.repeat(3000),
      '['.repeat(5000) + ']'.repeat(5000),
      '`'.repeat(10000),
      '|\n|-|\n'.repeat(100),
    ]) {
      const m = model(text);
      void [m.headings, m.listItems, m.codeSpans, m.links, m.htmlComments, m.tables];
    }
  });
});
