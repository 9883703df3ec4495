/**
 * Lints every Markdown file of the shared corpus of real agent, skill and command files (read in
 * place, never copied), checks that no rule throws, prints how often each rule fires, and checks
 * that known real irregularities (shared/DOMAIN.md) are found. Each corpus repository is one
 * workspace. Skipped, with a message, when the corpus is not beside the repository.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AgentDocsService, type Finding } from '../../server/src/core';
import { pathToUri } from '../../server/src/host/files';
import { sharedPath } from '../support/shared';
import { markdownFiles } from '../support/markdownFiles';

const CORPUS = sharedPath('corpus');

interface Linted {
  file: string;
  findings: Finding[];
}

interface CorpusRun {
  results: Map<string, Linted>;
  failures: string[];
  /** Files whose YAML errors survive "fix all", with what is left. */
  yamlUnfixed: string[];
  /** How many files had YAML errors. */
  yamlBroken: number;
}

function lintCorpus(CORPUS: string): CorpusRun {
  const results = new Map<string, Linted>();
  const failures: string[] = [];
  const yamlUnfixed: string[] = [];
  let yamlBroken = 0;
  for (const repo of readdirSync(CORPUS).sort()) {
    const root = join(CORPUS, repo);
    if (!statSync(root).isDirectory()) continue;
    const texts = new Map(markdownFiles(root).map((f) => [pathToUri(f), readFileSync(f, 'utf8')]));
    const service = new AgentDocsService({ host: { readFile: (u) => texts.get(u), log: (m) => failures.push(m) }, roots: [pathToUri(root)] });
    for (const [uri, text] of texts) service.indexFile(uri, text);
    for (const uri of texts.keys()) {
      const rel = uri.slice(pathToUri(CORPUS).length + 1);
      const findings = service.lint(uri);
      results.set(decodeURIComponent(rel), { file: rel, findings });
      if (findings.some((f) => f.ruleId === 'yaml-syntax')) {
        // The preferred fixes must leave YAML that parses: lint the fixed text as the same file.
        yamlBroken++;
        const fixed = service.fixAllText(uri, texts.get(uri)!);
        service.openDocument(uri, 1, fixed);
        const left = service.lint(uri).filter((f) => f.ruleId === 'yaml-syntax');
        if (left.length) yamlUnfixed.push(`${rel}: ${left.map((f) => f.message).join(' / ')}`);
        service.closeDocument(uri);
        service.indexFile(uri, texts.get(uri)!);
      }
    }
  }
  return { results, failures, yamlUnfixed, yamlBroken };
}

describe('corpus', { skip: CORPUS ? false : 'corpus not found beside the repository (../shared/corpus); set AGENT_DOCS_SHARED' }, () => {
  const { results, failures, yamlUnfixed, yamlBroken } = CORPUS
    ? lintCorpus(CORPUS)
    : { results: new Map<string, Linted>(), failures: [], yamlUnfixed: [], yamlBroken: 0 };
  const find = (rel: string, ruleId: string) => {
    const linted = results.get(rel);
    assert.ok(linted, `corpus file missing: ${rel}`);
    return linted.findings.filter((f) => f.ruleId === ruleId);
  };
  const everywhere = (ruleId: string) => [...results.values()].flatMap((r) => r.findings.filter((f) => f.ruleId === ruleId));

  it('lints every file without a rule throwing, and reports counts per rule', () => {
    assert.ok(results.size > 2000, `expected the whole corpus, got ${results.size} files`);
    assert.deepEqual(failures, []);
    const counts = new Map<string, number>();
    for (const r of results.values())
      for (const f of r.findings) counts.set(`${f.ruleId} (${f.severity})`, (counts.get(`${f.ruleId} (${f.severity})`) ?? 0) + 1);
    const table = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)
      .join('\n');
    console.log(`corpus: ${results.size} files\n${table}`);
  });

  it('finds frontmatter that does not start on line 1 (0xfurai sqs-expert.md)', () => {
    const found = find('0xfurai__claude-code-subagents/agents/sqs-expert.md', 'frontmatter-not-first-line');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
  });

  it('finds `tools: *`, which Claude Code reads as every tool through its fallback quoting', () => {
    const file = 'davila7__claude-code-templates/cli-tool/components/agents/development-tools/launchdarkly-flag-cleanup.md';
    const found = find(file, 'tools-wildcard');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'information');
    // Only the fallback reads it: the quotes (yaml-syntax's fix) go first, the removal after.
    assert.ok(!found[0]!.fixes?.[0]?.isPreferred);
    const yaml = find(file, 'yaml-syntax');
    assert.equal(yaml.length, 1);
    assert.equal(yaml[0]!.severity, 'warning');
    assert.ok(yaml[0]!.fixes?.[0]?.isPreferred);
    assert.ok(everywhere('tools-wildcard').length >= 2);
  });

  it('finds display-name models and suggests the alias', () => {
    const found = everywhere('agent-model-value').filter((f) => f.message.includes('Claude Sonnet 4.5'));
    assert.ok(found.length >= 2, 'Claude Sonnet 4.5 and Claude Sonnet 4.5 (copilot) occur');
    assert.ok(found.every((f) => f.fixes?.[0]?.title === 'Change to `sonnet`'));
  });

  it('finds non-standard colours (magenta, hex)', () => {
    const messages = everywhere('agent-color-value').map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('`magenta`')));
    assert.ok(messages.some((m) => m.includes('`#')));
  });

  it('finds unquoted values strict YAML rejects and offers the quoting Claude Code itself applies', () => {
    const found = find('davila7__claude-code-templates/cli-tool/components/commands/svelte/svelte-component.md', 'yaml-syntax');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /Claude Code reads it only after quoting the value of `argument-hint`/);
    assert.match(found[0]!.fixes?.[0]?.title ?? '', /^Quote the values as Claude Code reads them$/);
    const all = everywhere('yaml-syntax');
    assert.ok(all.length > 200, `DOMAIN.md counts 239 files failing strict YAML; got ${all.length} findings`);
    assert.ok(all.filter((f) => f.fixes?.length).length / all.length > 0.9, 'most YAML errors get a fix');
  });

  it('repairs the YAML of (nearly) every broken file with the preferred fixes', () => {
    console.log(`corpus: ${yamlBroken} files fail strict YAML; ${yamlBroken - yamlUnfixed.length} parse after fix-all`);
    assert.ok(yamlBroken > 200);
    assert.ok(yamlUnfixed.length <= yamlBroken * 0.05, yamlUnfixed.slice(0, 10).join('\n'));
  });

  it('finds `<example>` descriptions and offers a block scalar', () => {
    const found = find('davila7__claude-code-templates/cli-tool/components/agents/api-graphql/api-architect.md', 'yaml-syntax');
    assert.equal(found.length, 1);
    assert.match(found[0]!.fixes?.[0]?.title ?? '', /block scalar/);
  });

  it('finds removed tools (MultiEdit) and GitHub Copilot tool vocabulary', () => {
    const removed = find('bobmatnyc__claude-mpm/examples/project_agents/.claude/agents/custom_engineer.md', 'agent-tool-removed');
    assert.ok(removed.some((f) => f.message.startsWith('`MultiEdit`')));
    assert.ok(everywhere('agent-tool-unknown').some((f) => f.message.includes('GitHub Copilot')));
  });

  it('keeps every rule below a few hundred warnings and errors (no false-alarm floods)', () => {
    // Information findings are notes, not alarms (unknown custom keys in skills, by the hundred).
    const counts = new Map<string, number>();
    for (const r of results.values())
      for (const f of r.findings) if (f.severity === 'error' || f.severity === 'warning') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    for (const [id, n] of counts) assert.ok(n < 400, `${id} fires ${n} times: review it`);
  });
});
