import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, type Location } from '../../../server/src/core';
import { DEV, flow, ORCH, QA } from './flow';

const show = (uri: (p: string) => string, locs: Location[]) => {
  const back = new Map([QA, DEV, ORCH].map((p) => [uri(p), p]));
  return locs.map((l) => `${back.get(l.uri)}:${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.character + 1}`);
};

describe('return-code features', () => {
  it('hovers a reference with the declaring agent, its description and its routes', () => {
    const { service, uri, at } = flow();
    const hover = service.hover(uri(ORCH), at(ORCH, 'FAILURE_TO_DEV`, go back', 0, 3));
    assert.ok(hover);
    const text = hover.contents.value;
    assert.match(text, /\*\*`FAILURE_TO_DEV`\*\* return code/);
    assert.match(text, /\*\*quality-assurance\*\* \(quality-assurance\.md, line 14\): Back to development with feedback/);
    assert.match(text, /routed by develop\.md `### quality-assurance`, line 25/);
    assert.deepEqual(hover.range, { start: at(ORCH, 'FAILURE_TO_DEV`, go back'), end: at(ORCH, 'FAILURE_TO_DEV`, go back', 0, 14) });
  });

  it('hover shows an unrouted declaration and says nothing on ordinary constants or fenced code', () => {
    const { service, uri, at } = flow();
    const missing = service.hover(uri(QA), at(QA, 'MISSING_TASK_FILES'))!.contents.value;
    assert.match(missing, /\*\*not routed\*\* by develop\.md `### quality-assurance` \(line 23\)/);
    assert.equal(service.hover(uri(QA), at(QA, 'API_KEY', 0, 2)), undefined);
    assert.equal(service.hover(uri(QA), at(QA, 'SUCCESS_TO_FL_FINAL', 1, 2)), undefined, 'inside a bash fence');
  });

  it('lists the hovered agent first when several agents declare the code', () => {
    const reviewer = '.claude/agents/a-reviewer.md';
    const { service, uri, at } = flow({
      [reviewer]: '---\nname: a-reviewer\ndescription: Reviews.\n---\n\n**RETURN CODES:**\n- `SUCCESS_TO_FL_FINAL` - Review passed\n',
    });
    const order = (path: string, needle: string, nth = 0) =>
      [...service.hover(uri(path), at(path, needle, nth, 2))!.contents.value.matchAll(/^- \*\*([\w-]+)\*\*/gm)].map((m) => m[1]);
    // In its own file, a-reviewer first.
    assert.deepEqual(order(reviewer, 'SUCCESS_TO_FL_FINAL'), ['a-reviewer', 'quality-assurance']);
    // In the QA agent's own file, QA first.
    assert.deepEqual(order(QA, '`SUCCESS_TO_FL_FINAL` - Validation'), ['quality-assurance', 'a-reviewer']);
    // In the orchestrator's `### quality-assurance:` subsection, QA first.
    assert.deepEqual(order(ORCH, '`SUCCESS_TO_FL_FINAL` - Validation passed'), ['quality-assurance', 'a-reviewer']);
  });

  it('hovers a glob subsection name with the agents it names and their codes', () => {
    const { service, uri, at } = flow({ '.claude/agents/developer-old.md': '---\nname: developer-old\n---\nDeprecated.\n' });
    const value = service.hover(uri(ORCH), at(ORCH, 'developer-*', 0, 3))!.contents.value;
    assert.match(value, /Return codes routed for \*\*developer-\*\*\*/);
    assert.match(value, /- \*\*developer-old\*\* \(developer-old\.md\): declares no codes/);
    assert.match(value, /- \*\*developer-web\*\* \(developer-web\.md\): `SUCCESS_TO_QUALITY_ASSURANCE`, `FAILURE_CONTINUE`/);
    const qa = service.hover(uri(ORCH), at(ORCH, '### quality-assurance', 0, 5))!.contents.value;
    assert.match(qa, /`MISSING_TASK_FILES` \(not routed here\)/);
  });

  it('goes to the declaration from a Mermaid label, a summary line and a mirror entry', () => {
    const { service, uri, at } = flow();
    const expected = [`${QA}:13:4-23`];
    assert.deepEqual(show(uri, service.definition(uri(ORCH), at(ORCH, 'SUCCESS_TO_FL_FINAL|', 0, 1))), expected);
    assert.deepEqual(show(uri, service.definition(uri(ORCH), at(ORCH, 'SUCCESS_TO_FL_FINAL,'))), expected);
    assert.deepEqual(show(uri, service.definition(uri(ORCH), at(ORCH, 'SUCCESS_TO_FL_FINAL` - Validation'))), expected);
    assert.deepEqual(service.definition(uri(QA), at(QA, 'API_KEY')), []);
  });

  it('goes from a subsection name to the return codes of the agents it names', () => {
    const { service, uri, at } = flow({ '.claude/agents/developer-old.md': '---\nname: developer-old\n---\nDeprecated.\n' });
    assert.deepEqual(show(uri, service.definition(uri(ORCH), at(ORCH, '### quality-assurance', 0, 6))), [`${QA}:13:4-23`]);
    const glob = service.definition(uri(ORCH), at(ORCH, 'developer-*', 0, 2));
    assert.deepEqual(
      glob.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line + 1}`),
      ['developer-old.md:1', 'developer-web.md:7'],
    );
  });

  it('finds references across the workspace, with or without the declaration', () => {
    const { service, uri, at } = flow();
    const pos = at(QA, 'SUCCESS_TO_FL_FINAL` - Validation');
    assert.deepEqual(show(uri, service.references(uri(QA), pos, true)), [
      `${QA}:6:19-38`,
      `${QA}:13:4-23`,
      `${ORCH}:10:11-30`,
      `${ORCH}:13:21-40`,
      `${ORCH}:24:4-23`,
    ]);
    assert.equal(service.references(uri(QA), pos, false).length, 4);
  });

  it('renames a code in declarations, mirrors, prose, summaries and Mermaid labels only', () => {
    const { service, uri, at, files } = flow();
    const prepared = service.prepareRename(uri(ORCH), at(ORCH, 'FAILURE_TO_DEV`, go back', 0, 5));
    assert.deepEqual(prepared?.placeholder, 'FAILURE_TO_DEV');
    const edit = service.rename(uri(ORCH), at(ORCH, 'FAILURE_TO_DEV`, go back', 0, 5), 'FAILURE_BACK_TO_DEV')!;
    const qa = applyEdits(files[QA]!, edit.changes[uri(QA)]!).text;
    assert.match(qa, /- `FAILURE_BACK_TO_DEV` - Back to development with feedback/);
    assert.match(qa, /echo SUCCESS_TO_FL_FINAL `FAILURE_TO_DEV`/, 'fenced code is untouched');
    const orch = applyEdits(files[ORCH]!, edit.changes[uri(ORCH)]!).text;
    assert.equal((orch.match(/FAILURE_BACK_TO_DEV/g) ?? []).length, 3);
    assert.doesNotMatch(orch, /FAILURE_TO_DEV/);
    assert.equal(edit.changes[uri(DEV)], undefined);
    assert.equal(service.rename(uri(ORCH), at(ORCH, 'FAILURE_TO_DEV`, go back'), 'not a code'), undefined);
    assert.equal(service.prepareRename(uri(QA), at(QA, 'API_KEY')), undefined);
  });

  it('completes codes after "return" with the agent\'s own codes first', () => {
    const text =
      '---\nname: developer-web\n---\nWhen done, return `SUC\n\n**RETURN CODES:**\n- `SUCCESS_TO_QUALITY_ASSURANCE` - Implementation complete\n- `FAILURE_CONTINUE` - Keep iterating\n';
    const { service, uri } = flow({ [DEV]: text });
    const items = service.completion(uri(DEV), { line: 3, character: 22 });
    const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2), ['FAILURE_CONTINUE', 'SUCCESS_TO_QUALITY_ASSURANCE']);
    assert.ok(sorted.includes('MISSING_TASK_FILES'));
    const item = items.find((i) => i.label === 'FAILURE_CONTINUE')!;
    assert.equal(item.insertText, 'FAILURE_CONTINUE`');
    assert.deepEqual(item.range, { start: { line: 3, character: 19 }, end: { line: 3, character: 22 } });
  });

  it("completes a mirror entry with the named agent's codes not yet listed there", () => {
    const orch = `${'## Return Codes:\n\n### quality-assurance:\n- `SUCCESS_TO_FL_FINAL` - Validation passed\n- '}`;
    const { service, uri } = flow({ [ORCH]: orch });
    const items = service.completion(uri(ORCH), { line: 4, character: 2 });
    const first = items
      .filter((i) => i.sortText!.startsWith('0'))
      .map((i) => i.label)
      .sort();
    assert.deepEqual(first, ['FAILURE_TO_DEV', 'MISSING_TASK_FILES']);
    assert.ok(!items.some((i) => i.label === 'SUCCESS_TO_FL_FINAL'), 'already listed');
    assert.equal(items.find((i) => i.label === 'MISSING_TASK_FILES')!.insertText, '`MISSING_TASK_FILES` - Task file missing');
    assert.ok(items.some((i) => i.label === 'FAILURE_CONTINUE' && i.sortText!.startsWith('1')));
    assert.deepEqual(service.completion(uri(QA), { line: 5, character: 3 }), [], 'no code completion in ordinary prose');
  });

  it('lists declarations and mirror subsections as document symbols', () => {
    const { service, uri } = flow();
    assert.deepEqual(
      service.documentSymbols(uri(QA)).map((s) => `${s.kind}:${s.name}`),
      ['enumMember:SUCCESS_TO_FL_FINAL', 'enumMember:FAILURE_TO_DEV', 'enumMember:MISSING_TASK_FILES'],
    );
    const orch = service.documentSymbols(uri(ORCH));
    assert.deepEqual(
      orch.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['developer-*', ['SUCCESS_TO_QUALITY_ASSURANCE', 'FAILURE_CONTINUE']],
        ['quality-assurance', ['SUCCESS_TO_FL_FINAL', 'FAILURE_TO_DEV']],
      ],
    );
  });
});
