import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Position } from '../../../server/src/core';
import { textAt } from '../../support/cursor';
import { VirtualWorkspace } from '../../support/virtualWorkspace';

function at(ws: VirtualWorkspace, path: string, needle: string, delta = 1): Position {
  const text = ws.files.get(path)!;
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${path}`);
  const before = text.slice(0, i + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

const FILES = {
  'orch/.claude-plugin/plugin.json': '{ "name": "orch" }\n',
  'orch/resources/core/TMUX.md': '# Tmux sessions\n\nStart one session per task.\n\n## Attach\n\nAttach with `tmux a`.\n',
  'orch/scripts/check.sh': '#!/bin/sh\necho checking\n',
  'orch/agents/dev.md':
    '---\nname: dev\ndescription: Develops.\n---\n- Read `plugin:orch:resources://CORE/TMUX.md` now.\n- Run `${CLAUDE_PLUGIN_ROOT}/scripts/check.sh`.\n- See [attach](../resources/core/TMUX.md#attach).\n\n```\nplugin:orch:resources://core/TMUX.md\n```\n',
  'orch/commands/work.md': '---\ndescription: Works.\n---\nRead `resources://core/TMUX.md`, then [notes](../../docs/notes.md).\n',
  'docs/notes.md': '# Notes\n\nSee [tmux](../orch/resources/core/TMUX.md) and [the agent](../orch/agents/dev.md).\n',
};

describe('link features', () => {
  it('Ctrl-click goes to the file, in its real spelling, in code blocks too, and to the heading', () => {
    const ws = new VirtualWorkspace(FILES);
    const links = ws.service.documentLinks(ws.uri('orch/agents/dev.md'));
    const targets = links.map((l) => `${textAt(ws.service, ws.uri('orch/agents/dev.md'), l.range)} -> ${ws.path(l.target)}`);
    assert.deepEqual(targets, [
      'plugin:orch:resources://CORE/TMUX.md -> orch/resources/core/TMUX.md',
      '${CLAUDE_PLUGIN_ROOT}/scripts/check.sh -> orch/scripts/check.sh',
      '../resources/core/TMUX.md#attach -> orch/resources/core/TMUX.md#L5',
      'plugin:orch:resources://core/TMUX.md -> orch/resources/core/TMUX.md',
    ]);
    const def = ws.service.definition(ws.uri('orch/agents/dev.md'), at(ws, 'orch/agents/dev.md', 'resources://CORE', 12));
    assert.deepEqual(
      def.map((d) => [ws.path(d.uri), d.range.start.line]),
      [['orch/resources/core/TMUX.md', 0]],
    );
  });

  it('hover shows the target path, its heading and first lines; a script shows its first lines', () => {
    const ws = new VirtualWorkspace(FILES);
    const h = ws.service.hover(ws.uri('orch/agents/dev.md'), at(ws, 'orch/agents/dev.md', '#attach'))!;
    assert.match(h.contents.value, /^`orch\/resources\/core\/TMUX\.md`/);
    assert.match(h.contents.value, /§ \*\*Attach\*\*/);
    assert.match(h.contents.value, /# Tmux sessions\n\nStart one session per task\./);
    const c = ws.service.hover(ws.uri('orch/agents/dev.md'), at(ws, 'orch/agents/dev.md', 'CORE'))!;
    assert.match(c.contents.value, /only in this letter case/);
    const s = ws.service.hover(ws.uri('orch/agents/dev.md'), at(ws, 'orch/agents/dev.md', 'check.sh'))!;
    assert.match(s.contents.value, /```sh\n#!\/bin\/sh\necho checking\n```/);
  });

  it('finds every link to the same file, whatever its form', () => {
    const ws = new VirtualWorkspace(FILES);
    const refs = ws.service.references(ws.uri('docs/notes.md'), at(ws, 'docs/notes.md', '../orch/resources'), false);
    assert.deepEqual(
      refs.map((r) => `${ws.path(r.uri)}:${r.range.start.line}`),
      ['docs/notes.md:2', 'orch/agents/dev.md:4', 'orch/agents/dev.md:6', 'orch/agents/dev.md:9', 'orch/commands/work.md:3'],
    );
  });

  it('completes paths and anchors where a link is typed', () => {
    const ws = new VirtualWorkspace({
      ...FILES,
      'orch/agents/new.md':
        '---\nname: new\ndescription: New.\n---\nRead `plugin:orch:resources://core/` and [x](../resources/core/TMUX.md#) and `${CLAUDE_PLUGIN_ROOT}/s`\n',
    });
    const uri = ws.uri('orch/agents/new.md');
    const labels = (needle: string, delta: number) =>
      ws.service
        .completion(uri, at(ws, 'orch/agents/new.md', needle, delta))
        .filter((i) => i.kind === 'file' || i.kind === 'value')
        .map((i) => i.label);
    assert.deepEqual(labels('resources://core/', 'resources://core/'.length), ['TMUX.md']);
    assert.deepEqual(labels('TMUX.md#)', 'TMUX.md#'.length), ['tmux-sessions', 'attach']);
    assert.deepEqual(labels('ROOT}/s', 'ROOT}/s'.length).sort(), ['agents/', 'commands/', 'resources/', 'scripts/']);
  });

  it('moving a file rewrites every link to it, and moving a linking file rewrites its own links', () => {
    const ws = new VirtualWorkspace(FILES);
    const before = ws.snapshot();
    const move = { oldUri: ws.uri('orch/resources/core/TMUX.md'), newUri: ws.uri('orch/resources/core/sessions/TMUX.md') };
    const edit = ws.service.willRenameFiles([move]);
    ws.apply({ ...edit, renames: [move] });
    // The move keeps what it does not need to change, letter case included (link-case-mismatch still reports it).
    assert.match(ws.files.get('orch/agents/dev.md')!, /resources:\/\/CORE\/sessions\/TMUX\.md` now/);
    assert.match(ws.files.get('orch/agents/dev.md')!, /\[attach\]\(\.\.\/resources\/core\/sessions\/TMUX\.md#attach\)/);
    assert.match(ws.files.get('orch/commands/work.md')!, /`resources:\/\/core\/sessions\/TMUX\.md`/);
    assert.match(ws.files.get('docs/notes.md')!, /\[tmux\]\(\.\.\/orch\/resources\/core\/sessions\/TMUX\.md\)/);
    // The linking file moves: its relative links follow; links to it follow too.
    const moveDoc = { oldUri: ws.uri('docs/notes.md'), newUri: ws.uri('docs/guides/notes.md') };
    ws.apply({ ...ws.service.willRenameFiles([moveDoc]), renames: [moveDoc] });
    assert.match(ws.files.get('docs/guides/notes.md')!, /\[tmux\]\(\.\.\/\.\.\/orch\/resources\/core\/sessions\/TMUX\.md\)/);
    assert.match(ws.files.get('orch/commands/work.md')!, /\[notes\]\(\.\.\/\.\.\/docs\/guides\/notes\.md\)/);
    // Moving both back restores every byte.
    for (const m of [
      { oldUri: moveDoc.newUri, newUri: moveDoc.oldUri },
      { oldUri: move.newUri, newUri: move.oldUri },
    ])
      ws.apply({ ...ws.service.willRenameFiles([m]), renames: [m] });
    assert.deepEqual(ws.snapshot(), before);
  });
});
