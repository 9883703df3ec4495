/**
 * The return-code checker on the real corpus, read in place (never copied): each top-level folder
 * of /work/shared/corpus is one workspace. The legacy multi-stage flow must show its known drift
 * (quality-assurance declares MISSING_TASK_FILES; develop.md's `### quality-assurance:` omits it);
 * every other collection has no return codes, so no return-code finding at all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { AgentDocsService, mergeConfig, type Finding } from '../../server/src/core';
import { returnCodeRules } from '../../server/src/core/rules/returnCodes';
import { catalogOf } from '../../server/src/core/returnCodes/workspace';
import { listDocumentFiles, pathToUri, readTextSync, uriToPath } from '../../server/src/host/files';
import { sharedPath } from '../support/shared';

const REPO_ROOT = join(__dirname, '../../..');
const LEGACY = 'suxxes__resin.ai__legacy-4657b17';

/**
 * `../shared/corpus` beside the repository, or beside a folder above it (worktrees sit one level
 * deeper); else the house's shared folder (`AGENT_DOCS_SHARED`).
 */
function findCorpus(): string | undefined {
  for (let dir = REPO_ROOT; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'corpus');
    if (existsSync(candidate)) return candidate;
  }
  return sharedPath('corpus');
}

interface Checked {
  service: AgentDocsService;
  findings: { path: string; finding: Finding }[];
}

async function checkRepo(root: string): Promise<Checked> {
  const config = mergeConfig();
  const service = new AgentDocsService({
    host: { readFile: (u) => readTextSync(uriToPath(u), config.maxFileSize), log: () => {} },
    config,
    roots: [pathToUri(root)],
    rules: returnCodeRules,
  });
  const uris: string[] = [];
  for (const path of await listDocumentFiles(root)) {
    const uri = pathToUri(path);
    const text = readTextSync(path, config.maxFileSize);
    if (text === undefined || !service.kindOf(uri)) continue;
    service.indexFile(uri, text);
    uris.push(uri);
  }
  const findings = uris.flatMap((uri) => service.lint(uri).map((finding) => ({ path: relative(root, uriToPath(uri)), finding })));
  return { service, findings };
}

const corpus = findCorpus();

describe('return codes on the corpus', { skip: corpus ? false : 'corpus not found beside the repository' }, () => {
  const repos = corpus
    ? readdirSync(corpus)
        .filter((n) => statSync(join(corpus, n)).isDirectory())
        .sort()
    : [];
  let legacy: Checked;
  before(async () => {
    legacy = await checkRepo(join(corpus!, LEGACY));
  });

  it('reports the MISSING_TASK_FILES drift of the legacy flow, and only real drift', () => {
    const lines = legacy.findings.map(({ path, finding: f }) => `${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`);
    assert.deepEqual(lines, [
      'README.md:119:12 return-code-unknown No agent declares the return code `SUCCESS_COMPLETE`.',
      'README.md:321:67 return-code-unknown No agent declares the return code `SUCCESS_COMPLETE`.',
      'agents/quality-assurance.md:154:4 return-code-unrouted `MISSING_TASK_FILES` is declared by quality-assurance but not routed by its orchestrator: develop.md (`### quality-assurance`).',
    ]);
    const drift = legacy.findings.find((f) => f.finding.ruleId === 'return-code-unrouted')!.finding;
    assert.equal(basename(uriToPath(drift.related![0]!.location.uri)), 'develop.md');
    assert.equal(drift.related![0]!.location.range.start.line + 1, 499);
  });

  it('lists every agent of the legacy flow with its codes', () => {
    const catalog = catalogOf(legacy.service.index);
    const table = Object.fromEntries(catalog.agents.map((a) => [a.agent, a.facts.declarations.map((d) => d.code).join(' ')]));
    const developer = 'SUCCESS_TO_QUALITY_ASSURANCE FAILURE_CONTINUE PARTIAL_SUCCESS TIMEOUT_CONTINUE MISSING_TASK_FILES';
    assert.deepEqual(table, {
      'developer-nextjs': developer,
      'developer-python': developer,
      'developer-swift': developer,
      'developer-tauri': '',
      'developer-tauri-rust': developer,
      'developer-tauri-typescript': developer,
      'developer-typescript': developer,
      'feature-lead':
        'SUCCESS_TO_DEV_IMPLEMENT SUCCESS_TO_PM_COMPLETE MISSING_STORY_FILES MISSING_TASK_FILES FAILURE_TO_PM FAILURE_TO_QUALITY_ASSURANCE CRITICAL_FAILURE',
      'project-manager':
        'SUCCESS_TO_FL_PLAN SUCCESS_TO_DEV_IMPLEMENT SUCCESS_CONTINUE_NEXT_EPIC SUCCESS_ALL_EPICS_COMPLETE MISSING_EPIC_FILES FAILURE_EPIC_SCOPE FAILURE_SCOPE_UNCLEAR CRITICAL_FAILURE',
      'quality-assurance': 'SUCCESS_TO_FL_FINAL FAILURE_TO_DEV ENHANCEMENT_REQUIRED CRITICAL_FAILURE MISSING_TASK_FILES',
    });
    assert.equal(catalog.declared.size, 20, 'DOMAIN.md counts 20 distinct codes');
    assert.deepEqual(
      catalog.mirrors.map((m) => m.mirror.pattern),
      ['project-manager', 'feature-lead', 'developer-*', 'quality-assurance'],
    );
  });

  it('finds only the legacy drift when the whole corpus is one workspace', async () => {
    const { findings } = await checkRepo(corpus!);
    assert.deepEqual(
      findings.map(({ path, finding }) => `${path}:${finding.range.start.line + 1} ${finding.ruleId}`),
      [
        `${LEGACY}/README.md:119 return-code-unknown`,
        `${LEGACY}/README.md:321 return-code-unknown`,
        `${LEGACY}/agents/quality-assurance.md:154 return-code-unrouted`,
      ],
    );
  });

  for (const repo of repos.filter((r) => r !== LEGACY)) {
    it(`finds no return codes in ${repo}`, async () => {
      const { service, findings } = await checkRepo(join(corpus!, repo));
      assert.equal(catalogOf(service.index).hasDeclarations, false);
      assert.deepEqual(
        findings.map(({ path, finding }) => `${path}: ${finding.message}`),
        [],
      );
    });
  }
});

const RESIN = 'suxxes__resin.ai';
const CLI = join(__dirname, '../../../out/server/src/cli/main.js');

describe('return codes of the plugin flow (resin.ai, codes defined in tables)', { skip: corpus ? false : 'corpus not found beside the repository' }, () => {
  const codes = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'codes', ...args], { cwd: corpus!, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };

  it('agent-docs codes shows its five codes and its transition table', () => {
    const text = codes(RESIN);
    assert.match(text, /^Return codes {2}suxxes__resin\.ai\/orchestrator\/resources\/STATE-MACHINE\/RETURN-CODES\.md$/m);
    for (const [code, description] of [
      ['SUCCESS', 'Operation completed successfully'],
      ['FAILURE', 'Operation failed and cannot proceed'],
      ['PARTIAL', 'Operation partially completed'],
      ['TIMEOUT', 'Operation exceeded time limit'],
      ['MISSING', 'Required resources or dependencies not found'],
    ])
      assert.match(text, new RegExp(`^  ${code}  ${description}$`, 'm'));
    assert.match(text, /^ {2}INIT {3}SUCCESS {2}LOOP, WORK +Proceed to next state \(LOOP or WORK\)$/m);
    assert.match(text, /^ {2}WORK {3}TIMEOUT {2}WORK +Save checkpoint and continue WORK$/m);
    assert.match(text, /^ {2}DONE {3}FAILURE {2}\(decided at run time\) +Determine remediation path$/m);
    assert.match(text, /^Escalation: 3x FAILURE, 2x TIMEOUT$/m);
    assert.match(text, /^States: DONE, INIT, LOOP, QUIZ, TEST, WORK$/m);
    assert.match(text, /^ {2}developer +SUCCESS, FAILURE, PARTIAL$/m, 'developer names its codes in a resource it reads');
    assert.doesNotMatch(text, /No return codes declared/);
  });

  it('agent-docs codes --format json gives the same flow', () => {
    const json = JSON.parse(codes('--format', 'json', RESIN)) as {
      agents: unknown[];
      flows: { codes: { code: string }[]; transitions: { state: string; code: string; next: string[]; exits: boolean }[]; agents: { agent: string }[] }[];
    };
    assert.deepEqual(json.agents, []);
    const [flow] = json.flows;
    assert.deepEqual(
      flow!.codes.map((c) => c.code),
      ['SUCCESS', 'FAILURE', 'PARTIAL', 'TIMEOUT', 'MISSING'],
    );
    assert.equal(flow!.transitions.length, 13);
    assert.deepEqual(flow!.transitions[0], { ...flow!.transitions[0], state: 'INIT', code: 'SUCCESS', next: ['LOOP', 'WORK'], exits: false });
    assert.deepEqual(
      flow!.agents.map((a) => a.agent),
      ['developer', 'feature-manager', 'product-manager', 'project-manager', 'quality-assurance'],
    );
  });

  it("leaves the legacy layout's output exactly as it was", () => {
    const text = codes(LEGACY);
    assert.doesNotMatch(text, /^Return codes {2}/m);
    assert.match(text, /^quality-assurance {2}suxxes__resin\.ai__legacy-4657b17\/agents\/quality-assurance\.md$/m);
    assert.match(text, /MISSING_TASK_FILES +NOT ROUTED by /);
    const json = JSON.parse(codes('--format', 'json', LEGACY)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['agents', 'deadRoutes']);
  });
});
