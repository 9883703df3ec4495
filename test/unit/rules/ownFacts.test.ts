/**
 * A rule that reads its own file's fact with `ownFact` declares that indexer in `ownFacts`: the
 * CLI extracts those facts in its first pass, and an undeclared one makes the second pass read and
 * parse every such file again (item 26 of docs/PERFORMANCE.md). The calls are found in the rules'
 * sources, the declarations read from the rules themselves.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES_BY_ID } from '../../../server/src/core/rules/registry';
import * as agentNames from '../../../server/src/core/workspace/indexers/agentNames';
import * as anchors from '../../../server/src/core/workspace/indexers/anchors';
import * as mpmTemplates from '../../../server/src/core/workspace/indexers/mpmTemplates';
import * as references from '../../../server/src/core/workspace/indexers/references';
import * as returnCodes from '../../../server/src/core/workspace/indexers/returnCodes';
import * as skills from '../../../server/src/core/workspace/indexers/skills';
import * as summary from '../../../server/src/core/workspace/indexers/summary';
import * as tableFlows from '../../../server/src/core/workspace/indexers/tableFlows';
import * as tasks from '../../../server/src/core/workspace/indexers/tasks';

const RULES_DIR = join(__dirname, '../../../../server/src/core/rules');
const INDEXER_BY_NAME = new Map<string, { key: string }>(
  [agentNames, anchors, mpmTemplates, references, returnCodes, skills, summary, tableFlows, tasks].flatMap((m) =>
    Object.entries(m).filter((e): e is [string, { key: string }] => typeof (e[1] as { key?: unknown })?.key === 'string'),
  ),
);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('rules that read their own facts', () => {
  const calling = sources(RULES_DIR).filter((f) => readFileSync(f, 'utf8').includes('ownFact('));

  it('are found (the check is not vacuous)', () => {
    assert.ok(calling.length >= 10, `${calling.length} rule files call ownFact`);
  });

  it('declare every indexer they read in ownFacts', () => {
    for (const file of calling) {
      const text = readFileSync(file, 'utf8');
      const rule = RULES_BY_ID.get(basename(file, '.ts'));
      assert.ok(rule, `${file} is a rule module named for its rule id`);
      const calls = [...text.matchAll(/ownFact\(([^)]*)\)/g)];
      for (const [call, args] of calls) {
        const name = /^ctx\.workspace, ctx\.doc, (\w+)$/.exec(args!.trim())?.[1];
        assert.ok(name, `${rule.id}: ${call} names its indexer directly`);
        const indexer = INDEXER_BY_NAME.get(name);
        assert.ok(indexer, `${rule.id}: ${name} is an indexer`);
        assert.ok(rule.ownFacts?.includes(indexer.key), `${rule.id} reads ${indexer.key} with ownFact but does not list it in ownFacts`);
      }
    }
  });
});
