/**
 * Claude Code as the test oracle. The shared corpus (read in place, through hard links in a
 * temporary layout) and the project's own rule fixtures are laid out as one plugin and as one
 * project, and once more as a plugin of CRLF copies; the pinned Claude Code validates each
 * (`claude plugin validate --json`), and agent-docs' loader and findings must agree, file by file:
 * - whether the frontmatter parses (after Claude Code's fallback quoting), and whether it is a
 *   mapping;
 * - which fields survive: the field checks the validator makes (`name`, `description`,
 *   `allowed-tools`, `metadata`, `shell`) on the values our loader ends up with;
 * - which name the file gets when its frontmatter is lost (a plugin agent: its file name; a
 *   project agent: none, it does not load);
 * - no error-level finding on a file Claude Code accepts (no validator error, and the loader
 *   loads it), except rules whose failure comes at run time (exceptions.ts);
 * - every file whose frontmatter it cannot parse has a finding saying what happens in that scope.
 * A disagreement fails; exceptions.ts holds only verified cases, with their evidence.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AgentDocsService, type Finding } from '../../server/src/core';
import { fieldsReadable, loadAgent, plainValue } from '../../server/src/core/agents/loading';
import type { ParsedDocument } from '../../server/src/core/document/parse';
import type { WorkspaceFiles } from '../../server/src/core/files/workspaceFiles';
import { pathToUri, readDirectoryUri, stripBom } from '../../server/src/host/files';
import { REPO_ROOT, sharedPath } from '../support/shared';
import { EXCEPTIONS, RUN_TIME_ERRORS } from './exceptions';
import { scripts, type Entry, type Layout, type Verdict } from './oracle';

const CORPUS = sharedPath('corpus');
type Scope = 'plugin' | 'project' | 'crlf';

interface Ours {
  doc?: ParsedDocument;
  findings: Finding[];
  files: WorkspaceFiles;
}

interface Row {
  scope: Scope;
  path: string;
  entry: Entry;
  theirs: Verdict | undefined;
  ours: Ours;
}

/** Lints every laid-out file of one scope with the service, as the CLI would over that folder. */
function lintLayout(root: string, paths: readonly string[]): Map<string, Ours> {
  const service = new AgentDocsService({
    host: {
      readFile: (uri) => {
        try {
          return stripBom(readFileSync(new URL(uri), 'utf8'));
        } catch {
          return undefined;
        }
      },
      readDirectory: readDirectoryUri,
      log: () => {},
    },
    roots: [pathToUri(root)],
  });
  for (const p of paths) service.indexFile(pathToUri(p), stripBom(readFileSync(p, 'utf8')));
  return new Map(
    paths.map((p) => {
      const uri = pathToUri(p);
      return [p, { doc: service.document(uri), findings: service.lint(uri), files: service.files }];
    }),
  );
}

/** The validator's field checks (2.1.332), made on the values our loader ends up with. */
function ourFieldProblems(doc: ParsedDocument, kind: Entry['kind']): Set<string> {
  const out = new Set<string>();
  const v = (k: string) => plainValue(doc, k);
  const description = v('description');
  if (description !== undefined && description !== null && !['string', 'number', 'boolean'].includes(typeof description)) out.add('description');
  const name = v('name');
  if (name !== undefined && name !== null && typeof name !== 'string') out.add('name');
  const allowed = v('allowed-tools');
  if (
    allowed !== undefined &&
    allowed !== null &&
    ((typeof allowed !== 'string' && !Array.isArray(allowed)) || (Array.isArray(allowed) && allowed.some((x) => typeof x !== 'string')))
  )
    out.add('allowed-tools');
  if (kind !== 'agent') {
    const metadata = v('metadata');
    if (metadata !== undefined && metadata !== null && (typeof metadata !== 'object' || Array.isArray(metadata))) out.add('metadata');
    const shell = v('shell');
    if (shell !== undefined && shell !== null && (typeof shell !== 'string' || !['bash', 'powershell'].includes(shell.trim().toLowerCase()))) out.add('shell');
  }
  return out;
}

/** Field paths the validator reports (errors and warnings) that concern a value's type or worth. */
function theirFieldProblems(v: Verdict | undefined): Set<string> {
  const out = new Set<string>();
  for (const [path, message] of v?.fields ?? []) {
    if (/must be a string|must be a mapping|must be 'bash' or 'powershell'|must be a string or array|array must contain only strings/.test(message))
      out.add(path);
  }
  return out;
}

const CONSEQUENCE: Record<string, RegExp> = {
  'plugin:agent': /as a plugin agent it loads as `[^`]+` with every other field dropped/,
  'project:agent': /does not load at all/,
  skill: /the skill loads with every frontmatter field dropped/,
  command: /the command loads with every frontmatter field dropped/,
};

describe('conformance with the pinned Claude Code', () => {
  let layouts: Record<'lf' | 'crlf', Layout>;
  const rows: Row[] = [];
  let version = '';

  before(async () => {
    const s = await scripts();
    version = s.CLAUDE_CODE_VERSION;
    const claude = s.ensureClaudeCode();
    // The project's own fixtures always; the shared corpus when it is beside the repository.
    if (!CORPUS) console.log('conformance: no ../shared/corpus beside the repository: the rule fixtures only');
    const entries = [...(CORPUS ? s.corpusEntries(CORPUS) : []), ...s.fixtureEntries(join(REPO_ROOT, 'test', 'fixtures', 'rules'))];
    layouts = { lf: s.layOut(entries), crlf: s.layOut(entries, { crlf: true }) };
    const plan: [Scope, Layout, 'plugin' | 'project'][] = [
      ['plugin', layouts.lf, 'plugin'],
      ['project', layouts.lf, 'project'],
      ['crlf', layouts.crlf, 'plugin'],
    ];
    for (const [scope, layout, side] of plan) {
      const dir = layout[side];
      const theirs = s.verdicts(s.validate(claude, dir));
      const files = layout.files[side];
      const ours = lintLayout(dir, [...files.keys()]);
      for (const [path, entry] of files) rows.push({ scope, path, entry, theirs: theirs.get(path), ours: ours.get(path)! });
    }
  });
  after(() => {
    if (layouts) for (const l of Object.values(layouts)) rmSync(l.root, { recursive: true, force: true });
  });

  const label = (r: Row) => `${r.scope} ${r.entry.group}/${r.entry.path}`;
  const excepted = (r: Row, check: string) =>
    EXCEPTIONS.some((e) => e.check === check && e.file === `${r.entry.group}/${r.entry.path}` && (!e.scope || e.scope === r.scope));
  const counts = new Map<string, { agree: number; total: number }>();
  /** Records one comparison; returns a description of the disagreement, if any. */
  function compare(r: Row, check: string, theirs: unknown, ours: unknown): string | undefined {
    const key = `${r.scope} ${r.entry.kind} ${check}`;
    const c = counts.get(key) ?? { agree: 0, total: 0 };
    c.total++;
    const same = JSON.stringify(theirs) === JSON.stringify(ours);
    if (same || excepted(r, check)) c.agree++;
    counts.set(key, c);
    return same || excepted(r, check) ? undefined : `${label(r)}: ${check}: Claude Code ${JSON.stringify(theirs)}, agent-docs ${JSON.stringify(ours)}`;
  }

  it('parses frontmatter as Claude Code does (fallback quoting, CRLF, fences), and finds the same mappings', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const doc = r.ours.doc;
      assert.ok(doc, `${label(r)}: not parsed by agent-docs`);
      const readable = fieldsReadable(doc);
      const theyParse = r.theirs?.parseError ? 'fails' : r.theirs?.noFrontmatter ? 'none' : 'parses';
      // The validator says "no frontmatter" only where it warns (not for project agents).
      const ourParse =
        readable === 'unreadable'
          ? 'fails'
          : readable === 'no-frontmatter'
            ? r.scope === 'project' && r.entry.kind === 'agent'
              ? 'parses'
              : 'none'
            : 'parses';
      const a = compare(r, 'parse', theyParse, ourParse);
      if (a) wrong.push(a);
      const b = compare(r, 'mapping', Boolean(r.theirs?.notMapping), readable === 'not-mapping');
      if (b) wrong.push(b);
    }
    assert.deepEqual(wrong, []);
  });

  it('keeps and drops the fields Claude Code keeps and drops', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const doc = r.ours.doc!;
      if (fieldsReadable(doc) !== 'yes') continue;
      const d = compare(r, 'fields', [...theirFieldProblems(r.theirs)].sort(), [...ourFieldProblems(doc, r.entry.kind)].sort());
      if (d) wrong.push(d);
    }
    assert.deepEqual(wrong, []);
  });

  it('reports every field the validator reports, and frontmatter that is not a mapping', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const problems = [...theirFieldProblems(r.theirs)];
      if (r.theirs?.notMapping) problems.push('frontmatter');
      for (const field of problems) {
        const found = r.ours.findings.some((f) => (field === 'frontmatter' ? f.ruleId === 'frontmatter-not-mapping' : f.message.includes(`\`${field}\``)));
        const d = compare(r, 'field-reported', field, found ? field : null);
        if (d) wrong.push(`${d}: ${r.theirs?.fields.get(field) ?? r.theirs?.notMapping}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('gives a file whose frontmatter is lost the name Claude Code gives it', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      if (r.entry.kind !== 'agent' || !r.theirs?.parseError) continue;
      const loaded = loadAgent(r.ours.doc!, r.ours.files);
      const plugin = r.scope !== 'project';
      // The validator: "loads with its name taken from the filename" / "does not load at all".
      const theirs = plugin ? { loads: true, name: basename(r.path).replace(/\.md$/i, '') } : { loads: false };
      const ours = plugin ? { loads: loaded.loads, name: loaded.name } : { loads: loaded.loads };
      const d = compare(r, 'name', theirs, ours);
      if (d) wrong.push(d);
    }
    assert.deepEqual(wrong, []);
  });

  it('reports no error on a file Claude Code accepts', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      if (r.scope === 'crlf') continue;
      const doc = r.ours.doc!;
      const validatorErrors = (r.theirs?.errors.length ?? 0) > 0;
      const loaderRefuses = r.entry.kind === 'agent' && r.scope === 'project' && !loadAgent(doc, r.ours.files).loads;
      if (validatorErrors || loaderRefuses) continue;
      const errors = r.ours.findings.filter((f) => f.severity === 'error' && !RUN_TIME_ERRORS[f.ruleId]);
      const d = compare(
        r,
        'no-error-when-accepted',
        [],
        errors.map((f) => `${f.ruleId}: ${f.message}`),
      );
      if (d) wrong.push(d);
    }
    assert.deepEqual(wrong, []);
  });

  it('says what Claude Code does with each file whose frontmatter it cannot parse, in that scope', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      if (!r.theirs?.parseError) continue;
      const key = r.entry.kind === 'agent' ? `${r.scope === 'project' ? 'project' : 'plugin'}:agent` : r.entry.kind;
      const pattern = CONSEQUENCE[key]!;
      const said = r.ours.findings.some((f) => f.severity === 'error' && pattern.test(f.message));
      const d = compare(r, 'consequence', true, said);
      if (d) wrong.push(`${d} (${r.theirs.runtime ?? ''})`);
    }
    assert.deepEqual(wrong, []);
  });

  it('prints the agreement counts', () => {
    const lines = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => `  ${k.padEnd(40)} ${c.agree}/${c.total}`);
    const unparsed = rows.filter((r) => r.theirs?.parseError).length;
    console.log(
      `conformance with Claude Code ${version}: ${rows.length} files laid out (plugin, project, CRLF plugin), ${unparsed} it cannot parse\n${lines.join('\n')}`,
    );
    assert.ok(rows.length > (CORPUS ? 5000 : 300), `expected ${CORPUS ? 'the corpus and ' : ''}the fixtures in three layouts, got ${rows.length}`);
  });
});
