/**
 * Property-based tests over the parser, the rules and the fixes (see support/properties.ts for the
 * properties). Fed with generated documents and with random mutations of the real files in the
 * shared corpus, read in place. A short run belongs to the unit suite; `npm run fuzz` (or
 * FUZZ_RUNS=n) runs many more. A counterexample that ever failed is kept in REGRESSIONS below.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AgentDocsService, mergeConfig } from '../../../server/src/core';
import { agentDocument, documentPath, mutation } from '../../support/generators';
import { checkProperties } from '../../support/properties';

const REPO = join(__dirname, '../../../..');
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const ROOT = 'file:///ws';

function freshService(): AgentDocsService {
  return new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, config: mergeConfig(), roots: [ROOT] });
}

const uriOf = (path: string) => `${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;
const params = (runs: number): fc.Parameters<unknown> => ({ numRuns: runs, ...(SEED !== undefined ? { seed: SEED } : {}) });

/** Inputs that once broke a property, kept so the bug stays fixed. [path, text, what broke] */
const REGRESSIONS: [string, string, string][] = [
  ['.claude/agents/code-reviewer.md', '---\n n ame: \n---', 'agent-name-missing inserted `name:` at column 0 above an indented mapping: new YAML errors'],
  ['.claude/agents/code-reviewer.md', '---\n{description: x}\n---', 'agent-name-missing cannot add a block line to a flow mapping'],
  [
    '.claude/agents/code-reviewer.md',
    '---\nname: Read,,Grep\n  name: \n',
    'frontmatter-unclosed closed the fence around YAML that does not parse: new YAML errors',
  ],
  [
    '.claude/agents/code-reviewer.md',
    '---\r\nname: \r\n  name: \r\n\t- tab\r\n---',
    'a YAML error covering only a \\r ended between \\r and \\n: a position past the line end',
  ],
  [
    '.claude/agents/code-reviewer.md',
    '---\n name: >-\n  folded\n  name: \n---\nBody\n',
    'a block scalar value range ran to the next line: the name fix swallowed the closing fence',
  ],
  [
    '.claude/skills/My Skill/SKILL.md',
    '---yaml\nname: Use when asked\n to review\n  name: \n ---\n\n',
    'the ---yaml fence fix made an unclosed block an unclosed-frontmatter error',
  ],
  ['.claude/agents/code-reviewer.md', ' ---\n  name: \nname: \n---', 'moving frontmatter to line 1 exposed YAML that does not parse'],
  ['.claude/agents/code-reviewer.md', '---\nallowed-tools: é ≤ → ⬜ 🔄 ✅\n---', 'renaming allowed-tools to tools made the agent unlaunchable'],
  ['plugins/p/agents/helper.md', '---\n---', 'adding a name to a plugin agent without description made it skipped'],
  ['plugins/p/agents/helper.md', '---\nName: \n---', 'renaming Name to name in a plugin agent without description made it skipped'],
  [
    '.claude/agents/code-reviewer.md',
    '---\n skills: [unclosed\n name: \n  name: "unterminated\n---',
    'two findings offered the same `]` and fix-all applied both; a name fix ran on broken YAML',
  ],
  [
    '.claude/skills/build/SKILL.md',
    '---\nname: build\ndescription: Builds.\nprogressive_disclosure:\n ---\n entry_point:\n    summary: a\neffort: high\n---\n',
    'seed 1717438435: a field span ran past an inline `---` close, over the insertion of the move under metadata',
  ],
  ['.claude/skills/build/SKILL.md', '---\nname: build\ndescription: Builds.\nversion: 1 ---\nBody\n', 'the same, with `---` closing the block after a value'],
  [
    '.claude/agents/legal-advisor.md',
    '---\nname: legal-advisor\ndescription: "Use it.\\nuser: \\"',
    'a double-quoted value cut after \\" parses at the end of the text but not once the fence adds a line break',
  ],
];

function corpusRoot(): string | undefined {
  const candidates = [process.env['AGENT_DOCS_CORPUS'], join(REPO, '../shared/corpus'), join(REPO, '../../shared/corpus')];
  return candidates.find((c): c is string => c !== undefined && existsSync(c));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) return markdownFiles(p);
    return /\.md$/i.test(name) ? [p] : [];
  });
}

describe('properties', () => {
  it('regression fixtures still hold', () => {
    for (const [path, text] of REGRESSIONS) checkProperties(freshService(), uriOf(path), text);
  });

  it('generated documents', () => {
    fc.assert(
      fc.property(documentPath, agentDocument, (path, text) => {
        checkProperties(freshService(), uriOf(path), text);
      }),
      params(RUNS),
    );
  });

  it('arbitrary text, including binary and lone surrogates', () => {
    fc.assert(
      fc.property(documentPath, fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (path, noise, fenced) => {
        checkProperties(freshService(), uriOf(path), fenced ? `---\n${noise}\n---\n${noise}` : noise);
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  const corpus = corpusRoot();
  it('random mutations of corpus files', { skip: corpus ? false : 'corpus not found (set AGENT_DOCS_CORPUS)' }, () => {
    const files = markdownFiles(corpus!).sort();
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, mutations) => {
        const file = files[i]!;
        const path = relative(corpus!, file).split('\\').join('/');
        let text = readFileSync(file, 'utf8');
        for (const m of mutations) text = m(text);
        try {
          checkProperties(freshService(), uriOf(path), text);
        } catch (e) {
          throw new Error(`${(e as Error).message}\n--- ${path} mutated into:\n${JSON.stringify(text)}`, { cause: e });
        }
      }),
      params(RUNS),
    );
  });
});
