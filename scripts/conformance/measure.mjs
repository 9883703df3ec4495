// Measures how far agent-docs' findings agree with Claude Code on the shared corpus and the rule
// fixtures, laid out as a plugin and as a project: `node scripts/conformance/measure.mjs [--json]`.
// It reads only the CLI's JSON output (`dist/cli.js lint --format json`), so the same figures can be
// taken on any revision; the conformance suite (test/conformance/) compares the loader itself.
// `--cli PATH` measures another build's CLI (an older revision's `dist/cli.js`); `--checkouts DIR`
// measures repository checkouts (`DIR/<owner>__<repo>/…`, classified by `checkoutEntries`) instead
// of the corpus and the fixtures: repositories the rules were never tuned on.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureClaudeCode, REPO } from '../editor/provision.mjs';
import { checkoutEntries, corpusEntries, fixtureEntries, layOut } from './layout.mjs';
import { validate, verdicts } from './validate.mjs';

const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CLI = resolve(option('--cli') ?? join(REPO, 'dist', 'cli.js'));
const CHECKOUTS = option('--checkouts');
const SHARED = [process.env.AGENT_DOCS_SHARED, resolve(REPO, '..', 'shared'), resolve(REPO, '..', '..', 'shared')].find((p) => p && existsSync(p));
if (!SHARED && !CHECKOUTS) throw new Error('no ../shared beside the repository (set AGENT_DOCS_SHARED)');
const claude = ensureClaudeCode();
const entries = CHECKOUTS
  ? checkoutEntries(resolve(CHECKOUTS))
  : [...corpusEntries(join(SHARED, 'corpus')), ...fixtureEntries(join(REPO, 'test', 'fixtures', 'rules'))];
const layout = layOut(entries);

function lint(root) {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 29 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return new Map(JSON.parse(r.stdout).map((f) => [join(root, f.path), f.findings]));
}

/** Findings that claim the frontmatter is unreadable (the rules that did so before the loader). */
const UNREADABLE = (f) =>
  (f.ruleId === 'yaml-syntax' && !/reads it only after/.test(f.message)) ||
  (f.ruleId === 'duplicate-key' && f.severity === 'error') ||
  (f.ruleId === 'tools-wildcard' && /alias error/.test(f.message));
const STATES_CONSEQUENCE = /does not load|skips this (file|agent)|loads as|loads with|loads under|is skipped|not loaded/i;

const out = {};
for (const scope of ['plugin', 'project']) {
  const dir = layout[scope];
  const v = verdicts(validate(claude, dir));
  const ours = lint(dir);
  const counts = {};
  const bucket = (kind) =>
    (counts[kind] ??= {
      files: 0,
      validatorParseFails: 0,
      weSayUnreadable: 0,
      parseAgree: 0,
      parseFalseAlarm: 0,
      parseMissed: 0,
      unparsedWithConsequence: 0,
      validatorFieldErrors: 0,
      fieldErrorsCaught: 0,
      loaded: 0,
      loadedWithError: 0,
      errorRules: {},
    });
  const examples = { parseFalseAlarm: [], parseMissed: [], loadedWithError: [], fieldMissed: [], unparsedNoConsequence: [] };
  for (const [path, entry] of layout.files[scope]) {
    const c = bucket(entry.kind);
    c.files++;
    const verdict = v.get(path);
    const findings = ours.get(path) ?? [];
    const failed = Boolean(verdict?.parseError);
    const unreadable = findings.some(UNREADABLE);
    if (failed) c.validatorParseFails++;
    if (unreadable) c.weSayUnreadable++;
    if (failed === unreadable) c.parseAgree++;
    else if (unreadable) {
      c.parseFalseAlarm++;
      examples.parseFalseAlarm.push(`${entry.group}/${entry.path}`);
    } else {
      c.parseMissed++;
      examples.parseMissed.push(`${entry.group}/${entry.path}`);
    }
    if (failed) {
      if (findings.some((f) => STATES_CONSEQUENCE.test(f.message))) c.unparsedWithConsequence++;
      else examples.unparsedNoConsequence.push(`${entry.group}/${entry.path}`);
    }
    const fieldProblems = [...(verdict?.fields ?? new Map())].filter(([, m]) => verdict.errors.some((e) => e.message === m));
    if (verdict?.notMapping) fieldProblems.push(['frontmatter', verdict.notMapping]);
    for (const [field, message] of fieldProblems) {
      c.validatorFieldErrors++;
      const caught = findings.some((f) =>
        field === 'frontmatter' ? f.ruleId === 'frontmatter-not-mapping' || /mapping/i.test(f.message) : f.message.includes(`\`${field}\``),
      );
      if (caught) c.fieldErrorsCaught++;
      else examples.fieldMissed.push(`${entry.group}/${entry.path}: ${field}: ${message}`);
    }
    // Loads, by the validator's verdict (the loader's stricter project rules are the suite's job).
    const loads = !failed && !verdict?.notMapping;
    if (loads) {
      c.loaded++;
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length) {
        c.loadedWithError++;
        for (const f of errors) c.errorRules[f.ruleId] = (c.errorRules[f.ruleId] ?? 0) + 1;
        examples.loadedWithError.push(`${entry.group}/${entry.path}: ${errors.map((f) => f.ruleId).join(', ')}`);
      }
    }
  }
  out[scope] = { counts, examples };
}
rmSync(layout.root, { recursive: true, force: true });

if (process.argv.includes('--json')) console.log(JSON.stringify(out, null, 2));
else {
  for (const [scope, { counts, examples }] of Object.entries(out)) {
    console.log(`\n== ${scope}`);
    for (const [kind, c] of Object.entries(counts)) {
      const { errorRules, ...rest } = c;
      console.log(
        `${kind.padEnd(8)} ${Object.entries(rest)
          .map(([k, n]) => `${k}=${n}`)
          .join(' ')}`,
      );
      console.log(
        `         error findings on loaded files by rule: ${
          Object.entries(errorRules)
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || 'none'
        }`,
      );
    }
    for (const [k, list] of Object.entries(examples)) if (list.length) console.log(`  ${k} (${list.length}): ${list.slice(0, 8).join(' · ')}`);
  }
}
