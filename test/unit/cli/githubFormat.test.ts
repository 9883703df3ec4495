/**
 * `--format github`: workflow commands escaped as GitHub documents them (data: `%`, CR, LF;
 * properties also `:` and `,`), read back here the way the runner reads them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, github } from '../../../server/src/cli/formatters/github';
import type { FileResult, ReportedFinding } from '../../../server/src/cli/formatters/types';
import { runCli } from '../../support/cli';
import { tempWorkspace } from '../../support/tempWorkspace';

/** What GitHub's runner does with a command line: split, then unescape properties and data. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  assert.ok(m, `a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

const finding = (message: string, severity: ReportedFinding['severity'] = 'error', ruleId = 'agent-tool-unknown'): ReportedFinding => ({
  ruleId,
  severity,
  message,
  range: { start: { line: 2, character: 7 }, end: { line: 2, character: 10 } },
  fixable: false,
});

describe('--format github', () => {
  it('escapes data and properties exactly as GitHub documents', () => {
    assert.equal(escapeData('100% done: a, b\r\nnext'), '100%25 done: a, b%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
    // `%` first: an escape sequence in the text is not decoded by the runner.
    assert.equal(escapeData('%0A'), '%250A');
  });

  it('writes one command per finding that reads back to the same file, position, rule and message', () => {
    const message = 'Tool `Bsh` at 50% confidence: did you mean `Bash`, `Bash(git:*)`?\nSecond line\r\nthird %0A';
    const results: FileResult[] = [
      {
        path: 'agents/a,b:c.md',
        file: '/ws/agents/a,b:c.md',
        findings: [finding(message), finding('plain', 'warning'), finding('info', 'information'), finding('hint', 'hint')],
      },
      { path: 'clean.md', file: '/ws/clean.md', findings: [] },
    ];
    const lines = github('/ws')(results).trimEnd().split('\n');
    assert.equal(lines.length, 4, 'one line per finding: newlines inside messages are escaped');
    const first = parseCommand(lines[0]!);
    assert.equal(first.command, 'error');
    assert.deepEqual(first.props, { file: 'agents/a,b:c.md', line: '3', col: '8', endLine: '3', endColumn: '11', title: 'agent-tool-unknown' });
    assert.equal(first.message, message);
    assert.match(
      lines[0]!,
      /^::error file=agents\/a%2Cb%3Ac\.md,line=3,col=8,endLine=3,endColumn=11,title=agent-tool-unknown::Tool `Bsh` at 50%25 confidence: did you mean `Bash`, `Bash\(git:\*\)`\?%0ASecond line%0D%0Athird %250A$/,
    );
    assert.deepEqual(
      lines.map((l) => parseCommand(l).command),
      ['error', 'warning', 'notice', 'notice'],
    );
  });

  it('gives paths relative to GITHUB_WORKSPACE, and as shown for files outside it', () => {
    const results: FileResult[] = [
      { path: '../elsewhere/x.md', file: '/elsewhere/x.md', findings: [finding('m')] },
      { path: 'sub/y.md', file: '/ws/repo/sub/y.md', findings: [finding('m')] },
    ];
    const lines = github('/ws/repo')(results).trimEnd().split('\n');
    assert.equal(parseCommand(lines[0]!).props.file, '../elsewhere/x.md');
    assert.equal(parseCommand(lines[1]!).props.file, 'sub/y.md');
  });

  it('annotates a real lint from the CLI, relative to GITHUB_WORKSPACE whatever the working directory', () => {
    const ws = tempWorkspace({ '.claude/agents/a, b: c.md': '---\nname: a\ndescription: Reviews code.\ntools: Bsh\n---\nBody\n' });
    try {
      const run = runCli(['lint', '--format', 'github', '.claude'], { cwd: ws.root, env: { GITHUB_WORKSPACE: ws.root } });
      assert.equal(run.status, 1, run.stderr);
      const commands = run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::'))
        .map(parseCommand);
      const unknown = commands.find((c) => c.props.title === 'agent-tool-unknown');
      assert.ok(unknown, run.stdout);
      assert.equal(unknown.command, 'warning');
      assert.deepEqual(unknown.props, { file: '.claude/agents/a, b: c.md', line: '4', col: '8', endLine: '4', endColumn: '11', title: 'agent-tool-unknown' });
      assert.match(run.stdout, /^agent-docs: 2 problems \(1 error, 1 warning, 0 info\) in 1 file\.$/m);
      const fromInside = runCli(['lint', '--format', 'github', '.'], { cwd: `${ws.root}/.claude/agents`, env: { GITHUB_WORKSPACE: ws.root } });
      assert.deepEqual(fromInside.stdout, run.stdout);
    } finally {
      ws.dispose();
    }
  });
});
