import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGraph } from '../../../server/src/cli/graph/graphCommand';
import { quote } from '../../../server/src/cli/graph/dot';
import { label } from '../../../server/src/cli/graph/mermaid';
import { flowGraph, type FlowGraph } from '../../../server/src/core';
import { estimateWidth, layoutFlow, type RenderGraph } from '../../../server/src/render/flow/layout';
import { renderSvg, xml } from '../../../server/src/render/flow/svg';
import { flow } from '../returnCodes/flow';
import { tableFlow } from '../returnCodes/tableFlow';

const legacy = (): FlowGraph => {
  const { service } = flow();
  return flowGraph(service.index, service.files);
};

describe('agent-docs graph: formats', () => {
  it("json keeps the issue's shape first, with the extra keys after", () => {
    const json = JSON.parse(formatGraph(legacy(), 'json')) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(json), ['nodes', 'edges']);
    assert.deepEqual(Object.keys(json.nodes[0]!).slice(0, 3), ['id', 'kind', 'file']);
    assert.deepEqual(Object.keys(json.edges[0]!).slice(0, 4), ['from', 'to', 'code', 'routed']);
    const unrouted = json.edges.find((e) => e['code'] === 'MISSING_TASK_FILES')!;
    assert.deepEqual([unrouted['from'], unrouted['to'], unrouted['routed']], ['quality-assurance', null, false]);
  });

  it('mermaid is a flowchart with each code as a quoted edge label, what leads nowhere dashed', () => {
    const text = formatGraph(legacy(), 'mermaid');
    assert.match(text, /^flowchart LR\n/);
    assert.match(text, /^ {2}n0\[\["\/develop"\]\]$/m);
    assert.match(text, /^ {2}n2 -->\|"SUCCESS_TO_FL_FINAL"\| n0$/m);
    assert.match(text, /^ {2}x0\(\["not routed"\]\)$/m);
    assert.match(text, /^ {2}n2 -\.->\|"MISSING_TASK_FILES"\| x0$/m);
    // linkStyle counts edges in the order they are written: the unrouted one is the fourth.
    assert.match(text, /^ {2}linkStyle 3 stroke:#cf222e/m);
    assert.match(text, /%% not routed: quality-assurance MISSING_TASK_FILES/);
  });

  it('escapes what Mermaid and DOT would read as syntax', () => {
    assert.equal(label('a "b" [c] {d} (e) <f> |g| #h &i;'), 'a #quot;b#quot; #91;c#93; #123;d#125; #40;e#41; #lt;f#gt; #124;g#124; #35;h #38;i;');
    assert.equal(label('two\nlines'), 'two lines');
    assert.equal(quote('say "hi" \\ there\nnow'), '"say \\"hi\\" \\\\ there\\nnow"');
    assert.equal(xml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('dot is a digraph with a labelled edge per code', () => {
    const text = formatGraph(legacy(), 'dot');
    assert.match(text, /^digraph flow \{\n {2}rankdir=LR;/);
    assert.match(text, /n2 -> x0 \[label="MISSING_TASK_FILES", style=dashed, color="#cf222e"/);
    assert.match(text, /x0 \[label="not routed", shape=plaintext/);
  });

  it('svg stands alone: its own styles, every node and code, an end node for what leads nowhere', () => {
    const text = formatGraph(legacy(), 'svg');
    assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(text, /<style>\.flow\{/);
    for (const id of ['/develop', 'developer-web', 'quality-assurance']) assert.ok(text.includes(`data-node="${id}"`), id);
    for (const code of ['SUCCESS_TO_FL_FINAL', 'MISSING_TASK_FILES', 'FAILURE_CONTINUE']) assert.ok(text.includes(`>${code}</text>`), code);
    assert.match(text, /class="node end unrouted"/);
    assert.match(text, /<text class="code unrouted" data-edge="3"/);
  });

  it('is the same output every time', () => {
    for (const format of ['json', 'mermaid', 'dot', 'svg'] as const) assert.equal(formatGraph(legacy(), format), formatGraph(legacy(), format), format);
  });
});

describe('flow layout', () => {
  /** A flow of `n` agents in a chain with a way back from each and an unrouted code every fifth. */
  const chain = (n: number): RenderGraph => ({
    nodes: Array.from({ length: n }, (_, i) => ({ id: `agent-${i}`, kind: 'agent' as const, label: `agent-${i}` })),
    edges: Array.from({ length: n }, (_, i) => [
      {
        from: `agent-${i}`,
        to: i + 1 < n ? `agent-${i + 1}` : null,
        code: `SUCCESS_TO_${i + 1}`,
        routed: i + 1 < n || i % 5 !== 0,
        kind: 'return',
        declared: true,
      },
      { from: `agent-${i}`, to: `agent-${Math.floor(i / 2)}`, code: `FAILURE_BACK_${i}`, routed: true, kind: 'return', declared: i % 7 !== 0 },
    ]).flat(),
  });

  it('places 5 to 50 nodes without overlaps, every code on a label', () => {
    for (const n of [5, 20, 50]) {
      const scene = layoutFlow(chain(n), estimateWidth);
      const boxes = scene.nodes.map((b) => ({
        left: b.x - b.width / 2,
        right: b.x + b.width / 2,
        top: b.y - b.height / 2,
        bottom: b.y + b.height / 2,
        id: b.id,
      }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.id} overlaps ${b.id} (${n} nodes)`);
        }
      for (const b of boxes) assert.ok(b.left >= 0 && b.top >= 0 && b.right <= scene.width && b.bottom <= scene.height, `${b.id} inside the drawing`);
      const codes = scene.edges.flatMap((e) => e.label?.lines.map((l) => l.text) ?? []);
      assert.equal(codes.length, chain(n).edges.length, `every code drawn (${n} nodes)`);
    }
  });

  it("draws parallel codes on one edge, and ends each source's unrouted codes at one node", () => {
    const scene = layoutFlow(
      {
        nodes: [
          { id: 'a', kind: 'agent', label: 'a' },
          { id: 'o', kind: 'orchestrator', label: '/o' },
        ],
        edges: [
          { from: 'a', to: 'o', code: 'ONE', routed: true, kind: 'return', declared: true },
          { from: 'a', to: 'o', code: 'TWO', routed: true, kind: 'return', declared: true },
          { from: 'a', to: null, code: 'THREE', routed: false, kind: 'return', declared: true },
          { from: 'a', to: null, code: 'FOUR', routed: false, kind: 'return', declared: true },
        ],
      },
      estimateWidth,
    );
    assert.deepEqual(
      scene.edges.map((e) => [e.style, e.label!.lines.map((l) => l.text)]),
      [
        ['routed', ['ONE', 'TWO']],
        ['unrouted', ['THREE', 'FOUR']],
      ],
    );
    assert.deepEqual(
      scene.nodes.filter((n) => n.kind === 'end').map((n) => n.end),
      ['unrouted'],
    );
    assert.match(renderSvg(scene, { hitAreas: true }), /<path class="hit" data-group="1"/);
  });

  it('lays a state machine out in the order it runs', () => {
    const { service } = tableFlow();
    const scene = layoutFlow(flowGraph(service.index, service.files), estimateWidth);
    const x = (id: string) => scene.nodes.find((n) => n.id === id)!.x;
    assert.ok(x('WORK') < x('TEST') && x('TEST') < x('DONE'), 'WORK, TEST, DONE from left to right');
  });
});
