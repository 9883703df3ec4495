/**
 * The shortcuts every file of a workspace takes (PERFORMANCE.md, item 33) must answer as the code
 * they replaced: a file's kind (globs compiled once per list, the Markdown extension read at the
 * end), the claude-mpm marker gate, the path shown to the user, a file's workspace worked out
 * once per folder, the read into one buffer, and whether a path asked for holds the context. Each is compared with the old code, kept here as the oracle, over the corpus's
 * paths and edge cases.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, mergeConfig, type AgentDocsConfig } from '../../../server/src/core/config/config';
import { globMatch } from '../../../server/src/core/config/glob';
import { classify } from '../../../server/src/core/document/kinds';
import { claudeMpmKind, MPM_REGISTRY_PATH } from '../../../server/src/core/framework/claudeMpmKinds';
import { mayMarkClaudeMpmProject, type Framework } from '../../../server/src/core/framework/detect';
import { classifyJson } from '../../../server/src/core/json/kinds';
import { displayPath } from '../../../server/src/cli/collect';
import { inside, WorkspaceFinder } from '../../../server/src/cli/workspaces';
import { pathToUri, readFileText } from '../../../server/src/host/files';
import { holdsAny } from '../../../server/src/cli/lint';
import { sharedPath } from '../../support/shared';

const CORPUS = sharedPath('corpus');

function allPaths(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    out.push(p);
    if (st.isDirectory() && name !== '.git' && name !== 'node_modules') allPaths(p, out);
  }
  return out;
}

/** Every path under the corpus, listed once for the tests below (none when it is absent). */
const CORPUS_PATHS = CORPUS ? allPaths(CORPUS) : [];

/** `classify` as it was before item 33: a glob at a time, the extension by expression. */
function oldClassify(relativePath: string, config: AgentDocsConfig, framework: Framework = 'claude-code') {
  const matchesList = (globs: readonly string[], path: string, nocase: boolean): boolean => {
    let matched = false;
    for (const g of globs) {
      if (g.startsWith('!')) {
        if (matched && globMatch(g.slice(1), path, nocase)) return false;
      } else if (!matched && globMatch(g, path, nocase)) matched = true;
    }
    return matched;
  };
  const json = classifyJson(relativePath, framework);
  if (json) return config.ignore.some((g) => globMatch(g, relativePath)) ? undefined : json;
  if (framework === 'claude-mpm' && MPM_REGISTRY_PATH.test(relativePath))
    return config.ignore.some((g) => globMatch(g, relativePath)) ? undefined : 'mpm-skills-registry';
  if (!/\.(md|markdown)$/i.test(relativePath)) return undefined;
  if (config.ignore.some((g) => globMatch(g, relativePath))) return undefined;
  if (framework === 'claude-mpm') {
    const kind = claudeMpmKind(relativePath);
    if (kind) return kind;
  }
  for (const kind of Object.keys(DEFAULT_CONFIG.documents) as (keyof AgentDocsConfig['documents'])[]) {
    if (matchesList(config.documents[kind], relativePath, kind === 'skill')) return kind;
  }
  return 'markdown';
}

const EDGE_PATHS = [
  'a.md',
  'a.MD',
  'a.Md',
  'a.markdown',
  'a.MarkDown',
  'a.mar\u212Adown',
  'a.mdx',
  'amd',
  '.md',
  'md',
  'a.markdownx',
  'x.markdown.md',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01 - E - S - T.md',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/sub/0001.md',
  'docs/DEVELOPMENT-PLAN/a/b/0001.md',
  '.claude/agents/README.md',
  '.claude/agents/x/CHANGELOG.md',
  '.claude/agents/x.md',
  'agents/LICENSE.md',
  'a/skills/x/SKILL.MD',
  'a/skills/x/skill.md',
  'node_modules/x/SKILL.md',
  '.git/x.md',
  '.claude-plugin/plugin.json',
  'hooks/hooks.json',
  'agents/templates/x.json',
  'config/skills_registry.yaml',
  '.claude/commands/a/b.md',
];

const CONFIGS: AgentDocsConfig[] = [
  DEFAULT_CONFIG,
  mergeConfig({
    ignore: ['**/drafts/**', '*.md'],
    documents: { agent: ['**/*.md', '!**/README.md', '!**/x.md', '**/x.md'], skill: ['**/SKILL.md', '!**/a/**'] },
  }),
  mergeConfig({ documents: { task: ['plan/**/*.md', '!**/0001*'] } }),
];

describe('classify (globs compiled per list)', () => {
  const paths = [...EDGE_PATHS, ...CORPUS_PATHS.map((p) => relative(CORPUS!, p).split('\\').join('/'))];
  for (const [i, config] of CONFIGS.entries()) {
    for (const framework of ['claude-code', 'claude-mpm'] as const) {
      it(`equals the glob-by-glob classification (config ${i}, ${framework}, ${paths.length} paths)`, () => {
        for (const p of paths) assert.equal(classify(p, config, framework), oldClassify(p, config, framework), p);
      });
    }
  }
});

describe('mayMarkClaudeMpmProject', () => {
  const MARKERS = [/(?:^|\/)\.claude-mpm(?:\/|$)/, /(?:^|\/)src\/claude_mpm(?:\/|$)/, /(?:^|\/)claude_mpm(?:\/|$)/, /(?:^|\/)agents\/templates\/[^/]+\.json$/];
  it('holds for every path or URI that a marker matches', () => {
    const paths = [
      ...EDGE_PATHS,
      '/ws/.claude-mpm',
      '/ws/.claude-mpm/x',
      '/ws/src/claude_mpm/',
      'claude_mpm',
      'agents/templates/a.json',
      '/x/agents/templates/a b.json',
      ...CORPUS_PATHS,
    ];
    let marked = 0;
    for (const p of paths) {
      for (const form of [p, `${p}/`, pathToUri(p.startsWith('/') ? p : `/${p}`)]) {
        if (!MARKERS.some((m) => m.test(form))) continue;
        marked++;
        assert.ok(mayMarkClaudeMpmProject(form), form);
        assert.ok(mayMarkClaudeMpmProject(form.split('/').join('\\')), `${form} with backslashes`);
      }
    }
    assert.ok(marked > 10, `${marked} marked paths`);
  });
});

describe('displayPath (the rest of a path under the working directory)', () => {
  const old = (abs: string, cwd: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  };
  const cwds = ['/ws', '/ws/sub', '/', '/w'];
  const paths = [
    '/ws/a.md',
    '/ws/.claude/agents/a.md',
    '/ws/..a.md',
    '/ws/a/../b.md',
    '/ws/./a.md',
    '/ws//a.md',
    '/ws/a/',
    '/ws',
    '/wsx/a.md',
    '/ws/sub',
    '/other/a.md',
    '/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Epic 1.md',
    '/ws/a/.',
    '/ws/a/..',
    '/ws/...',
  ];
  for (const cwd of cwds) {
    it(`equals path.relative's answer from ${cwd}`, () => {
      for (const p of paths) assert.equal(displayPath(p, cwd), old(p, cwd), p);
    });
  }
});

describe("WorkspaceFinder (a file's root worked out once per folder)", () => {
  it("gives each file its own workspace's root, as a folder-by-folder search does", () => {
    const top = mkdtempSync(join(tmpdir(), 'ad-perfile-'));
    try {
      const layout = [
        'a/.git/HEAD',
        'a/x/y/f.md',
        'a/g.md',
        'b/.claude/agents/c.md',
        'b/n/h.md',
        'c/agent-docs.config.json',
        'c/d/e.md',
        'u/v.md',
        'p/.claude-plugin/plugin.json',
        'p/agents/q.md',
      ];
      for (const f of layout) {
        mkdirSync(dirname(join(top, f)), { recursive: true });
        writeFileSync(join(top, f), f.endsWith('.json') ? '{}' : 'x');
      }
      const files = layout.filter((f) => f.endsWith('.md')).map((f) => join(top, f));
      const finder = new WorkspaceFinder(undefined, () => {}, join(top, 'u'));
      finder.addGivenFolder(top);
      // The oracle: the nearest marked folder above, else the working directory, else the given folder.
      const marked = (d: string) =>
        ['agent-docs.config.json', '.agent-docs.json', '.git', '.claude-plugin', '.claude'].some((n) => statSync(join(d, n), { throwIfNoEntry: false }));
      const expected = (file: string) => {
        for (let d = dirname(file); d.startsWith(top); d = dirname(d)) if (marked(d)) return d;
        return inside(file, join(top, 'u')) ? join(top, 'u') : top;
      };
      for (const round of [1, 2]) for (const f of files) assert.equal(finder.workspaceOf(f, false).root, expected(f), `${f} (round ${round})`);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});

describe('readFileText (one buffer, no stat)', () => {
  it(
    "reads every corpus file as readFileSync(path, 'utf8') does, and tells sizes over the limit",
    { skip: CORPUS ? false : 'corpus not found beside the repository' },
    () => {
      let read = 0;
      for (const p of CORPUS_PATHS) {
        if (!statSync(p).isFile()) continue;
        const expected = readFileSync(p, 'utf8');
        assert.equal(readFileText(p), expected, p);
        const bytes = statSync(p).size;
        if (bytes > 0) assert.deepEqual(readFileText(p, bytes - 1), { size: bytes }, p);
        assert.equal(readFileText(p, bytes), expected, p);
        read++;
      }
      assert.ok(read > 1000, `${read} files`);
    },
  );
  it('reads files around and beyond the buffer, invalid UTF-8 and a BOM alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ad-read-'));
    try {
      const bytes = [
        Buffer.alloc(0),
        Buffer.from('\ufeff# BOM\n'),
        Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0xaf]),
        ...[65535, 65536, 65537, 200000].map((n) => Buffer.from('é'.repeat(n)).subarray(0, n)),
      ];
      for (const [i, b] of bytes.entries()) {
        const p = join(dir, `f${i}.md`);
        writeFileSync(p, b);
        assert.equal(readFileText(p), readFileSync(p, 'utf8'), `file ${i} (${b.length} bytes)`);
        if (b.length) assert.deepEqual(readFileText(p, b.length - 1), { size: b.length }, `file ${i} over the limit`);
      }
      assert.throws(() => readFileText(join(dir, 'missing.md')), /ENOENT/);
      assert.throws(() => readFileText(dir), /EISDIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('holdsAny (paths asked for that hold the context folder)', () => {
  it('agrees with path.resolve and inside for each path', () => {
    const paths = [
      '/ws',
      '/ws/',
      '/ws/a.md',
      '/w',
      '/ws/sub',
      '/ws/sub/',
      '/ws/./sub',
      '/ws//sub',
      '/ws/sub/..',
      '/',
      'ws',
      '.',
      '..',
      'sub',
      '/wsx',
      '/ws/sub/x.md',
    ];
    for (const dir of ['/ws', '/ws/sub', '/', 'sub', '.']) {
      for (const p of paths) assert.equal(holdsAny([p], dir), inside(dir, resolve(p)), `${p} holds ${dir}`);
    }
  });
});
