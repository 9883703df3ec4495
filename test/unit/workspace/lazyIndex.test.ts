/**
 * Files indexed late (`indexLater`, the CLI's context) give every reader exactly what indexing them
 * at once gives: the same files, kinds and facts, in the same order, whichever indexer is read
 * first, and only what is read is worked out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentDocsService, INDEXERS, mergeConfig, type DocumentKind } from '../../../server/src/core';
import type { DirectoryEntry } from '../../../server/src/core/files/workspaceFiles';
import type { Indexer } from '../../../server/src/core/workspace/workspaceIndex';
import { mayHoldTableDefinition, type TableFlowFacts } from '../../../server/src/core/returnCodes/tables/extract';
import { taskIdLookup, taskIdTable } from '../../../server/src/core/tasks/tree';

const agent = (name: string, extra = 'tools: Read') =>
  `---\nname: ${name}\ndescription: Use for ${name} work\n${extra}\n---\n\nYou are ${name}. Ask /deploy.\n`;

const FILES: Record<string, string> = {
  '.claude/agents/reviewer.md': `${agent('reviewer')}\nSee [guide](../../docs/guide.md#setup) and Task 0001.01.01.\n`,
  '.claude/agents/coder.md': agent('coder'),
  '.claude/commands/deploy.md': '---\ndescription: Deploy it\n---\nDeploy $ARGUMENTS and return `DEPLOY_OK`.\n',
  '.claude/skills/checklist/SKILL.md': '---\nname: checklist\ndescription: A checklist.\n---\n## Steps\n',
  // A skill's own prompt without frontmatter: `agent` by path, `markdown` by content.
  '.claude/skills/checklist/agents/grader.md': '# Grader\n\nYou grade.\n',
  // A collection: `markdown` by path, agents by content (two of them side by side).
  'engineering/backend.md': agent('backend', 'color: blue'),
  'engineering/frontend.md': agent('frontend', 'color: red'),
  'docs/guide.md': '# Guide\n\n## Setup\n\nText.\n',
  // A table flow: its definition (a codes table) and a state document.
  'flow/RETURN-CODES.md': '# Return Codes\n\n| Code | Description |\n|---|---|\n| OK | Fine |\n| FAIL | Not |\n',
  'flow/STATES/WORK.md': '# Work\n\nThe coder works here.\n\n| From | Next |\n|---|---|\n| WORK | DONE |\n',
  'docs/binary.md': 'a\u0000b\u0000c\u0000d\u0000'.repeat(200),
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Shop.md': '# Epic 0001: Shop\n\nSee Task 0001.01.01.\n',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01 - Shop - Cart.md': '# Story 0001.01: Cart\n\n- [x] 0001.01.01\n',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01 - Shop - Cart - Add.md': '# Task 0001.01.01: Add\n\n**Status**: Done\n\n- [x] one\n',
  // A task whose file name spells no ID: its heading's counts.
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/remove.md': '# Task 0001.01.02: Remove\n\n- [ ] one\n',
};

const ROOT = 'file:///ws';
const uriOf = (p: string) => `${ROOT}/${p.split('/').map(encodeURIComponent).join('/')}`;

/** A service over FILES, with folder listings as a disk would give them; `reads` counts file reads. */
function makeService(): { service: AgentDocsService; reads: Map<string, number> } {
  const byUri = new Map(Object.entries(FILES).map(([p, t]) => [uriOf(p), t]));
  const reads = new Map<string, number>();
  const readDirectory = (dir: string): DirectoryEntry[] | undefined => {
    const prefix = `${dir.replace(/\/$/, '')}/`;
    const names = new Map<string, boolean>();
    for (const u of byUri.keys()) {
      if (!u.startsWith(prefix)) continue;
      const rest = u.slice(prefix.length);
      const slash = rest.indexOf('/');
      names.set(decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash)), slash >= 0);
    }
    return names.size ? [...names].map(([name, directory]) => ({ name, directory })) : undefined;
  };
  const service = new AgentDocsService({
    host: {
      readFile: (u) => {
        reads.set(u, (reads.get(u) ?? 0) + 1);
        return byUri.get(u);
      },
      readDirectory,
      log: () => {},
    },
    config: mergeConfig(),
    roots: [ROOT],
  });
  return { service, reads };
}

/** Everything a reader can see of an index, reading the indexers in the order given. */
function view(service: AgentDocsService, order: readonly Indexer<unknown>[]) {
  const facts = order.map((ix) => [ix.key, [...service.index.facts(ix)]] as const);
  const perFile = [...Object.keys(FILES)].map((p) => [p, order.map((ix) => service.index.fact(uriOf(p), ix))] as const);
  const files = [...service.index.uris()].map((u) => [u, service.index.get(u)?.kind] as const);
  return { facts: new Map(facts), perFile, files };
}

function eager() {
  const made = makeService();
  for (const p of Object.keys(FILES)) made.service.indexFile(uriOf(p), made.service.files.readText(uriOf(p)) ?? FILES[p]!);
  return made;
}

function lazy(wanted?: ReadonlySet<string>) {
  const made = makeService();
  for (const p of Object.keys(FILES)) made.service.indexLater(uriOf(p), wanted);
  return made;
}

/** Files indexed from their text with `wanted`: the other indexers extracted when first read. */
function partial(wanted: ReadonlySet<string>) {
  const made = makeService();
  for (const p of Object.keys(FILES)) made.service.indexText(uriOf(p), FILES[p]!, wanted);
  return made;
}

describe('files indexed late', () => {
  it('give the same files, kinds and facts as files indexed at once, whatever is read first', () => {
    const reference = view(eager().service, INDEXERS);
    const kinds = new Map(reference.files);
    assert.equal(kinds.get(uriOf('.claude/skills/checklist/agents/grader.md')), 'markdown' as DocumentKind);
    assert.equal(kinds.get(uriOf('engineering/backend.md')), 'agent' as DocumentKind);
    assert.ok(!kinds.has(uriOf('docs/binary.md')), 'a binary file is not indexed');
    const orders = [INDEXERS, [...INDEXERS].reverse(), [...INDEXERS].sort((a, b) => (a.key < b.key ? -1 : 1))];
    for (const wanted of [undefined, new Set(['summary', 'skills', 'returnCodes', 'tasks.facts', 'anchors'])]) {
      for (const order of orders) {
        const got = view((wanted ? partial(wanted) : lazy()).service, order);
        const late = view(lazy(wanted).service, order);
        assert.deepEqual(late, got, 'indexed late, or partly from the text: the same');
        assert.deepEqual(got.files, reference.files, 'files and kinds, in order');
        for (const ix of INDEXERS) assert.deepEqual(got.facts.get(ix.key), reference.facts.get(ix.key), `facts of ${ix.key}`);
        // Per file, in the lazy service's reading order: compare value by value.
        const byKey = (v: ReturnType<typeof view>, i: number) => v.perFile.map(([p, values]) => [p, values[i]]);
        for (const [i] of order.entries()) {
          const j = INDEXERS.indexOf(order[i]!);
          assert.deepEqual(byKey(got, i), byKey(reference, j), `fact of ${order[i]!.key}`);
        }
      }
    }
  });

  it('reads nothing until asked, and only the files an indexer can have facts of', () => {
    const { service, reads } = lazy(new Set(['tasks.facts']));
    assert.equal(reads.size, 0);
    const tasks = INDEXERS.find((ix) => ix.key === 'tasks.facts')!;
    assert.equal([...service.index.facts(tasks)].length, 4);
    assert.deepEqual(
      [...reads.keys()].map((u) => decodeURIComponent(u.slice(ROOT.length + 1))).sort(),
      Object.keys(FILES)
        .filter((p) => p.startsWith('docs/DEVELOPMENT_PLAN'))
        .sort(),
    );
    // A file asked for one fact is read for that alone.
    const anchors = INDEXERS.find((ix) => ix.key === 'anchors')!;
    assert.deepEqual(service.index.fact(uriOf('docs/guide.md'), anchors), { anchors: ['guide', 'setup'] });
    assert.equal(reads.get(uriOf('docs/guide.md')), 1);
    assert.equal(reads.get(uriOf('.claude/agents/coder.md')), undefined);
  });

  it('lets a file indexed at once replace its late entry', () => {
    const { service } = lazy();
    const u = uriOf('.claude/agents/coder.md');
    service.indexFile(u, agent('renamed'));
    const names = INDEXERS.find((ix) => ix.key === 'agent.name')!;
    assert.equal((service.index.fact(u, names) as { name: string }).name, 'renamed');
    assert.ok([...service.index.facts(names)].some((f) => f.uri === u && (f.value as { name: string }).name === 'renamed'));
  });

  it('answer someFact and the files of one kind as the whole set filtered does, whatever was read before', () => {
    const flows = INDEXERS.find((ix) => ix.key === 'returnCodes.tables') as Indexer<TableFlowFacts>;
    const tests: [string, (f: TableFlowFacts) => boolean][] = [
      ['a definition', (f) => f.definition !== undefined],
      ['no such definition', (f) => f.definition?.codes.length === 99],
      ['a state', (f) => f.state !== undefined],
    ];
    const wanted = new Set(['summary', 'skills', 'returnCodes', 'returnCodes.tables', 'tasks.facts', 'anchors']);
    const makers = [() => eager(), () => lazy(), () => lazy(wanted), () => partial(wanted)];
    for (const make of makers) {
      for (const [what, test] of tests) {
        // Asked first, then after the whole set was read.
        const { service } = make();
        const gate = what === 'a state' ? () => true : mayHoldTableDefinition;
        const first = service.index.someFact(flows, test, gate);
        const expected = [...make().service.index.facts(flows)].some((f) => test(f.value));
        assert.equal(first, expected, what);
        assert.equal(service.index.someFact(flows, test, gate), expected, `${what}, asked again`);
      }
      assert.equal(
        make().service.index.someFact(flows, (f) => f.definition !== undefined, mayHoldTableDefinition),
        true,
      );
      for (const kind of ['agent', 'skill', 'command', 'task', 'markdown'] as DocumentKind[]) {
        for (const before of [undefined, ...INDEXERS]) {
          const { service } = make();
          if (before) void [...service.index.facts(before)];
          const byKind = [...service.index.urisOfKind(kind)];
          const all = [...make().service.index.uris()].filter((u) => service.index.get(u)?.kind === kind);
          assert.deepEqual(byKind, all, `${kind} files, after ${before?.key ?? 'nothing'}`);
          assert.deepEqual(view(service, INDEXERS), view(make().service, INDEXERS), `${kind} files: the rest unchanged`);
        }
      }
    }
  });

  it('answer task IDs by file name as the whole table does, reading only the files that can have them', () => {
    const ids = ['0001', '0001.01', '0001.01.01', '0001.01.02', '0001.01.03', '0002', '0001.02'];
    const wanted = new Set(['summary', 'skills', 'returnCodes', 'returnCodes.tables', 'tasks.facts', 'anchors']);
    const makers = [() => eager(), () => lazy(), () => lazy(wanted), () => partial(wanted)];
    const { byId } = taskIdTable(eager().service.index);
    for (const make of makers) {
      for (const id of ids) {
        const { service } = make();
        assert.equal(taskIdLookup(service.index).has(id), byId.has(id), id);
        assert.equal(taskIdLookup(service.index).any(), true);
      }
    }
    // Lazily: an ID asked reads the file named for it and those named for none.
    const { service, reads } = lazy(wanted);
    assert.equal(taskIdLookup(service.index).has('0001.01.01'), true);
    const read = [...reads.keys()].map((u) => decodeURIComponent(u.slice(ROOT.length + 1))).sort();
    assert.deepEqual(read, ['docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01 - Shop - Cart - Add.md']);
    assert.equal(taskIdLookup(service.index).has('0001.01.02'), true, 'from the heading of a file named for no ID');
    assert.equal(taskIdLookup(service.index).has('0001.01.03'), false);
    // A workspace without task documents has none.
    const empty = new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, config: mergeConfig(), roots: [ROOT] });
    empty.indexLater(uriOf('docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Gone.md'));
    assert.equal(taskIdLookup(empty.index).any(), false, 'an unreadable task file has no ID');
    assert.equal(taskIdLookup(empty.index).has('0001'), false);
  });
});
