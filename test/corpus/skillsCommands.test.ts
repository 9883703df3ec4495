/**
 * Skills, commands and damaged text over the shared corpus of real files, read in place: nothing
 * crashes, per-rule counts are printed, known real irregularities are found, and damaged-text stays
 * silent on undamaged files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { AgentDocsService, mergeConfig, type Finding } from '../../server/src/core';
import { pathToUri } from '../../server/src/host/files';
import { sharedPath } from '../support/shared';

const CORPUS = sharedPath('corpus');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(md|markdown)$/i.test(name) ? [p] : [];
  });
}

interface Run {
  byRule: Map<string, { file: string; finding: Finding }[]>;
  kinds: Map<string, number>;
  failures: string[];
}

function lintCorpus(target: 'claude-code' | 'agent-skills'): Run {
  const files = walk(CORPUS!);
  const texts = new Map(files.map((f) => [pathToUri(f), readFileSync(f, 'utf8')]));
  const failures: string[] = [];
  const service = new AgentDocsService({
    host: { readFile: (u) => texts.get(u), log: (m) => failures.push(m) },
    config: mergeConfig({ skills: { target } }),
    roots: [pathToUri(CORPUS!)],
  });
  for (const [u, t] of texts) service.indexFile(u, t);
  const run: Run = { byRule: new Map(), kinds: new Map(), failures };
  for (const file of files) {
    const uri = pathToUri(file);
    const kind = service.document(uri)?.kind ?? 'none';
    run.kinds.set(kind, (run.kinds.get(kind) ?? 0) + 1);
    for (const finding of service.lint(uri)) {
      const list = run.byRule.get(finding.ruleId) ?? [];
      list.push({ file: relative(CORPUS!, file), finding });
      run.byRule.set(finding.ruleId, list);
    }
  }
  return run;
}

function print(label: string, run: Run): void {
  const counts = [...run.byRule]
    .map(([id, list]) => `${id}=${list.length}`)
    .sort()
    .join(' ');
  console.log(`${label}: kinds ${JSON.stringify(Object.fromEntries(run.kinds))}\n  ${counts}`);
}

const found = (run: Run, ruleId: string, file: RegExp, message?: RegExp) =>
  (run.byRule.get(ruleId) ?? []).some((x) => file.test(x.file) && (!message || message.test(x.finding.message)));

describe('skills, commands and damaged text on the real corpus', { skip: CORPUS ? false : 'shared corpus not present' }, () => {
  const claude = CORPUS ? lintCorpus('claude-code') : undefined;

  it('lints every file without a rule failing', () => {
    print('claude-code target', claude!);
    assert.deepEqual(claude!.failures, []);
    assert.ok((claude!.kinds.get('skill') ?? 0) > 1000 && (claude!.kinds.get('command') ?? 0) > 300);
  });

  it('finds no damaged text in undamaged files', () => {
    assert.deepEqual(
      (claude!.byRule.get('damaged-text') ?? []).map((x) => x.file),
      [],
    );
  });

  it('finds the known irregularities of real skills and commands', () => {
    const r = claude!;
    assert.ok(found(r, 'skill-name-format', /brainstorming\/SKILL\.md$/, /Brainstorming Ideas Into Designs/), 'display-style skill name');
    assert.ok(found(r, 'skill-name-duplicate', /document-processing\/pdf-anthropic\/SKILL\.md$/), 'copied skill keeps its name');
    assert.ok(found(r, 'argument-hint-list', /automation\/act\.md$/, /\[workflow-name\]/), 'argument-hint read as a list');
    assert.ok(found(r, 'argument-placeholder-off-by-one', /verify-receipt\.md$/, /`\$1` is the 2nd argument/), '1-based $1');
    assert.ok(
      found(r, 'skill-tool-unknown', /azure-role-selector\.md$/, /GitHub Copilot \(VS Code\) tool names \(`MCP\/documentation`/),
      "another product's tool names in allowed-tools, one finding",
    );
    assert.ok(found(r, 'skill-metadata-type', /swarmvault\/SKILL\.md$/), 'metadata written as a JSON string');
    // `argument-hint: [a] [b]` breaks YAML: reported on that line (yaml-syntax), never as a crash.
    const hintErrors = (r.byRule.get('yaml-syntax') ?? []).filter((x) =>
      /argument-hint/.test(readFileSync(join(CORPUS!, x.file), 'utf8').split(/\r?\n/)[x.finding.range.start.line] ?? ''),
    );
    assert.ok(
      hintErrors.length >= 150 && hintErrors.every((x) => x.finding.fixes?.some((f) => f.isPreferred)),
      `unquoted argument-hint lists reported: ${hintErrors.length}`,
    );
    // Quoted flow-list tools are names, not unknown tools.
    assert.ok(!found(r, 'skill-tool-unknown', /business-case\.md$/));
  });

  it('holds skills to the Agent Skills specification when that is the target', () => {
    const portable = lintCorpus('agent-skills');
    print('agent-skills target', portable);
    assert.deepEqual(portable.failures, []);
    assert.ok(found(portable, 'skill-description-length', /productivity\/devil\/SKILL\.md$/, /1178 characters/), 'description over 1,024');
    const unknown = portable.byRule.get('skill-unknown-field') ?? [];
    assert.ok(unknown.length > (claude!.byRule.get('skill-unknown-field')?.length ?? 0), 'Claude Code fields are unknown to the portable spec');
    assert.ok(unknown.every((x) => x.finding.severity === 'error'));
  });
});
