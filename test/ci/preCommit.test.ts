/**
 * A real `pre-commit run` (Debian's pre-commit, installed when missing and root) with this
 * repository's `.pre-commit-hooks.yaml`, installed the way pre-commit installs any `language: node`
 * hook from a git repository: a staged bad agent fails the commit, the workspace is read as context
 * (a staged agent preloading a committed skill is fine), and a commit without agent documents says
 * that nothing was checked.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { checkout, cleanEnv, REPO } from '../support/checkout';

/** A fixed author and date: the same files make the same commit, so pre-commit reuses its install. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'agent-docs tests',
  GIT_AUTHOR_EMAIL: 'tests@agent-docs.invalid',
  GIT_COMMITTER_NAME: 'agent-docs tests',
  GIT_COMMITTER_EMAIL: 'tests@agent-docs.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

describe('pre-commit hook', { timeout: 900_000 }, () => {
  let project = '';
  let env: NodeJS.ProcessEnv;
  const git = (args: string[], cwd = project) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  };
  const preCommit = () => {
    const r = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: project, env, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  /** Unstages everything and stages exactly these files. */
  const stageOnly = (...paths: string[]) => {
    git(['reset', '-q']);
    git(['add', '--', ...paths]);
  };

  before(async () => {
    const provision = (await import(pathToFileURL(join(REPO, 'scripts', 'editor', 'provision.mjs')).href)) as { ensurePreCommit(): string; CACHE: string };
    provision.ensurePreCommit();
    // The hook repository: this checkout's files as one commit. pre-commit installs it once per
    // commit (npm install, npm pack, npm install -g: about a minute and a half) into a home kept in the cache.
    const base = join(provision.CACHE, 'pre-commit', createHash('sha256').update(REPO).digest('hex').slice(0, 12));
    const hooks = join(base, 'hooks');
    rmSync(hooks, { recursive: true, force: true });
    checkout(hooks);
    env = cleanEnv({ ...GIT_ENV, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
    git(['init', '-q', '-b', 'main'], hooks);
    git(['add', '-A'], hooks);
    git(['commit', '-q', '--no-verify', '-m', 'hooks'], hooks);
    const rev = git(['rev-parse', 'HEAD'], hooks).trim();
    const home = join(base, `home-${rev.slice(0, 12)}`);
    if (existsSync(base))
      for (const name of readdirSync(base))
        if (name.startsWith('home-') && join(base, name) !== home) rmSync(join(base, name), { recursive: true, force: true });
    env.PRE_COMMIT_HOME = home;

    project = mkdtempSync(join(tmpdir(), 'agent-docs-precommit-'));
    git(['init', '-q', '-b', 'main']);
    write('.pre-commit-config.yaml', `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: agent-docs\n`);
    write('.claude/skills/checklist/SKILL.md', '---\nname: checklist\ndescription: Review checklist.\n---\nSteps.\n');
    write('README.md', '# Project\n');
    git(['add', '-A']);
    git(['commit', '-q', '--no-verify', '-m', 'start']);
  });
  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('fails on a staged bad agent, and reports only the staged file', () => {
    write('.claude/agents/bad.md', '---\nname: bad\ntools: Bsh\n---\nBody\n');
    write('.claude/agents/unstaged.md', '---\nname: unstaged\n---\nNot staged: not reported.\n');
    stageOnly('.claude/agents/bad.md');
    const { status, out } = preCommit();
    assert.equal(status, 1, out);
    assert.match(out, /^agent-docs\.+Failed$/m);
    assert.match(out, /\.claude\/agents\/bad\.md\n {2}2:1 +error +Agent has a `name` but no `description`/);
    assert.match(out, /agent-tool-unknown/);
    assert.match(out, /in 1 file\./);
    assert.doesNotMatch(out, /unstaged\.md/);
    rmSync(join(project, '.claude/agents/unstaged.md'));
  });

  it('reads the rest of the workspace as context: a committed skill resolves', () => {
    write('.claude/agents/good.md', '---\nname: good\ndescription: Uses the checklist.\nskills: [checklist]\n---\nBody\n');
    stageOnly('.claude/agents/good.md');
    const { status, out } = preCommit();
    assert.equal(status, 0, out);
    assert.match(out, /^agent-docs\.+Passed$/m);
    assert.match(out, /No problems in 1 file\./);
    // The same agent preloading a skill nobody has: reported, so the context really was read.
    write('.claude/agents/good.md', '---\nname: good\ndescription: Uses the checklist.\nskills: [checklist, nowhere]\n---\nBody\n');
    stageOnly('.claude/agents/good.md');
    const missing = preCommit();
    assert.match(missing.out, /`nowhere`/);
    assert.doesNotMatch(missing.out, /`checklist`/);
  });

  it('says that it checked nothing when no agent document is staged', () => {
    write('src/app.py', 'print("hi")\n');
    write('package.json', '{}\n');
    stageOnly('src/app.py', 'package.json');
    const none = preCommit();
    assert.equal(none.status, 0, none.out);
    assert.match(none.out, /^agent-docs\.+\(no files to check\)Skipped$/m);
    // Files that get past the hook's pattern but that the CLI does not check: it says so.
    write('agent-docs.config.json', '{ "ignore": ["drafts/**"] }\n');
    write('drafts/idea.md', '# Idea\n');
    stageOnly('drafts/idea.md');
    const ignored = preCommit();
    assert.equal(ignored.status, 0, ignored.out);
    assert.match(ignored.out, /^agent-docs\.+Passed$/m);
    assert.match(ignored.out, /Nothing checked: no agent documents among the paths given\.\n1 file given was not checked/);
  });
});
