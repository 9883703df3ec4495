import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flowGraph, flowOfFile, type FlowEdge, type FlowGraph } from '../../../server/src/core';
import { memoryService } from '../../support/workspace';
import { flow, FLOW, ORCH, QA } from '../returnCodes/flow';
import { TABLE_FLOW, tableFlow } from '../returnCodes/tableFlow';

/** `from -CODE-> to` with the verdicts that differ from the usual (routed, declared). */
const show = (e: FlowEdge) =>
  `${e.from} -${e.code ?? '·'}-> ${e.to ?? `(${e.end ?? 'nowhere'})`}${e.routed ? '' : ' unrouted'}${e.declared ? '' : ' undeclared'}${e.kind === 'return' || e.kind === 'transition' ? '' : ` ${e.kind}`}`;
const edges = (g: FlowGraph) => g.edges.map(show);
const graphOf = (s: ReturnType<typeof memoryService>['service']) => flowGraph(s.index, s.files);

describe('flow graph: the first generation (declarations, orchestrator mirrors, diagrams)', () => {
  it('joins each agent to the orchestrator that routes its codes, and an unrouted code to nothing', () => {
    const { service, uri } = flow();
    const g = graphOf(service);
    assert.deepEqual(
      g.nodes.map((n) => `${n.kind} ${n.id}`),
      ['orchestrator /develop', 'agent developer-web', 'agent quality-assurance'],
    );
    assert.deepEqual(edges(g), [
      'developer-web -FAILURE_CONTINUE-> /develop',
      'developer-web -SUCCESS_TO_QUALITY_ASSURANCE-> /develop',
      'quality-assurance -FAILURE_TO_DEV-> /develop',
      'quality-assurance -MISSING_TASK_FILES-> (nowhere) unrouted',
      'quality-assurance -SUCCESS_TO_FL_FINAL-> /develop',
    ]);
    const missing = g.edges.find((e) => e.code === 'MISSING_TASK_FILES')!;
    assert.equal(missing.to, null);
    assert.equal(missing.description, 'Task file missing');
    assert.deepEqual(
      missing.rows.map((r) => `${r.role} ${r.uri === uri(QA) ? 'QA' : 'ORCH'}:${r.range.start.line + 1} ${r.text}`),
      ['declaration QA:15 - `MISSING_TASK_FILES` - Task file missing', 'omission ORCH:23 ### quality-assurance: does not list MISSING_TASK_FILES'],
    );
    // Nodes open at their declaration: an agent's `name`, the orchestrator's first section.
    const qa = g.nodes.find((n) => n.id === 'quality-assurance')!;
    assert.deepEqual([qa.uri, qa.range.start.line], [uri(QA), 1]);
    const orchestrator = g.nodes.find((n) => n.id === '/develop')!;
    assert.deepEqual([orchestrator.uri, orchestrator.range.start.line], [uri(ORCH), 18]);
    assert.deepEqual(
      g.flows.map((f) => [f.title, f.generations, f.orchestrators]),
      [['ws', ['legacy'], [uri(ORCH)]]],
    );
  });

  it('follows a diagram that hands a code from one agent to another', () => {
    const handoff =
      '```mermaid\nflowchart LR\n  DEV[developer-web] -->|SUCCESS_TO_QUALITY_ASSURANCE| QA["quality-assurance"]\n  QA -->|SUCCESS_TO_FL_FINAL| F[Final]\n  QA -->|TIMEOUT_QA| DEV\n```\n';
    const { service } = flow({ '.claude/commands/develop.md': FLOW[ORCH]!.replace(/```mermaid[\s\S]*?```\n/, handoff) });
    const g = graphOf(service);
    assert.ok(edges(g).includes('developer-web -SUCCESS_TO_QUALITY_ASSURANCE-> quality-assurance handoff'));
    // A label whose target is no agent leaves the code with the orchestrator.
    assert.ok(edges(g).includes('quality-assurance -SUCCESS_TO_FL_FINAL-> /develop'));
    // A drawn hand-off of a code the agent does not declare, which no section routes either.
    assert.ok(edges(g).includes('quality-assurance -TIMEOUT_QA-> developer-web unrouted undeclared handoff'));
    const drawn = g.edges.find((e) => e.kind === 'handoff' && e.routed)!;
    assert.deepEqual(
      drawn.rows.map((r) => r.role),
      ['declaration', 'route', 'diagram'],
    );
    assert.equal(drawn.rows[2]!.text, 'developer-web -->|SUCCESS_TO_QUALITY_ASSURANCE| quality-assurance');
  });

  it('draws a routed code no named agent declares, and a section that names no agent', () => {
    const { service } = flow({
      '.claude/commands/develop.md': `${FLOW[ORCH]}- \`CRITICAL_FAILURE\` - Escalate\n\n### reviewer:\n- \`SUCCESS_REVIEWED\` - Reviewed\n`,
    });
    const g = graphOf(service);
    assert.ok(edges(g).includes('quality-assurance -CRITICAL_FAILURE-> /develop undeclared'));
    assert.ok(edges(g).includes('reviewer -SUCCESS_REVIEWED-> /develop undeclared'));
    assert.equal(g.nodes.find((n) => n.id === 'reviewer')?.missing, true);
  });

  it('keeps an agent no orchestrator names, its codes leading nowhere', () => {
    const { service } = memoryService({ 'a/.claude/agents/solo.md': '---\nname: solo\ndescription: x\n---\n\n**RETURN CODES:**\n- `SUCCESS_DONE` - Done\n' });
    assert.deepEqual(edges(graphOf(service)), ['solo -SUCCESS_DONE-> (nowhere) unrouted']);
  });
});

describe('flow graph: the second generation (codes and transitions in tables)', () => {
  it('makes every row of the transitions table an edge between states', () => {
    const g = graphOf(tableFlow().service);
    const transitions = g.edges.filter((e) => e.kind === 'transition').map(show);
    // States in the order the table names them: the order the flow runs.
    assert.deepEqual(transitions, [
      'WORK -FAILURE-> (exit)',
      'WORK -PARTIAL-> WORK',
      'WORK -SUCCESS-> TEST',
      'TEST -FAILURE-> WORK',
      'TEST -SUCCESS-> DONE',
      'DONE -SUCCESS-> (exit)',
    ]);
    const partial = g.edges.find((e) => e.from === 'WORK' && e.code === 'PARTIAL')!;
    assert.equal(partial.description, 'Operation partially completed');
    assert.deepEqual(
      partial.rows.map((r) => `${r.role} ${r.text}`),
      ['transition | WORK | PARTIAL | Continue WORK |', 'definition | PARTIAL | Operation partially completed |'],
    );
    assert.deepEqual(
      g.nodes.map((n) => `${n.kind} ${n.id}`),
      ['orchestrator RETURN-CODES', 'agent developer', 'agent quality-assurance', 'state WORK', 'state TEST', 'state DONE'],
    );
    assert.deepEqual(
      g.flows.map((f) => [f.title, f.generations]),
      [['kit', ['tables']]],
    );
  });

  it("sends an agent's codes to the states it works in, and a code its state does not route nowhere", () => {
    const g = graphOf(tableFlow().service);
    assert.deepEqual(g.edges.filter((e) => e.kind === 'return').map(show), [
      'developer -PARTIAL-> WORK',
      'developer -SUCCESS-> WORK',
      'quality-assurance -FAILURE-> TEST',
      'quality-assurance -PARTIAL-> (nowhere) unrouted',
      'quality-assurance -SUCCESS-> TEST',
    ]);
    // The developer's codes are in a resource it reads: the row says where.
    const fromResource = g.edges.find((e) => e.from === 'developer' && e.code === 'PARTIAL')!;
    assert.match(fromResource.rows[0]!.uri, /HANDOFF\.md$/);
  });

  it('marks a state with no way out, a state without a document and a code the table does not define', () => {
    const def = TABLE_FLOW['kit/resources/STATE-MACHINE/RETURN-CODES.md']!.replace(
      '| DONE          | SUCCESS     | Exit                        |',
      '| DONE          | SUCCESS     | Exit                        |\n| TEST          | TIMEOUT     | Proceed to REVIEW           |',
    );
    const g = graphOf(tableFlow({ 'kit/resources/STATE-MACHINE/RETURN-CODES.md': def }).service);
    const review = g.nodes.find((n) => n.id === 'REVIEW')!;
    assert.deepEqual([review.missing, review.deadEnd], [true, true]);
    assert.equal(g.nodes.find((n) => n.id === 'WORK')!.deadEnd, undefined);
    assert.ok(edges(g).includes('TEST -TIMEOUT-> REVIEW undeclared'));
  });

  it('reads an orchestration level as ways out of the states its instances are, unless a transition joins them', () => {
    const level =
      '# Task\n\n### STATE TRANSITIONS\n\n| State Name | Transition State | Code |\n|---|---|---|\n| TASK_WORK | TASK_TEST | CONTINUE |\n| TASK_TEST | TASK_LOOP | CONTINUE |\n| TASK_LOOP | EXIT | EXIT |\n';
    const loop = { 'kit/resources/STATE-MACHINE/STATE/LOOP.md': '### Loop\n\nNext item.\n' };
    const g = graphOf(tableFlow({ 'kit/resources/STATE-MACHINE/ORCHESTRATION/TASK.md': level, ...loop }).service);
    const steps = g.edges.filter((e) => e.kind === 'step').map(show);
    // WORK → TEST is a transition already; LOOP's only way out is the level's.
    assert.deepEqual(steps, ['TEST -CONTINUE-> LOOP step', 'LOOP -EXIT-> (exit) step']);
    assert.equal(g.nodes.find((n) => n.id === 'LOOP')!.deadEnd, undefined);
    // Without the level, LOOP has no way out.
    assert.equal(graphOf(tableFlow(loop).service).nodes.find((n) => n.id === 'LOOP')!.deadEnd, true);
  });
});

describe('flow graph: the whole workspace', () => {
  it('gives each flow its own nodes, with ids unique across flows', () => {
    const files: Record<string, string> = {};
    for (const [p, t] of Object.entries(FLOW)) files[`one/${p}`] = t;
    for (const [p, t] of Object.entries(FLOW)) files[`two/${p}`] = t;
    const { service, uri } = memoryService(files);
    const g = graphOf(service);
    assert.deepEqual(
      g.flows.map((f) => f.title),
      ['one', 'two'],
    );
    assert.ok(g.nodes.some((n) => n.id === 'one/quality-assurance') && g.nodes.some((n) => n.id === 'two/quality-assurance'));
    assert.equal(new Set(g.nodes.map((n) => n.id)).size, g.nodes.length);
    const two = flowGraph(service.index, service.files, { flow: g.flows[1]!.id });
    assert.ok(two.nodes.every((n) => n.id.startsWith('two/')) && two.edges.every((e) => e.from.startsWith('two/')));
    assert.equal(flowOfFile(g, uri(`two/${QA}`))?.title, 'two');
  });

  it('is the same graph however often it is asked for, in a stable order', () => {
    const a = JSON.stringify(graphOf(flow().service));
    const b = JSON.stringify(graphOf(flow().service));
    assert.equal(a, b);
    // Orchestrators, agents, states; agents in the order the orchestrator lists them, then by name.
    const listed = FLOW[ORCH]!.replace('### developer-*', '### quality-assurance:\n- `FAILURE_TO_DEV` - Back\n\n### developer-*');
    assert.deepEqual(
      graphOf(flow({ [ORCH]: listed }).service).nodes.map((n) => n.id),
      ['/develop', 'quality-assurance', 'developer-web'],
    );
    assert.deepEqual(
      graphOf(flow().service).nodes.map((n) => n.id),
      ['/develop', 'developer-web', 'quality-assurance'],
    );
  });

  it('follows an edit: a code added to the mirror is routed at once', () => {
    const { service, uri } = flow();
    assert.ok(edges(graphOf(service)).includes('quality-assurance -MISSING_TASK_FILES-> (nowhere) unrouted'));
    service.indexFile(uri(ORCH), `${FLOW[ORCH]}- \`MISSING_TASK_FILES\` - Back to planning\n`);
    assert.ok(edges(graphOf(service)).includes('quality-assurance -MISSING_TASK_FILES-> /develop'));
  });

  it('is empty where nothing declares or routes a code', () => {
    const { service } = memoryService({ '.claude/agents/a.md': '---\nname: a\ndescription: b\n---\nHello.\n' });
    assert.deepEqual(graphOf(service), { flows: [], nodes: [], edges: [] });
  });
});
