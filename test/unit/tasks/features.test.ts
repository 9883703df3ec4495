import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, type Position } from '../../../server/src/core';
import { scanReferences } from '../../../server/src/core/tasks/references';
import { memoryService } from '../../support/workspace';
import { DIR, FILES } from './sample';

const NOTES = `# Notes

Next up is Task [0001.02.03] - Add item, then 0001.02.03 again.
Released 2024.10.15 as v2024.01.01.
`;

function setup(extra: Record<string, string> = {}) {
  const ws = memoryService({ ...FILES, 'notes.md': NOTES, ...extra });
  const taskUri = ws.uri(`${DIR}/0001.02.03 - Shopping List - Items - Add item.md`);
  return { ...ws, taskUri, notesUri: ws.uri('notes.md') };
}

/** The position of the n-th occurrence of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('task features', () => {
  it('hovers an ID with title, status, a progress bar, counts and the file', () => {
    const { service, notesUri } = setup();
    const hover = service.hover(notesUri, at(NOTES, '0001.02.03', 3));
    assert.ok(hover);
    const v = hover.contents.value;
    assert.match(v, /\*\*Task 0001\.02\.03\*\* — Add item/);
    assert.match(v, /Status: `IN_PROGRESS` · QA: `QA_PENDING`/);
    assert.match(v, /`\[████▒▒░░░░\]` 40% — 2 done, 1 in progress, 2 to do/);
    assert.match(v, /\[0001\.02\.03 - Shopping List - Items - Add item\.md\]\(file:\/\/\/ws\//);
  });

  it('says when no document has the ID, and ignores dates and versions', () => {
    const { service, notesUri, uri } = setup({ 'more.md': 'See Task [0001.02.09].\n' });
    assert.match(service.hover(uri('more.md'), { line: 0, character: 16 })!.contents.value, /No document has this ID/);
    assert.equal(service.hover(notesUri, at(NOTES, '2024.10.15', 2)), undefined);
    assert.equal(service.hover(notesUri, at(NOTES, 'v2024.01.01', 3)), undefined);
  });

  it('goes to the file and links every ID to it', () => {
    const { service, notesUri, taskUri } = setup();
    const def = service.definition(notesUri, at(NOTES, '0001.02.03', 1, 1));
    assert.deepEqual(
      def.map((d) => [d.uri, d.range.start.line]),
      [[taskUri, 0]],
    );
    const links = service.documentLinks(notesUri);
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target]),
      [
        [2, taskUri],
        [2, taskUri],
      ],
    );
  });

  it('finds references across the workspace, with or without the declaration', () => {
    const { service, notesUri, taskUri, uri } = setup();
    const storyUri = uri(`${DIR}/0001.02 - Shopping List - Items.md`);
    const refs = service.references(notesUri, at(NOTES, '0001.02.03', 1), true);
    const files = refs.map((r) => r.uri);
    assert.equal(files.filter((f) => f === notesUri).length, 2);
    assert.ok(files.includes(storyUri));
    assert.ok(files.includes(taskUri));
    const without = service.references(notesUri, at(NOTES, '0001.02.03', 1), false);
    assert.equal(without.length, refs.length - 1);
  });

  it('completes IDs after `Task [`, on a dependency line and after a typed prefix', () => {
    const doc = 'Blocked: Task [\n\n### Dependencies\n- \n\nAlso 0001.0\n';
    const { service, uri } = setup({ 'plan.md': doc });
    const u = uri('plan.md');
    const afterBracket = service.completion(u, at(doc, 'Task [', 6));
    assert.deepEqual(
      afterBracket.map((c) => c.label),
      ['0001.02.03'],
    );
    assert.equal(afterBracket[0]!.detail, 'Add item — IN_PROGRESS');
    const dep = service.completion(u, at(doc, '- \n', 2));
    assert.deepEqual(
      dep.map((c) => c.label),
      ['0001.02.03'],
    );
    const prefix = service.completion(u, at(doc, '0001.0', 6));
    assert.deepEqual(
      prefix.map((c) => c.label),
      ['0001.02', '0001.02.03'],
    );
    assert.deepEqual(prefix[0]!.range, { start: at(doc, '0001.0'), end: at(doc, '0001.0', 6) });
    assert.deepEqual(service.completion(u, { line: 4, character: 0 }), []);
  });

  it('offers IDs of the same story first inside a task document, never its own', () => {
    const own = `${DIR}/0002.01.01 - Billing - Invoices - Send invoice.md`;
    const text = '# Task [0002.01.01] - Send invoice\n\n### Dependencies\n- Task [\n';
    const { service, uri } = setup({ [own]: text, [`${DIR}/0002.01.02 - Billing - Invoices - Remind.md`]: '# Task [0002.01.02] - Remind\n' });
    const items = service.completion(uri(own), at(text, 'Task [', 6, 1));
    assert.deepEqual(
      items.map((c) => c.label),
      ['0002.01.02', '0001.02.03'],
    );
  });

  it('shows progress in code lenses on task and story headings', () => {
    const { service, taskUri, uri } = setup();
    const lenses = service.codeLenses(taskUri);
    assert.deepEqual(
      lenses.map((l) => l.title),
      ['Task 0001.02.03: [████▒▒░░░░] 40% — 2 done, 1 in progress, 2 to do'],
    );
    const story = service.codeLenses(uri(`${DIR}/0001.02 - Shopping List - Items.md`)).map((l) => l.title);
    assert.equal(story.length, 3);
    assert.match(story[0]!, /^Story 0001\.02: .* · 0\/2 tasks completed$/);
    assert.equal(story[2], 'Task 0001.02.04: no document');
  });

  it('offers to create a missing task from the template, with names and encoded links', () => {
    const { service, uri } = setup({ 'more.md': 'Then Task [0001.02.04] - Remove item.\n' });
    const finding = service.lint(uri('more.md')).find((f) => f.ruleId === 'task-reference-missing');
    assert.ok(finding?.fixes?.[0]);
    const create = finding.fixes[0].edit.creates![0]!;
    assert.equal(create.uri, uri(`${DIR}/0001.02.04 - Shopping List - Items - Remove item.md`));
    assert.match(create.content, /^# Task \[0001\.02\.04\] - Shopping List - Items - Remove item\n/);
    assert.match(create.content, /\(\.\/0001\.02%20-%20Shopping%20List%20-%20Items\.md\)/);
    assert.match(create.content, /\(\.\/0001%20-%20Shopping%20List\.md\)/);
    // The new file is clean under every task rule once it exists.
    const { service: after } = memoryService({ ...FILES, [`${DIR}/0001.02.04 - Shopping List - Items - Remove item.md`]: create.content });
    const findings = after.lint(uri(`${DIR}/0001.02.04 - Shopping List - Items - Remove item.md`));
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      [],
    );
  });
});

describe('task references in prose', () => {
  const cases: [string, string[]][] = [
    ['Released 2024.10.15, version 1.2.3 and v2.0.1 from 192.168.1.10.', []],
    ['Task [0001.02.03] and Story 0001.02 and Epic [0001].', ['0001.02.03', '0001.02', '0001']],
    ['Branch `feature/0001.02.03-add-item`, commit feat(0001.02.03): add item.', ['0001.02.03', '0001.02.03']],
    ['Tag `0001.02.03` in backticks.', ['0001.02.03']],
    ['Epic 2024 started in 2024; 1234.56 is a number; 0001.02.03.4 is a version.', ['2024']],
  ];
  for (const [text, ids] of cases) {
    it(text, () => {
      const doc = parseDocument('file:///ws/a.md', 1, text, 'markdown');
      assert.deepEqual(
        scanReferences(doc)
          .references.filter((r) => r.strong)
          .map((r) => r.id),
        ids,
      );
    });
  }
});
