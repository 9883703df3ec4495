/**
 * Baselines end to end through the CLI: write, edit around a finding (still suppressed), add a
 * problem (reported), duplicates counted, vanished findings dropped on the next write, paths
 * relative to the baseline file, and a missing or broken baseline a clear error (exit 2).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fingerprint } from '../../../server/src/cli/baseline';
import type { Finding } from '../../../server/src/core';
import { runCli } from '../../support/cli';
import { tempWorkspace, type TempWorkspace } from '../../support/tempWorkspace';

const AGENT = '---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Bsh\n---\nBody\n';

interface BaselineJson {
  version: number;
  findings: { file: string; rule: string; fingerprint: string; count: number; message: string }[];
}

describe('lint --baseline / --write-baseline', () => {
  let ws: TempWorkspace;
  const readJson = (p: string) => JSON.parse(readFileSync(join(ws.root, p), 'utf8')) as BaselineJson;
  const lint = (...args: string[]) => runCli(['lint', ...args], { cwd: ws.root });

  beforeEach(() => {
    ws = tempWorkspace({ '.claude/agents/reviewer.md': AGENT, '.claude/agents/clean.md': '---\nname: clean\ndescription: Fine.\n---\nBody\n' });
  });
  afterEach(() => ws.dispose());

  it('records today’s findings, then reports only new ones, edits elsewhere notwithstanding', () => {
    assert.match(lint('.').stdout, /agent-tool-unknown/);
    const write = lint('.', '--write-baseline', 'agent-docs.baseline.json');
    assert.equal(write.status, 0, write.stdout + write.stderr);
    assert.match(write.stderr, /wrote 1 finding to the baseline agent-docs\.baseline\.json/);
    assert.match(write.stdout, /No problems in 2 files\.\n1 finding in the baseline not shown\./);
    const file = readJson('agent-docs.baseline.json');
    assert.equal(file.version, 1);
    assert.deepEqual(
      file.findings.map((f) => [f.file, f.rule, f.count]),
      [['.claude/agents/reviewer.md', 'agent-tool-unknown', 1]],
    );

    // A line added above the finding, and the body rewritten: the finding is still the known one.
    ws.write('.claude/agents/reviewer.md', AGENT.replace('description:', 'model: sonnet\ndescription:').replace('Body', 'A new body\nwith lines'));
    const again = lint('.', '--baseline', 'agent-docs.baseline.json');
    assert.equal(again.status, 0, again.stdout);
    assert.match(again.stdout, /No problems in 2 files\./);

    // A new problem is reported, the known one still is not.
    ws.write('.claude/agents/reviewer.md', AGENT.replace('tools: Read, Bsh', 'tools: Read, Bsh\ncolor: magenta'));
    const fresh = lint('.', '--baseline', 'agent-docs.baseline.json', '--format', 'json');
    assert.equal(fresh.status, 0, 'a warning does not fail at the default fail level');
    const rules = (JSON.parse(fresh.stdout) as { findings: { ruleId: string }[] }[]).flatMap((r) => r.findings.map((f) => f.ruleId));
    assert.deepEqual(rules, ['agent-color-value']);
    ws.write('.claude/agents/other.md', '---\nname: other\n---\nNo description.\n');
    const failing = lint('.', '--baseline', 'agent-docs.baseline.json');
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /agent-description-missing/);
    assert.doesNotMatch(failing.stdout, /agent-tool-unknown/);
  });

  it('counts identical findings: two recorded, a third is new', () => {
    ws.write('docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Shop.md', '# Epic 0001: Shop\n');
    const line = 'See Task 0001.01.09.\n\n';
    ws.write('notes.md', `# Notes\n\n${line}${line}`);
    assert.equal(lint('.', '--write-baseline', 'b.json').status, 0);
    const entry = readJson('b.json').findings.find((f) => f.rule === 'task-reference-missing')!;
    assert.equal(entry.count, 2);
    ws.write('notes.md', `# Notes\n\nA new first paragraph.\n\n${line}${line}${line}`);
    const run = lint('.', '--baseline', 'b.json', '--format', 'json');
    const found = (JSON.parse(run.stdout) as { path: string; findings: { ruleId: string; range: { start: { line: number } } }[] }[]).flatMap((r) => r.findings);
    // The last of the three identical findings is the new one.
    assert.deepEqual(
      found.map((f) => [f.ruleId, f.range.start.line]),
      [['task-reference-missing', 8]],
    );
  });

  it('drops findings that disappeared, keeps other files’ entries, and sorts entries stably', () => {
    ws.write('.claude/agents/second.md', '---\nname: second\ndescription: Two.\ncolor: magenta\n---\nBody\n');
    assert.equal(lint('.', '--write-baseline', 'b.json').status, 0);
    const before = readFileSync(join(ws.root, 'b.json'), 'utf8');
    assert.deepEqual(
      readJson('b.json').findings.map((f) => f.file),
      ['.claude/agents/reviewer.md', '.claude/agents/second.md'],
    );
    // Rewriting with nothing changed changes nothing.
    assert.equal(lint('.', '--write-baseline', 'b.json').status, 0);
    assert.equal(readFileSync(join(ws.root, 'b.json'), 'utf8'), before);
    // Fixed in one file, linted alone: that file's entry goes, the other file's stays.
    ws.write('.claude/agents/reviewer.md', AGENT.replace(', Bsh', ''));
    assert.equal(lint('.claude/agents/reviewer.md', '--write-baseline', 'b.json').status, 0);
    assert.deepEqual(
      readJson('b.json').findings.map((f) => f.file),
      ['.claude/agents/second.md'],
    );
    // A deleted file's entries go at the next write.
    unlinkSync(join(ws.root, '.claude/agents/second.md'));
    assert.equal(lint('.claude/agents/clean.md', '--write-baseline', 'b.json').status, 0);
    assert.deepEqual(readJson('b.json').findings, []);
  });

  it('works from any working directory: paths are relative to the baseline file', () => {
    mkdirSync(join(ws.root, 'ci'));
    assert.equal(lint('.', '--write-baseline', 'ci/baseline.json').status, 0);
    assert.equal(readJson('ci/baseline.json').findings[0]!.file, '../.claude/agents/reviewer.md');
    const outside = mkdtempSync(join(tmpdir(), 'agent-docs-cwd-'));
    try {
      const run = runCli(['lint', ws.root, '--baseline', join(ws.root, 'ci/baseline.json')], { cwd: outside });
      assert.equal(run.status, 0, run.stdout);
      const inside = runCli(['lint', '.', '--baseline', '../../ci/baseline.json'], { cwd: join(ws.root, '.claude/agents') });
      assert.equal(inside.status, 0, inside.stdout);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a missing or broken baseline with a clear error (exit 2), never treating it as empty', () => {
    const missing = lint('.', '--baseline', 'nope.json');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /baseline file not found: nope\.json \(create it with --write-baseline nope\.json\)/);
    assert.equal(missing.stdout, '', 'nothing linted');
    for (const [text, message] of [
      ['{"version": 1, "findings": [', /is not valid JSON/],
      ['[]', /not an agent-docs baseline: expected a JSON object/],
      ['{"findings": []}', /"version" must be 1/],
      ['{"version": 2, "findings": []}', /version 2, newer than this agent-docs reads/],
      ['{"version": 1, "findings": [{"file": "a.md", "rule": "x", "fingerprint": "y", "count": 0}]}', /findings\[0\]\.count/],
      ['{"version": 1, "findings": [{"file": "a.md", "rule": "x"}]}', /findings\[0\]\.fingerprint/],
    ] as const) {
      writeFileSync(join(ws.root, 'bad.json'), text);
      const run = lint('.', '--baseline', 'bad.json');
      assert.equal(run.status, 2, text);
      assert.match(run.stderr, message, text);
      // --write-baseline does not overwrite a file it cannot read either.
      const overwrite = lint('.', '--write-baseline', 'bad.json');
      assert.equal(overwrite.status, 2, text);
      assert.equal(readFileSync(join(ws.root, 'bad.json'), 'utf8'), text);
    }
  });

  it('fingerprints the flagged text and its line, not its position', () => {
    const at = (line: number, start: number, end: number): Finding => ({
      ruleId: 'r',
      severity: 'warning',
      message: 'm',
      range: { start: { line, character: start }, end: { line, character: end } },
    });
    const a = fingerprint(['x', 'tools: Read, Bsh'], at(1, 13, 16));
    assert.equal(fingerprint(['new line', 'x', 'tools:  Read,   Bsh'], at(2, 16, 19)), a, 'moved down and re-spaced');
    assert.notEqual(fingerprint(['x', 'tools: Read, Bsh, Grep'], at(1, 13, 16)), a, 'its line changed');
    assert.notEqual(fingerprint(['x', 'tools: Read, Bsh'], at(1, 7, 11)), a, 'another range on the line');
    // A range over several lines: only its first and last line count.
    const long = (middle: string) =>
      fingerprint(['---', 'name: a', middle, '---'], { ...at(0, 0, 3), range: { start: { line: 0, character: 0 }, end: { line: 3, character: 3 } } });
    assert.equal(long('model: x'), long('model: y'));
  });
});
