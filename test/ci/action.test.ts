/**
 * The GitHub Action run locally as the runner runs a composite action: action.yml's steps in order,
 * each `run` script through `bash --noprofile --norc -eo pipefail`, `${{ … }}` expressions replaced
 * by the inputs (defaults from action.yml), the action's path and the workspace, GITHUB_OUTPUT
 * collected, from a checkout of the action holding sources only (the build step makes the CLI).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { checkout, cleanEnv, REPO } from '../support/checkout';

interface Step {
  name?: string;
  id?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

interface ActionRun {
  status: number;
  stdout: string;
  outputs: Record<string, string>;
}

describe('GitHub Action (action.yml)', { timeout: 600_000 }, () => {
  let tmp = '';
  let actionPath = '';
  let workspace = '';
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;

  /** Runs the composite action's steps with `inputs` over the defaults, as the runner would. */
  function runAction(inputs: Record<string, string>): ActionRun {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(action.inputs)) values[k] = v.default ?? '';
    for (const [k, v] of Object.entries(inputs)) {
      assert.ok(k in action.inputs, `action.yml has an input "${k}"`);
      values[k] = v;
    }
    const runnerTemp = mkdtempSync(join(tmp, 'runner-'));
    const steps: Record<string, Record<string, string>> = {};
    const evaluate = (text: string) =>
      text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
        let m;
        if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return values[m[1]!] ?? '';
        if (expr === 'github.action_path') return actionPath;
        if (expr === 'github.workspace') return workspace;
        if (expr === 'runner.temp') return runnerTemp;
        if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return steps[m[1]!]?.[m[2]!] ?? '';
        throw new Error(`an expression this harness does not evaluate: ${expr}`);
      });
    assert.equal(action.runs.using, 'composite');
    const outputs = () => Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, evaluate(v.value)]));
    let stdout = '';
    for (const step of action.runs.steps) {
      assert.ok(step.run && !step.uses, `step "${step.name}" runs a script`);
      assert.equal(step.shell, 'bash');
      const script = join(runnerTemp, `${step.id ?? 'step'}-${Math.random().toString(36).slice(2)}.sh`);
      writeFileSync(script, evaluate(step.run));
      const output = join(runnerTemp, 'output');
      writeFileSync(output, '');
      const stepEnv: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = evaluate(String(v));
      const cwd = resolve(workspace, evaluate(step['working-directory'] ?? '.'));
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd,
        encoding: 'utf8',
        env: cleanEnv({
          ...stepEnv,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_ACTION_PATH: actionPath,
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
          RUNNER_TEMP: runnerTemp,
        }),
      });
      stdout += r.stdout;
      if (step.id)
        steps[step.id] = Object.fromEntries(
          readFileSync(output, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
      if (r.status !== 0) return { status: r.status ?? -1, stdout: stdout + r.stderr, outputs: outputs() };
    }
    return { status: 0, stdout, outputs: outputs() };
  }

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  };

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'agent-docs-action-'));
    // The action as `uses: owner/agent-docs@ref` checks it out: sources, no bundles. Its
    // dependencies are linked from this repository, so the build step builds without installing.
    actionPath = checkout(join(tmp, 'action'), { linkModules: true });
    assert.ok(!existsSync(join(actionPath, 'dist')));
    workspace = join(tmp, 'repo');
    write('.claude/agents/bad.md', '---\nname: bad\ntools: Read, Bsh\n---\nBody\n');
    write('.claude/agents/warned.md', '---\nname: warned\ndescription: Has a colour.\ncolor: magenta\n---\nBody\n');
    write('my agents/agents/spaced.md', '---\nname: spaced\n---\nNo description.\n');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds the CLI, annotates the findings and fails on errors with the default inputs', () => {
    const run = runAction({ paths: '.claude' });
    assert.equal(run.status, 1, run.stdout);
    assert.ok(existsSync(join(actionPath, 'dist', 'cli.js')), 'the build step made the CLI');
    assert.match(
      run.stdout,
      /^::error file=\.claude\/agents\/bad\.md,line=2,col=1,endLine=2,endColumn=\d+,title=agent-description-missing::Agent has a `name` but no `description`/m,
    );
    assert.match(run.stdout, /^::warning file=\.claude\/agents\/bad\.md,line=3,col=14,endLine=3,endColumn=17,title=agent-tool-unknown::/m);
    assert.match(run.stdout, /^::warning file=\.claude\/agents\/warned\.md,.*title=agent-color-value::/m);
    assert.deepEqual(run.outputs, { 'sarif-file': '' });
  });

  it('passes with fail-level none, and writes SARIF for code scanning', () => {
    const run = runAction({ paths: '.claude', 'fail-level': 'none', 'sarif-file': 'results/agent-docs.sarif' });
    assert.equal(run.status, 0, run.stdout);
    const sarif = join(workspace, 'results', 'agent-docs.sarif');
    assert.deepEqual(run.outputs, { 'sarif-file': sarif });
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.includes('.claude/agents/bad.md') && uris.includes('.claude/agents/warned.md'), uris.join());
    assert.match(run.stdout, /^::error file=\.claude\/agents\/bad\.md/m, 'annotations as well');
  });

  it('fails on warnings with fail-level warning, and takes paths one per line', () => {
    const run = runAction({ paths: '.claude/agents/warned.md\nmy agents', 'fail-level': 'warning' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::warning file=\.claude\/agents\/warned\.md/m);
    assert.match(run.stdout, /^::error file=my agents\/agents\/spaced\.md,/m);
    assert.doesNotMatch(run.stdout, /bad\.md/);
  });

  it('reports only new findings with a baseline, and stops on a missing one', () => {
    const cli = spawnSync(process.execPath, [join(actionPath, 'dist', 'cli.js'), 'lint', '.claude', '--write-baseline', 'agent-docs.baseline.json'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stderr);
    const clean = runAction({ paths: '.claude', baseline: 'agent-docs.baseline.json', 'fail-level': 'warning' });
    assert.equal(clean.status, 0, clean.stdout);
    assert.doesNotMatch(clean.stdout, /^::/m);
    write('.claude/agents/new.md', '---\nname: new\n---\nNo description.\n');
    const fresh = runAction({ paths: '.claude', baseline: 'agent-docs.baseline.json' });
    assert.equal(fresh.status, 1);
    assert.deepEqual(
      fresh.stdout
        .split('\n')
        .filter((l) => l.startsWith('::'))
        .map((l) => /title=([\w-]+)/.exec(l)![1]),
      ['agent-description-missing'],
    );
    rmSync(join(workspace, '.claude/agents/new.md'));
    const missing = runAction({ paths: '.claude', baseline: 'nope.json' });
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /baseline file not found: nope\.json/);
  });

  it('runs in a working directory and still names files from the repository root', () => {
    write('packages/web/.claude/agents/sub.md', '---\nname: sub\n---\nNo description.\n');
    const run = runAction({ 'working-directory': 'packages/web', paths: '.' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::error file=packages\/web\/\.claude\/agents\/sub\.md,/m);
  });
});
