import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../../server/src/core/rules/registry';
import { INDEXERS } from '../../../server/src/core/workspace/indexers';

/** The source tree (tests run from out/test/unit/structure, modules load from out/server/src). */
const SRC = join(__dirname, '../../../../server/src/core');
const OUT = join(__dirname, '../../../server/src/core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

const areas = readdirSync(join(SRC, 'rules')).filter((n) => statSync(join(SRC, 'rules', n)).isDirectory());

describe('source layout', () => {
  it('rule folders hold only rules, each file named as its rule id, plus the area index', () => {
    const problems: string[] = [];
    const found = new Map<string, string>();
    for (const area of areas) {
      for (const name of readdirSync(join(SRC, 'rules', area))) {
        if (name === 'index.ts') continue;
        const where = `rules/${area}/${name}`;
        if (!name.endsWith('.ts')) {
          problems.push(`${where}: not a rule module`);
          continue;
        }
        const id = name.slice(0, -'.ts'.length);
        const exported = Object.values(require(join(OUT, 'rules', area, `${id}.js`)) as Record<string, unknown>);
        const rules = exported.filter((v): v is { id: string } => !!v && typeof v === 'object' && 'check' in v && 'id' in v);
        if (rules.length !== 1) problems.push(`${where}: exports ${rules.length} rules; a rule folder holds one rule per file (helpers live outside rules/)`);
        else if (rules[0]!.id !== id) problems.push(`${where}: holds rule ${rules[0]!.id}; name the file ${rules[0]!.id}.ts`);
        else found.set(id, where);
      }
    }
    for (const r of RULES) if (!found.has(r.id)) problems.push(`${r.id}: no file rules/<area>/${r.id}.ts`);
    assert.deepEqual(problems, []);
  });

  it('one safe decode: percent-decoding happens only in core/files/uris.ts (decodeSafe)', () => {
    // decodeURIComponent throws on a stray `%` (`100%.md`); decodeSafe leaves such text as written.
    const SERVER = join(SRC, '..');
    const offenders = tsFiles(SERVER)
      .filter((f) => !f.endsWith(join('core', 'files', 'uris.ts')))
      .filter((f) => /\bdecodeURIComponent\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SERVER, f));
    assert.deepEqual(offenders, []);
  });

  it('indexers live in workspace/indexers/ and are all registered', () => {
    const problems: string[] = [];
    for (const file of tsFiles(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (rel.startsWith('workspace/indexers/') || rel === 'workspace/workspaceIndex.ts') continue;
      if (/:\s*Indexer<[^>]*>\s*=/.test(readFileSync(file, 'utf8'))) problems.push(`${rel}: declares an indexer outside workspace/indexers/`);
    }
    const registered = new Set<unknown>(INDEXERS);
    for (const file of tsFiles(join(SRC, 'workspace/indexers'))) {
      const name = relative(join(SRC, 'workspace/indexers'), file).replace(/\.ts$/, '.js');
      for (const [exportName, value] of Object.entries(require(join(OUT, 'workspace/indexers', name)) as Record<string, unknown>)) {
        const isIndexer = !!value && typeof value === 'object' && 'extract' in value && 'key' in value && 'kinds' in value;
        if (isIndexer && !registered.has(value)) problems.push(`workspace/indexers/${name}: ${exportName} is not in INDEXERS`);
      }
    }
    const keys = INDEXERS.map((i) => i.key);
    assert.equal(new Set(keys).size, keys.length, `indexer keys are unique: ${keys.join(', ')}`);
    assert.deepEqual(problems, []);
  });
});
