/**
 * The fast body scans (a native search for a form's fixed part first, the Markdown model asked
 * only where something is found) give exactly what the line-by-line code they replaced gave, on
 * every Markdown file of the shared corpus read as each kind, and on constructed edge cases
 * (line breaks of every kind, a body starting mid-line, unclosed frontmatter, a BOM). Headings'
 * plain-text shortcut is checked by test/corpus/markdownModel.test.ts (anchors against github-slugger).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { bodyNames } from '../../server/src/core/references/bodyNames';
import type { DocumentKind } from '../../server/src/core/types';
import { sharedPath } from '../support/shared';
import { bodyNamesByLine } from '../support/slowBodyScans';
import { documentLinksByLine } from '../support/slowLinks';
import { documentLinks } from '../../server/src/core/references/links';
import { scanBlocks } from '../../server/src/core/document/markdown/blocks';
import { hasCodeSpanToken } from '../../server/src/core/returnCodes/extract';
import { mentionsOf, returnFollowedBy } from '../../server/src/core/returnCodes/mentions';
import { markdownFiles } from '../support/markdownFiles';

const CORPUS = sharedPath('corpus');
/** An agent's (or command's) code blocks are instructions, a skill's are examples: both ways of reading. */
const KINDS: readonly DocumentKind[] = ['agent', 'skill'];

const EDGES = [
  'use the `code-reviewer` agent and /review, then @agent-x and subagent_type: "y"\n',
  '---\nname: a\n---use /review here and the code-reviewer agent\nnext /line\n',
  '---\nname: a\ndescription: the code-reviewer agent, /review\n',
  '\uFEFF/review first\r\nthen the a-b agent\r\n`x`\r\nagent\r\n',
  'lone\r/review\rthe a-b\ragent\r`c-d`\r\n  subagent and `e` Agent\n',
  'subagent_type\n: no\nsubagent_type:\n  "not-this"\nsubagent_type = "this-one" and "subagent_type": \'z\'\n',
  'x\u2028/review\u2028the a-b\u2029agent `q-r`\u2028subagent\n',
  '```\nsubagent_type: "in-code" /not-checked the a-b agent\n```\n    @agent-indented\n<div>\n/html the c-d agent\n</div>\n',
  '| /cmd | the a-b agent |\n|---|---|\n| `/x` | `y-z` subagents |\n# /heading the e-f agent\n',
  'https://x.com/path GET /route /usr/bin and/or ~/dir <a>/b</a> /ok.\n- /item: do\n**/bold**\n',
  '`a` agents`b`    agentsX and `c`\n\n\n\n\n\n\n\nagent\n',
  '---\n---',
  '---\nname: x\n---',
  'see [a](references/a.md) and references/b.md, scripts/c.py\n```\nassets/d.png plugin:p:s://x/y.md\n```\n${CLAUDE_PLUGIN_ROOT}/e.md resources://f.md\n',
  'only web addresses: https://a.b/c and http://d/ and ftp://e\n',
  '---\nname: a\n---plugin:p:s://x.md\nhttps://a.b/ `plugin:q:r://z.md` and resources://here.md\n',
  '---\nname: a\nx: plugin:\n---y https://a.b/\n',
  '---\nname: a\n---references/a.md\r\nreference/b.md\rscripts/c.sh http://x.y/ resources://r.md.\n[x]: ${CLAUDE_PLUGIN_ROOT}/z.md {PROJECT_NAME} {OTHER_NAME}\n',
];

describe('fast body scans agree with the line-by-line scans they replaced', () => {
  it('bodyNames: constructed edge cases', () => {
    for (const text of EDGES) {
      for (const kind of KINDS) {
        const fast = bodyNames(parseDocument('file:///ws/a.md', 1, text, kind));
        const slow = bodyNamesByLine(parseDocument('file:///ws/a.md', 1, text, kind));
        assert.deepEqual(fast, slow, `${kind}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('documentLinks: constructed edge cases', () => {
    for (const text of EDGES) {
      for (const kind of KINDS) {
        const doc = parseDocument('file:///ws/a.md', 1, text, kind);
        assert.deepEqual(documentLinks(doc), documentLinksByLine(doc), `${kind}: ${JSON.stringify(text)}`);
      }
    }
  });

  it(
    'return-code gates: one search for the words answers what each expression answered',
    { skip: CORPUS ? false : 'corpus not found beside the repository' },
    () => {
      const texts = [
        ...EDGES,
        'RETURN CODES',
        'Return_Code',
        'return-codes',
        'MerMaid',
        'returnreturn codes',
        '` FOO `',
        '``X_Y``',
        '`x` `A`',
        '`\nFOO\n`',
        ...markdownFiles(CORPUS!).map((f) => readFileSync(f, 'utf8')),
      ];
      let hits = 0;
      for (const text of texts) {
        const doc = parseDocument('file:///corpus/a.md', 1, text, 'agent');
        const expected = [
          /return codes/i.test(text),
          /return[-_ ]code/i.test(text),
          /return/i.test(text),
          /mermaid/i.test(text),
          /`+ ?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)* ?`/.test(text),
        ];
        const fast = [
          returnFollowedBy(doc, / codes/iy),
          returnFollowedBy(doc, /[-_ ]code/iy),
          mentionsOf(doc).returnAt.length > 0,
          mentionsOf(doc).mermaid,
          hasCodeSpanToken(text),
        ];
        assert.deepEqual(fast, expected, JSON.stringify(text.slice(0, 200)));
        hits += expected.filter(Boolean).length;
      }
      assert.ok(hits > 500, `only ${hits} hits`);
    },
  );

  it(
    'Markdown model: the block scanner shortcuts change nothing (line kinds and every block)',
    { skip: CORPUS ? false : 'corpus not found beside the repository' },
    () => {
      const plain = (v: unknown): string =>
        JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array || x instanceof Set ? [...x] : x instanceof Map ? [...x.entries()] : x));
      const texts = [
        ...EDGES,
        '```\n# x\n  ```  \n~~~\n```\n~~~~\nend\n',
        'para\n    indented\n# h\n- item\n  cont\n\n\tcode\n',
        ...markdownFiles(CORPUS!).map((f) => readFileSync(f, 'utf8')),
      ];
      for (const text of texts) {
        const doc = parseDocument('file:///corpus/a.md', 1, text, 'markdown');
        assert.equal(
          plain(scanBlocks(text, doc.bodyStart, doc.lines)),
          plain(scanBlocks(text, doc.bodyStart, doc.lines, false)),
          JSON.stringify(text.slice(0, 200)),
        );
      }
    },
  );

  it('bodyNames and documentLinks: every corpus file, as each kind', { skip: CORPUS ? false : 'corpus not found beside the repository' }, () => {
    const files = markdownFiles(CORPUS!).sort();
    let names = 0;
    let links = 0;
    const differ: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const kind of KINDS) {
        const doc = parseDocument('file:///corpus/a.md', 1, text, kind);
        const fast = bodyNames(doc);
        const slow = bodyNamesByLine(doc);
        names += slow.length;
        if (JSON.stringify(fast) !== JSON.stringify(slow)) differ.push(`${relative(CORPUS!, file)} (${kind}): bodyNames`);
        const slowLinks = documentLinksByLine(doc);
        links += slowLinks.length;
        if (JSON.stringify(documentLinks(doc)) !== JSON.stringify(slowLinks)) differ.push(`${relative(CORPUS!, file)} (${kind}): documentLinks`);
      }
    }
    console.log(`${files.length} corpus files × ${KINDS.length} kinds: ${names} body names, ${links} links, ${differ.length} differ`);
    assert.ok(files.length > 1000, `only ${files.length} corpus files found`);
    assert.ok(names > 1000 && links > 1000, `only ${names} names and ${links} links found`);
    assert.deepEqual(differ.slice(0, 20), []);
  });
});
