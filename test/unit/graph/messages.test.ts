import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import type * as Messages from '../../../client/src/flow/messages';

// The client compiles to out/client/src (client/tsconfig.json): load the built module from there.
const { MAX_SVG_LENGTH, parseFlowMessage } = require(join(__dirname, '../../../client/src/flow/messages.js')) as typeof Messages;

describe('Flow view messages from the webview', () => {
  it('accepts the known shapes', () => {
    assert.deepEqual(parseFlowMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFlowMessage({ type: 'openNode', node: 'quality-assurance' }), { type: 'openNode', node: 'quality-assurance' });
    assert.deepEqual(parseFlowMessage({ type: 'openRow', edge: 3, row: 0 }), { type: 'openRow', edge: 3, row: 0 });
    assert.deepEqual(parseFlowMessage({ type: 'selectFlow', flow: 'file:///ws/kit' }), { type: 'selectFlow', flow: 'file:///ws/kit' });
    assert.deepEqual(parseFlowMessage({ type: 'export', svg: '<svg xmlns="x"><g/></svg>', name: 'my flow/../x' }), {
      type: 'export',
      svg: '<svg xmlns="x"><g/></svg>',
      name: 'my-flow-..-x',
    });
  });

  it('drops anything else: unknown types, wrong types, out of range, paths, scripts', () => {
    for (const bad of [
      undefined,
      null,
      'ready',
      [],
      { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'openNode' },
      { type: 'openNode', node: 42 },
      { type: 'openNode', node: 'x'.repeat(3000) },
      { type: 'openRow', edge: -1, row: 0 },
      { type: 'openRow', edge: 1.5, row: 0 },
      { type: 'openRow', edge: '1', row: 0 },
      { type: 'selectFlow', flow: '' },
      { type: 'export', svg: '<html></html>', name: 'x' },
      { type: 'export', svg: '<svg><script>alert(1)</script></svg>', name: 'x' },
      { type: 'export', svg: '<svg><g onclick="x()"/></svg>', name: 'x' },
      { type: 'export', svg: '<svg><a href="javascript:x()"/></svg>', name: 'x' },
      { type: 'export', svg: '<svg><foreignObject/></svg>', name: 'x' },
      { type: 'export', svg: `<svg>${'x'.repeat(MAX_SVG_LENGTH)}</svg>`, name: 'x' },
      { type: 'export', svg: '<svg></svg>' },
    ]) {
      assert.equal(parseFlowMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 80));
    }
  });
});
