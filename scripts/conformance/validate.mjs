// Runs the pinned Claude Code's `claude plugin validate --json DIR` (offline, no account) and turns
// its report into one verdict per file: what Claude Code says about the file's frontmatter.
import { spawnSync } from 'node:child_process';

/**
 * The validator's report for a plugin folder (with `.claude-plugin/plugin.json`) or a project
 * folder (with `.claude/`). Exit code 1 only means some file has an error.
 */
export function validate(claude, dir) {
  const r = spawnSync(claude, ['plugin', 'validate', '--json', dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 120_000,
    env: { ...process.env, DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
  });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`claude plugin validate exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}

/**
 * One verdict per file the validator reports on (a file it says nothing about parsed and kept
 * every field it checks):
 * - `parseError`: the frontmatter failed to parse (the YAML error, after Claude Code's retry)
 * - `notMapping`: the frontmatter parsed to a list or a scalar
 * - `noFrontmatter`: no block between `---` lines
 * - `fields`: field path → the validator's message, for each field it reports (type errors,
 *   dropped values, bad `shell`)
 * - `runtime`: what the validator says happens at run time, when it says so
 */
export function verdicts(report) {
  const out = new Map();
  for (const c of report.contents ?? []) {
    if (!['agent', 'skill', 'command'].includes(c.type)) continue;
    const v = { type: c.type, errors: c.errors ?? [], warnings: c.warnings ?? [], fields: new Map() };
    for (const p of [...v.errors, ...v.warnings]) {
      const m = p.message ?? '';
      if (p.path === 'frontmatter' && /^YAML frontmatter failed to parse: /.test(m)) {
        v.parseError = m.replace(/^YAML frontmatter failed to parse: /, '').replace(/\. At runtime [\s\S]*$/, '');
        v.runtime = /At runtime ([\s\S]*)$/.exec(m)?.[1];
      } else if (p.path === 'frontmatter' && /must be a YAML mapping/.test(m)) v.notMapping = m;
      else if (p.path === 'frontmatter' && /No frontmatter block found/.test(m)) v.noFrontmatter = true;
      else if (p.path && p.path !== 'frontmatter') v.fields.set(p.path, m);
    }
    out.set(c.file, v);
  }
  return out;
}
