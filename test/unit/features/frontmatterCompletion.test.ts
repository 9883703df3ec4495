import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from '../../../server/src/core';
import { AGENT_FIELDS, TOOLS } from '../../../server/src/core/spec/claudeCode';
import { textAt, withCursor } from '../../support/cursor';
import { memoryService } from '../../support/workspace';

const AGENT = '.claude/agents/reviewer.md';

function complete(marked: string, path = AGENT) {
  const { text, position } = withCursor(marked);
  const { service, uri } = memoryService({ [path]: text });
  service.openDocument(uri(path), 1, text);
  const items = service.completion(uri(path), position);
  const labels = items.map((i) => i.label);
  const item = (label: string): CompletionItem => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `expected a completion "${label}" among ${labels.join(', ')}`);
    return found;
  };
  /** The document text an item's range replaces. */
  const replaced = (label: string) => textAt(service, uri(path), item(label).range!);
  return { items, labels, item, replaced };
}

describe('frontmatter completion: keys', () => {
  it('offers only the agent fields not yet present, with their documentation', () => {
    const c = complete('---\nname: reviewer\ndescription: Reviews code\n‸\n---\nBody\n');
    const expected = AGENT_FIELDS.map((f) => f.name).filter((n) => n !== 'name' && n !== 'description');
    assert.deepEqual([...c.labels].sort(), [...expected].sort());
    const model = c.item('model');
    assert.equal(model.kind, 'field');
    assert.equal(model.insertText, 'model: ');
    assert.match(model.documentation!.value, /`sonnet`/);
    assert.equal(c.replaced('model'), '');
  });

  it('replaces the partial key under the cursor', () => {
    const c = complete('---\nname: reviewer\nmo‸\n---\n');
    assert.equal(c.replaced('model'), 'mo');
    assert.ok(!c.labels.includes('name'));
  });

  it('inserts only the key when the line already has a colon, and offers the key being edited', () => {
    const c = complete('---\nname: reviewer\nmod‸el: opus\n---\n');
    assert.equal(c.item('model').insertText, 'model');
    assert.equal(c.replaced('model'), 'model');
    assert.equal(c.replaced('color'), 'model');
  });

  it('sorts required fields first', () => {
    const c = complete('---\n‸\n---\n');
    const sorted = [...c.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2), ['name', 'description']);
  });

  it('works in unclosed frontmatter and with CRLF line breaks', () => {
    assert.ok(complete('---\nna‸').labels.includes('name'));
    const crlf = complete('---\r\nname: a\r\nde‸\r\n---\r\n');
    assert.equal(crlf.replaced('description'), 'de');
    assert.ok(!crlf.labels.includes('name'));
  });

  it('counts keys even when the YAML does not parse yet', () => {
    const c = complete('---\nname: a\ntools: [Read\n‸\n---\n');
    assert.ok(!c.labels.includes('tools'));
    assert.ok(!c.labels.includes('name'));
  });

  it('offers nothing in the body, on nested lines, or outside agent documents', () => {
    assert.deepEqual(complete('---\nname: a\n---\n‸\n').items, []);
    assert.deepEqual(complete('---\nhooks:\n  Pre‸\n---\n').items, []);
    assert.deepEqual(complete('---\n# a comment ‸\n---\n').items, []);
    assert.deepEqual(complete('---\nname: a\n‸\n---\n', 'notes/readme.md').items, []);
  });
});

describe('frontmatter completion: values', () => {
  it('offers the model aliases after `model: `, replacing the word under the cursor', () => {
    const c = complete('---\nname: a\nmodel: so‸\n---\n');
    assert.deepEqual(c.labels, ['sonnet', 'opus', 'haiku', 'fable', 'best', 'opusplan', 'default', 'inherit']);
    assert.equal(c.replaced('sonnet'), 'so');
    assert.equal(c.item('sonnet').insertText, 'sonnet');
    assert.match(c.item('inherit').documentation!.value, /main conversation/);
  });

  it('adds the missing space when the cursor is right after the colon', () => {
    const c = complete('---\nmodel:‸\n---\n');
    assert.equal(c.item('opus').insertText, ' opus');
    assert.equal(c.replaced('opus'), '');
  });

  it('replaces a whole quoted value but not its quotes', () => {
    const c = complete('---\ncolor: "bl‸ue"\n---\n');
    assert.equal(c.replaced('blue'), 'blue');
  });

  it('knows every documented enum and the boolean fields', () => {
    assert.ok(complete('---\ncolor: ‸\n---\n').labels.includes('cyan'));
    assert.ok(complete('---\npermissionMode: ‸\n---\n').labels.includes('bypassPermissions'));
    assert.deepEqual(complete('---\nmemory: ‸\n---\n').labels, ['user', 'project', 'local']);
    assert.deepEqual(complete('---\neffort: ‸\n---\n').labels, ['low', 'medium', 'high', 'xhigh', 'max']);
    assert.deepEqual(complete('---\nisolation: ‸\n---\n').labels, ['worktree', 'remote']);
    assert.deepEqual(complete('---\nbackground: ‸\n---\n').labels, ['true', 'false']);
  });

  it('offers no values for free-text fields or unknown keys', () => {
    assert.deepEqual(complete('---\ndescription: ‸\n---\n').items, []);
    assert.deepEqual(complete('---\nfavourite: ‸\n---\n').items, []);
  });
});

describe('frontmatter completion: tools', () => {
  it('offers tools after a comma, excluding those already listed and those stripped from subagents', () => {
    const c = complete('---\ntools: Read, Gr‸, Bash(git add:*)\n---\n');
    assert.equal(c.replaced('Grep'), 'Gr');
    assert.ok(!c.labels.includes('Read'));
    assert.ok(!c.labels.includes('Bash'));
    assert.ok(!c.labels.includes('AskUserQuestion'));
    assert.equal(c.item('Grep').kind, 'tool');
    assert.equal(c.item('Grep').documentation!.value, TOOLS['Grep']);
  });

  it('adds a space after a comma that has none', () => {
    const c = complete('---\ntools: Read,‸\n---\n');
    assert.equal(c.item('Write').insertText, ' Write');
    assert.equal(complete('---\ntools: Read, ‸\n---\n').item('Write').insertText, 'Write');
  });

  it('completes YAML list items, excluding the other items', () => {
    const c = complete('---\ndisallowedTools:\n  - Write\n  - Ed‸\n  - WebFetch\nmodel: opus\n---\n');
    assert.equal(c.replaced('Edit'), 'Ed');
    assert.ok(!c.labels.includes('Write'));
    assert.ok(!c.labels.includes('WebFetch'));
  });

  it('completes a compact list item and inside a flow list', () => {
    assert.equal(complete('---\ntools:\n-‸\n---\n').item('Read').insertText, ' Read');
    const flow = complete('---\ntools: [Read, ‸]\n---\n');
    assert.ok(flow.labels.includes('Glob'));
    assert.ok(!flow.labels.includes('Read'));
  });

  it('offers nothing inside a specifier', () => {
    assert.deepEqual(complete('---\ntools: Bash(git ‸)\n---\n').items, []);
  });
});
