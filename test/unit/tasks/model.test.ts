import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core';
import { parseTaskFileName } from '../../../server/src/core/tasks/fileName';
import { isPlaceholderId, looksLikeDate, padTaskId } from '../../../server/src/core/tasks/ids';
import { taskModel } from '../../../server/src/core/tasks/model';
import { STORY, TASK } from './sample';

const uri = (name: string) => `file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/${encodeURIComponent(name)}`;

describe('task IDs', () => {
  it('pads loose IDs and refuses ones that cannot be padded', () => {
    assert.equal(padTaskId('1.2.3'), '0001.02.03');
    assert.equal(padTaskId('0001.2'), '0001.02');
    assert.equal(padTaskId('12345.1'), undefined);
    assert.equal(padTaskId('1.123'), undefined);
  });
  it('knows template placeholders and dates', () => {
    for (const p of ['EEEE.SS.TT', 'XXXX.YY.ZZ', 'EEEE.SS.01', 'EEEE', 'XXXX.YY']) assert.ok(isPlaceholderId(p), p);
    assert.ok(!isPlaceholderId('0001.02.03'));
    assert.ok(looksLikeDate('2024.10.15'));
    assert.ok(!looksLikeDate('0001.02.03'));
  });
});

describe('task file names', () => {
  it('reads the legacy layout with every ancestor name', () => {
    assert.deepEqual(parseTaskFileName(uri('0001.02.03 - Shopping List - Items - Add item.md')), {
      id: '0001.02.03',
      level: 3,
      name: 'Add item',
      epicName: 'Shopping List',
      storyName: 'Items',
    });
    assert.deepEqual(parseTaskFileName(uri('0001 - Shopping List.md')), { id: '0001', level: 1, name: 'Shopping List' });
  });
  it('reads the plugin layout with the own name only', () => {
    assert.deepEqual(parseTaskFileName('docs/DEVELOPMENT-PLAN/0001.02.03 - ADD_ITEM.md'), { id: '0001.02.03', level: 3, name: 'ADD_ITEM' });
  });
  it('ignores files without an ID', () => {
    assert.equal(parseTaskFileName(uri('LESSONS_LEARNED.md')), undefined);
    assert.equal(parseTaskFileName(uri('2024-10-15 notes.md')), undefined);
  });
});

describe('task document model', () => {
  it('reads the heading, header fields, both checklist styles and the footer', () => {
    const m = taskModel(parseDocument(uri('0001.02.03 - Shopping List - Items - Add item.md'), 1, TASK, 'task'));
    assert.equal(m.id, '0001.02.03');
    assert.equal(m.heading?.idText, '0001.02.03');
    assert.deepEqual(m.heading?.names, ['Shopping List', 'Items', 'Add item']);
    assert.equal(m.idField?.value, '0001.02.03');
    assert.equal(m.status, 'IN_PROGRESS');
    assert.equal(m.qaStatus, 'QA_PENDING');
    assert.deepEqual(
      m.statusFields.map((f) => f.inFooter),
      [false, true],
    );
    assert.deepEqual(m.counts, { done: 2, inProgress: 1, todo: 2, total: 5 });
    assert.deepEqual(
      m.items.map((i) => i.style),
      ['gfm', 'gfm', 'emoji', 'emoji', 'emoji'],
    );
    assert.equal(m.items[0]!.section, 'Success Criteria');
  });
  it('reads a story: its own status, its task breakdown and its percent line', () => {
    const m = taskModel(parseDocument(uri('0001.02 - Shopping List - Items.md'), 1, STORY, 'task'));
    assert.equal(m.status, 'IN_DEVELOPMENT');
    assert.deepEqual(m.children, ['0001.02.03', '0001.02.04']);
    assert.equal(m.percent?.percent, 0);
    assert.deepEqual(m.percent?.counts && [m.percent.counts.done, m.percent.counts.total], [0, 2]);
  });
  it('reads CRLF files with a BOM the same way, with offsets into the original text', () => {
    const text = '\ufeff' + TASK.replace(/\n/g, '\r\n');
    const m = taskModel(parseDocument(uri('0001.02.03 - Shopping List - Items - Add item.md'), 1, text, 'task'));
    assert.equal(m.status, 'IN_PROGRESS');
    assert.equal(m.heading?.idText, '0001.02.03');
    assert.deepEqual(m.counts, { done: 2, inProgress: 1, todo: 2, total: 5 });
    const f = m.statusFields[0]!;
    assert.equal(text.slice(f.valueStart, f.valueEnd), 'IN_PROGRESS');
    const item = m.items[2]!;
    assert.equal(text.slice(item.markerStart, item.markerEnd), '✅');
  });

  it('reads emoji items with a variation selector, numbered and nested items', () => {
    const text = '# Task [0001.02.05] - C\n\n- ✅\uFE0F shipped\n  * 🔄 nested\n1. [X] numbered\n- ⏸ paused is not an item\n- ✅done is not an item either\n';
    const m = taskModel(parseDocument(uri('0001.02.05 - A - B - C.md'), 1, text, 'task'));
    assert.deepEqual(
      m.items.map((i) => [i.state, i.text]),
      [
        ['done', 'shipped'],
        ['inProgress', 'nested'],
        ['done', 'numbered'],
      ],
    );
  });

  it('ignores checklist items inside fenced code', () => {
    const m = taskModel(parseDocument(uri('0001.02.05 - A - B - C.md'), 1, '# Task [0001.02.05] - C\n\n```md\n- [ ] example\n```\n- [x] real\n', 'task'));
    assert.deepEqual(m.counts, { done: 1, inProgress: 0, todo: 0, total: 1 });
  });
});
