import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELDS_BY_KIND, VALUE_DOCS_BY_KIND, type FieldSpec } from '../../../server/src/core/spec/claudeCode';
import type { DocumentKind } from '../../../server/src/core';

const accepted = (spec: FieldSpec): readonly string[] => (spec.type === 'boolean' ? ['true', 'false'] : (spec.values ?? []));

describe('spec: value meanings', () => {
  for (const [kind, table] of Object.entries(VALUE_DOCS_BY_KIND) as [DocumentKind, Record<string, Record<string, string>>][]) {
    it(`${kind}: explains only documented values of its own enum and boolean fields`, () => {
      const fields = FIELDS_BY_KIND[kind];
      assert.ok(fields, `${kind} has value meanings but no field list`);
      for (const [name, values] of Object.entries(table)) {
        const spec = fields.find((f) => f.name === name);
        assert.ok(spec && (spec.type === 'enum' || spec.type === 'boolean'), `${kind}.${name} is an enum or boolean field`);
        for (const value of Object.keys(values)) assert.ok(accepted(spec).includes(value), `${kind}.${name}: ${value} is documented`);
      }
    });
  }

  it('agent: every documented enum and boolean value has a meaning', () => {
    const missing = FIELDS_BY_KIND.agent!.flatMap((spec) =>
      accepted(spec)
        .filter((v) => !VALUE_DOCS_BY_KIND.agent?.[spec.name]?.[v])
        .map((v) => `${spec.name}: ${v}`),
    );
    assert.deepEqual(missing, []);
  });
});
