import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableFlowFor, tableFlows } from '../../../server/src/core';
import { tableFlow } from './tableFlow';

const at = (service: ReturnType<typeof tableFlow>['service'], uri: string, needle: string, skip = 0) => {
  const text = service.document(uri)!.text;
  let i = text.indexOf(needle);
  for (let k = 0; k < skip; k++) i = text.indexOf(needle, i + 1);
  return service.document(uri)!.lines.positionAt(i + 1);
};

describe('table flows: the model', () => {
  const { service, uri } = tableFlow();
  const [flow] = tableFlows(service.index, service.files);

  it('reads the codes, transitions, escalation, states and agents of a plugin-layout flow', () => {
    assert.ok(flow);
    assert.equal(flow.uri, uri('kit/resources/STATE-MACHINE/RETURN-CODES.md'));
    assert.equal(flow.root, uri('kit'));
    assert.deepEqual(
      flow.codes.map((c) => `${c.code}:${c.description}`),
      ['SUCCESS:Operation completed successfully', 'FAILURE:Operation failed', 'PARTIAL:Operation partially completed'],
    );
    assert.deepEqual(
      flow.transitions.map((t) => `${t.state.text}/${t.code.text}>${t.targets.map((s) => s.name).join('|')}${t.exits ? '!' : ''}`),
      ['WORK/SUCCESS>TEST', 'WORK/FAILURE>!', 'WORK/PARTIAL>WORK', 'TEST/SUCCESS>DONE', 'TEST/FAILURE>WORK', 'DONE/SUCCESS>!'],
    );
    assert.deepEqual(
      flow.escalations.map((e) => `${e.count}x${e.code}`),
      ['3xFAILURE'],
    );
    assert.deepEqual([...flow.states.keys()].sort(), ['DONE', 'TEST', 'WORK']);
    assert.deepEqual(
      flow.agents.map((a) => `${a.name}:${a.returns.map((r) => r.code)}:${a.states}`),
      ['developer:SUCCESS,PARTIAL:WORK', 'quality-assurance:SUCCESS,FAILURE,PARTIAL:TEST'],
    );
    assert.equal(flow.agents[0]!.returns[0]!.uri, uri('kit/resources/AGENT/HANDOFF.md'), 'a code returned through a resource the agent reads');
  });

  it('belongs to the files of its plugin only', () => {
    assert.equal(tableFlowFor(service.index, service.files, uri('kit/agents/developer.md')), flow);
    const other = tableFlow({ 'other/agents/x.md': '---\nname: x\ndescription: y\n---\n' });
    assert.equal(tableFlowFor(other.service.index, other.service.files, other.uri('other/agents/x.md')), undefined);
  });
});

describe('table flows: editor features', () => {
  const { service, uri } = tableFlow();
  const agent = uri('kit/agents/quality-assurance.md');
  const definition = uri('kit/resources/STATE-MACHINE/RETURN-CODES.md');

  it('hovers a code in an agent with its description, its transitions and who returns it', () => {
    const hover = service.hover(agent, at(service, agent, '`PARTIAL`'));
    const text = hover?.contents.value ?? '';
    assert.match(text, /\*\*`PARTIAL`\*\* return code — Operation partially completed/);
    assert.match(text, /- WORK → WORK: Continue WORK/);
    assert.match(text, /Returned by developer, quality-assurance\./);
    assert.doesNotMatch(text, /TEST →/);
  });

  it('goes from a code to its row of the codes table, and from a state to its document', () => {
    const def = service.definition(agent, at(service, agent, '`FAILURE`'));
    assert.deepEqual(
      def.map((l) => [l.uri, l.range.start.line + 1]),
      [[definition, 11]],
    );
    const state = service.definition(definition, at(service, definition, 'TEST  '));
    assert.deepEqual(
      state.map((l) => l.uri),
      [uri('kit/resources/STATE-MACHINE/STATE/TEST.md')],
    );
  });

  it('finds every use of a code in the flow: table rows, return lists, prose', () => {
    const refs = service.references(agent, at(service, agent, '`FAILURE`'), true);
    const where = refs.map((r) => `${r.uri.replace(/^.*\/kit\//, '')}:${r.range.start.line + 1}`);
    assert.deepEqual(where, [
      'agents/quality-assurance.md:10',
      'resources/STATE-MACHINE/RETURN-CODES.md:3',
      'resources/STATE-MACHINE/RETURN-CODES.md:4',
      'resources/STATE-MACHINE/RETURN-CODES.md:11',
      'resources/STATE-MACHINE/RETURN-CODES.md:19',
      'resources/STATE-MACHINE/RETURN-CODES.md:22',
    ]);
  });

  it('renames a code across the tables and the prose', () => {
    const edit = service.rename(agent, at(service, agent, '`SUCCESS`', 1), 'DONE_OK')!;
    const count = Object.values(edit.changes).reduce((n, e) => n + e.length, 0);
    // The codes table, three transitions, two return lists, a prose span and the definition's own prose.
    assert.equal(count, 8);
    assert.ok(edit.changes[uri('kit/resources/AGENT/HANDOFF.md')]?.length === 1);
    assert.equal(service.rename(agent, at(service, agent, '`SUCCESS`'), 'not upper'), undefined);
  });

  it('completes codes in the code column and states in the state column', () => {
    const doc = service.document(definition)!;
    const line = doc.text.split('\n').findIndex((l) => l.startsWith('| WORK          | FAILURE'));
    const codes = service.completion(definition, { line, character: 18 });
    assert.deepEqual(
      codes.map((c) => c.label),
      ['SUCCESS', 'FAILURE', 'PARTIAL'],
    );
    const states = service.completion(definition, { line, character: 4 });
    assert.deepEqual(states.map((c) => c.label).sort(), ['DONE', 'TEST', 'WORK']);
  });
});
