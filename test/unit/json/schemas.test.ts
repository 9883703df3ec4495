import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PLUGIN_SCHEMAS } from '../../../server/src/core';
import { HOOK_EVENTS } from '../../../server/src/core/spec/hooks';
import { MARKETPLACE_FIELDS, PLUGIN_MANIFEST_FIELDS } from '../../../server/src/core/spec/plugins';

const ROOT = join(__dirname, '../../../..');
const STALE = 'stale: run `npm run build` (or `npm run generate:schema`) and commit the result';
const schema = (name: string) => PLUGIN_SCHEMAS.find((s) => s.path.includes(name))!.schema as Record<string, any>;

describe('plugin file schemas (jsonValidation)', () => {
  it('the committed schemas are what the spec data generates', () => {
    for (const s of PLUGIN_SCHEMAS) assert.deepEqual(JSON.parse(readFileSync(join(ROOT, s.path), 'utf8')), s.schema, `${s.path} ${STALE}`);
  });

  it('package.json contributes each of them for its files', () => {
    const contributed = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.jsonValidation as { fileMatch: string[]; url: string }[];
    for (const s of PLUGIN_SCHEMAS) assert.deepEqual(contributed.find((c) => c.url === `./${s.path}`)?.fileMatch, [...s.fileMatch], STALE);
  });

  it('complete every hook event and every manifest key', () => {
    assert.deepEqual(Object.keys(schema('hooks').properties.hooks.properties), [...HOOK_EVENTS]);
    assert.deepEqual(Object.keys(schema('plugin').properties.hooks.properties), [...HOOK_EVENTS]);
    assert.deepEqual(
      Object.keys(schema('plugin').properties),
      PLUGIN_MANIFEST_FIELDS.map((f) => f.name),
    );
    assert.deepEqual(
      Object.keys(schema('marketplace').properties),
      MARKETPLACE_FIELDS.map((f) => f.name),
    );
  });

  it('describe and suggest but never constrain: the language server reports problems, once', () => {
    const found: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        // Keys under `properties` are field names, not schema keywords.
        if (!path.endsWith('.properties') && ['type', 'enum', 'required', 'pattern', 'format', 'const', 'minimum', 'maxLength'].includes(k))
          found.push(`${path}.${k}`);
        if (!path.endsWith('.examples') && !path.endsWith('.defaultSnippets')) walk(v, `${path}.${k}`);
      }
    };
    for (const s of PLUGIN_SCHEMAS) walk(s.schema, s.path);
    assert.deepEqual(found, []);
  });
});
