/**
 * The raw-text gates that a lazily indexed file (the CLI's context) is asked before it is parsed
 * (`Indexer.mayHaveFact`, `WorkspaceIndex.someFact`) never rule out a fact the indexer would give:
 * on every Markdown file of the shared corpus, read as each kind the indexer reads, at paths that
 * are and are not state documents or return-code definitions, and on constructed edge cases
 * (tables in containers, escaped pipes, emphasis inside header names, every kind of line break).
 * And the tests `extractTableFlow` now asks before it reads the Markdown model agree with what it
 * reads there: a table whose header gives it a role always passes the header test, a code span
 * naming a resource (`RESOURCE` of extract.ts, repeated here as the oracle) the resource test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { INDEXERS, parseDocument } from '../../server/src/core';
import { markdownOf } from '../../server/src/core/document/markdown';
import { tableRole } from '../../server/src/core/returnCodes/tables/columns';
import { mayHoldTableDefinition, mayReadResource, tableFlowFactsOf, tableHeaderMayName } from '../../server/src/core/returnCodes/tables/extract';
import type { DocumentKind } from '../../server/src/core/types';
import { sharedPath } from '../support/shared';
import { markdownFiles } from '../support/markdownFiles';

const CORPUS = sharedPath('corpus');
const KINDS: readonly DocumentKind[] = ['agent', 'skill', 'command', 'task', 'markdown'];
/** A plain path, a state document's, and one named for return codes. */
const PATHS = ['file:///ws/docs/guide.md', 'file:///ws/flow/STATES/WORK.md', 'file:///ws/flow/RETURN-CODES.md'];

const EDGES = [
  '| Code | Description |\n|---|---|\n| `OK` | fine |\n',
  '## Return Codes\n\n| **Co**de | Meaning |\n| :-- | --: |\n| DONE | ok |\n',
  '## Return codes\n> | State | Next |\n> |---|---|\n> | A | B |\n',
  '- item\n\n  Return `code`s\n  | from | to |\n  | - | - |\n  | X | Y |\n',
  'Return Codes\r\n| Code |\r\n|---|\r\n| A_B |\r\n',
  'return codes\r| Return_Code | x |\r|---|---|\r| FOO | bar |\r',
  'Code\n|---|\n| FOO |\n',
  '| a \\| Code | b |\n|---|---|\n| c | d |\n',
  '| `code` | `state` |\n|-|-|\n| OK | WORK |\n',
  '| State Name | Transition State | Code |\n|---|---|---|\n| INIT | WORK | CONTINUE |\n',
  '| Current State | Return Code | Next State Action |\n|---|---|---|\n| WORK | DONE | Proceed to TEST |\n',
  'Determine return code:\n- `SUCCESS` - done\n- `FAILURE` - not\n',
  'Reads `plugin:orchestrator:resources://AGENT/X.md` first.\n',
  'Reads ``\nres://A/B.MARKDOWN `` and ` x://y/z.md `.\n',
  '| x | y |\n|---|---|\n| code | state |\n',
  '# Return Codes\n\n| code |  \n| --- |\n| OK |\n\n3x FAILURE escalates.\n',
];

/** What each gated indexer and the definition gate must never rule out, for one text at one path and kind. */
function checkGates(text: string, uri: string, kind: DocumentKind): number {
  const doc = parseDocument(uri, 1, text, kind);
  let facts = 0;
  for (const ix of INDEXERS) {
    if (!ix.mayHaveFact || !ix.kinds.includes(kind)) continue;
    const fact = ix.extract(doc);
    if (fact !== undefined) facts++;
    if (!ix.mayHaveFact(text, uri, kind))
      assert.equal(fact, undefined, `${ix.key} gate ruled out a fact (${kind} ${uri}): ${JSON.stringify(text.slice(0, 300))}`);
  }
  if (!mayHoldTableDefinition(text, uri))
    assert.equal(tableFlowFactsOf(doc).definition, undefined, `definition gate (${uri}): ${JSON.stringify(text.slice(0, 300))}`);
  return facts;
}

/** Every table with a header that names a role (read as a definition, the widest reading) passes both header tests. */
function checkTables(text: string): number {
  const doc = parseDocument('file:///ws/docs/guide.md', 1, text, 'markdown');
  let roles = 0;
  for (const table of markdownOf(doc).tables) {
    const header = table.rows[0];
    if (!header?.header) continue;
    const role = tableRole(
      header.cells.map((c) => c.text),
      true,
    );
    if (!role) continue;
    roles++;
    const names = header.cells.map((c) => c.text).join(' | ');
    assert.ok(tableHeaderMayName(text), `table flow header test: ${names}`);
    if (role === 'codes') assert.ok(tableHeaderMayName(text, true), `definition header test: ${names}`);
  }
  return roles;
}

const RESOURCE = /^(?:plugin:([A-Za-z0-9][\w.-]*):)?([A-Za-z][\w-]*):\/\/([^\s`'"<>()[\]{}|]+\.(?:md|markdown))$/i;

/** Every code span that names a resource passes the raw resource test. */
function checkResources(text: string): number {
  let found = 0;
  for (const span of markdownOf(parseDocument('file:///ws/a.md', 1, text, 'agent')).codeSpans) {
    if (!RESOURCE.test(span.text)) continue;
    found++;
    assert.ok(mayReadResource(text), `resource test: ${span.text}`);
  }
  return found;
}

describe('raw-text gates of lazily indexed files', () => {
  it('constructed edge cases: no fact ruled out, every table with a role passes', () => {
    let roles = 0;
    let resources = 0;
    for (const text of EDGES) {
      for (const uri of PATHS) for (const kind of KINDS) checkGates(text, uri, kind);
      roles += checkTables(text);
      resources += checkResources(text);
    }
    assert.ok(resources >= 3, `only ${resources} resources`);
    assert.ok(roles >= 10, `only ${roles} tables with a role`);
  });

  it('every corpus file, as each kind, at each kind of path', { skip: CORPUS ? false : 'corpus not found beside the repository' }, () => {
    const files = markdownFiles(CORPUS!).sort();
    let facts = 0;
    let roles = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const uri of PATHS) for (const kind of KINDS) facts += checkGates(text, uri, kind);
      roles += checkTables(text);
      checkResources(text);
    }
    // The corpus holds table flows (resin.ai's state machine) and return-code lists: the gates were tried where they matter.
    assert.ok(files.length > 2500, `${files.length} files`);
    assert.ok(facts > 5000 && roles > 20, `${facts} facts, ${roles} tables with a role`);
  });
});
