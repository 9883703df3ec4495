import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { at, formatPath, get, lastProperty, nodeAt, offsetInString, pathOf, toValue, type JsonNode } from '../../../server/src/core/json/model';
import { parseJson } from '../../../server/src/core/json/parse';
import { classifyJson, JSON_KINDS } from '../../../server/src/core/json/kinds';
import { globMatch } from '../../../server/src/core/config/glob';
import { JSON_DOCUMENT_GLOBS, WATCHED_GLOBS } from '../../../server/src/protocol';
import { AgentDocsService, mergeConfig, type LanguageFeature } from '../../../server/src/core';

const slice = (text: string, n: { start: number; end: number }) => text.slice(n.start, n.end);

describe('JSON model', () => {
  const text = '{\n  "name": "kit",\n  "keywords": ["a", "b", "a"],\n  "name": "last",\n  "n": 1.5, "ok": true, "nil": null\n}';
  const { root, errors } = parseJson(text);

  it('gives every key, value and array entry its exact span', () => {
    assert.deepEqual(errors, []);
    const keywords = lastProperty(root, 'keywords')!;
    assert.equal(slice(text, { start: keywords.keyStart, end: keywords.keyEnd }), '"keywords"');
    assert.equal(slice(text, keywords.value!), '["a", "b", "a"]');
    const items = (keywords.value as Extract<JsonNode, { type: 'array' }>).items;
    assert.deepEqual(
      items.map((i) => slice(text, i)),
      ['"a"', '"b"', '"a"'],
    );
    assert.equal(slice(text, get(root, 'n')!), '1.5');
  });

  it('keeps duplicate keys in source order, and reads the last one as JSON.parse does', () => {
    assert.equal(root?.type === 'object' && root.properties.filter((p) => p.key === 'name').length, 2);
    assert.equal(toValue(get(root, 'name')), 'last');
    assert.deepEqual(toValue(root), JSON.parse(text));
  });

  it('finds the node at an offset, on a key or in a value, with its path', () => {
    const onKey = nodeAt(root, text.indexOf('"keywords"') + 2);
    assert.equal(onKey.onKey, true);
    assert.equal(onKey.property?.key, 'keywords');
    const onItem = nodeAt(root, text.indexOf('"b"') + 1);
    assert.equal(onItem.onKey, false);
    assert.equal(onItem.node?.type, 'string');
    assert.deepEqual(pathOf(onItem.node!), ['keywords', 1]);
    assert.equal(formatPath(pathOf(onItem.node!)), 'keywords[1]');
    assert.equal(nodeAt(root, text.indexOf('"last"') + 1).property?.key, 'name');
    assert.equal(at(root, ['keywords', 2])?.start, text.lastIndexOf('"a"'));
  });

  it('maps an index of a decoded string to its offset in the text, escapes included', () => {
    const t = '{"c": "a\\"b\\u0041${X}"}';
    const node = get(parseJson(t).root, 'c');
    assert.ok(node?.type === 'string');
    assert.equal(node.value, 'a"bA${X}');
    const i = node.value.indexOf('${X}');
    assert.equal(t.slice(offsetInString(node, t, i), offsetInString(node, t, i + 4)), '${X}');
  });

  it('reads what parses around a syntax error and reports the error at its place', () => {
    const broken = '{\n  "name": "kit"\n  "version": "1.0.0",\n  "keywords": ["x",]\n}';
    const model = parseJson(broken);
    assert.equal(model.errors[0]?.code, 'CommaExpected');
    assert.equal(model.errors[0]!.start, broken.indexOf('"version"'));
    assert.equal(toValue(get(model.root, 'version')), '1.0.0');
    assert.deepEqual(toValue(get(model.root, 'keywords')), ['x']);
    const comma = model.errors.find((e) => e.code === 'TrailingComma')!;
    assert.equal(comma.start, broken.indexOf(',]'));
  });

  it('refuses comments in strict JSON and accepts them in JSONC', () => {
    const t = '{ /* c */ "a": 1, }';
    assert.deepEqual(
      parseJson(t).errors.map((e) => e.code),
      ['InvalidCommentToken', 'TrailingComma'],
    );
    assert.deepEqual(parseJson(t, 'jsonc').errors, []);
  });

  it('has no root and one error for an empty text', () => {
    const model = parseJson('   ');
    assert.equal(model.root, undefined);
    assert.equal(model.errors.length, 1);
  });

  it('reads any JSON value as JSON.parse does, with spans that hold the source of each value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const t = JSON.stringify(value, null, indent);
        const model = parseJson(t);
        assert.deepEqual(model.errors, []);
        assert.deepEqual(toValue(model.root), JSON.parse(t));
        const check = (node: JsonNode): void => {
          assert.deepEqual(JSON.parse(t.slice(node.start, node.end)), toValue(node));
          if (node.type === 'object')
            for (const p of node.properties) {
              assert.equal(JSON.parse(t.slice(p.keyStart, p.keyEnd)), p.key);
              if (p.value) check(p.value);
            }
          if (node.type === 'array') node.items.forEach(check);
        };
        if (model.root) check(model.root);
      }),
      { numRuns: 200 },
    );
  });
});

describe('JSON document kinds', () => {
  it('classifies Claude Code JSON files by path, and nothing else', () => {
    assert.equal(classifyJson('.claude-plugin/plugin.json'), 'plugin-manifest');
    assert.equal(classifyJson('plugins/kit/.claude-plugin/plugin.json'), 'plugin-manifest');
    assert.equal(classifyJson('.claude-plugin/marketplace.json'), 'marketplace');
    assert.equal(classifyJson('orchestrator/hooks/hooks.json'), 'hooks');
    assert.equal(classifyJson('orchestrator/.mcp.json'), 'mcp');
    assert.equal(classifyJson('.mcp.json'), 'mcp');
    assert.equal(classifyJson('plugin.json'), undefined);
    // claude-mpm's templates are a kind only in a claude-mpm project.
    assert.equal(classifyJson('src/claude_mpm/agents/templates/qa.json', 'claude-mpm'), 'mpm-agent-template');
    assert.equal(classifyJson('src/claude_mpm/agents/templates/qa.json'), undefined);
    assert.equal(classifyJson('src/claude_mpm/agents/templates/nested/qa.json', 'claude-mpm'), undefined);
    assert.equal(classifyJson('package.json'), undefined);
    assert.equal(classifyJson('hooks.json'), undefined);
    assert.equal(classifyJson('x.mcp.json'), undefined);
  });

  it('parses them once per version into a document with a JSON tree and no frontmatter', () => {
    const service = new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, config: mergeConfig(), roots: ['file:///w'] });
    const doc = service.openDocument('file:///w/.claude-plugin/plugin.json', 1, '{"name": "kit"}');
    assert.equal(doc?.kind, 'plugin-manifest');
    assert.equal(toValue(get(doc?.json?.root, 'name')), 'kit');
    assert.equal(doc?.frontmatter, undefined);
    assert.equal(service.openDocument('file:///w/.claude-plugin/plugin.json', 1, '{"name": "kit"}'), doc);
    assert.equal(service.kindOf('file:///w/node_modules/x/.claude-plugin/plugin.json'), undefined, 'ignored folders stay ignored');
  });

  it('asks Markdown features only about Markdown, and JSON features only about JSON', () => {
    const asked: string[] = [];
    const feature = (id: string, formats?: ('markdown' | 'json')[]): LanguageFeature => ({
      id,
      ...(formats ? { formats } : {}),
      hover: (ctx) => (asked.push(`${id}:${ctx.doc.kind}`), undefined),
    });
    const service = new AgentDocsService({
      host: { readFile: () => undefined, log: () => {} },
      config: mergeConfig(),
      roots: ['file:///w'],
      features: [feature('md'), feature('json', ['json']), feature('both', ['markdown', 'json'])],
    });
    service.openDocument('file:///w/hooks/hooks.json', 1, '{}');
    service.openDocument('file:///w/README.md', 1, '# hi');
    service.hover('file:///w/hooks/hooks.json', { line: 0, character: 0 });
    service.hover('file:///w/README.md', { line: 0, character: 0 });
    assert.deepEqual(asked, ['json:hooks', 'both:hooks', 'md:markdown', 'both:markdown']);
  });
});

describe('editors send every JSON kind to the server', () => {
  it('has a selector pattern and a watcher for each JSON kind', () => {
    const samples: Record<string, string> = {
      'plugin-manifest': 'kit/.claude-plugin/plugin.json',
      marketplace: '.claude-plugin/marketplace.json',
      hooks: 'kit/hooks/hooks.json',
      mcp: 'kit/.mcp.json',
      'mpm-agent-template': 'src/claude_mpm/agents/templates/engineer.json',
    };
    for (const spec of JSON_KINDS) {
      const sample = samples[spec.kind];
      assert.ok(sample && classifyJson(sample, spec.framework) === spec.kind, `a sample path for ${spec.kind}`);
      assert.ok(
        JSON_DOCUMENT_GLOBS.some((p) => globMatch(p, sample)),
        `selector covers ${sample}`,
      );
      if (spec.fileName && spec.kind !== 'mcp')
        assert.ok(!JSON_DOCUMENT_GLOBS.some((p) => globMatch(p, `x/${spec.fileName}`)), `selector leaves a stray ${spec.fileName} alone`);
      assert.ok(
        WATCHED_GLOBS.some((p) => globMatch(p, sample)),
        `watchers cover ${sample}`,
      );
    }
  });
});
