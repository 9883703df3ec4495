/**
 * Output for people: colour only when wanted (TTY, NO_COLOR, FORCE_COLOR, flags), --quiet,
 * --stats, the progress line, --fail-level, --output, and saying so when nothing was checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { colourWanted, PLAIN, ProgressLine, ruleStats } from '../../../server/src/cli/output';
import { runCli } from '../../support/cli';
import { tempWorkspace, type TempWorkspace } from '../../support/tempWorkspace';

const ESC = '\u001b[';

describe('output for people', () => {
  let ws: TempWorkspace;
  before(() => {
    ws = tempWorkspace({
      '.claude/agents/bad.md': '---\nname: bad\ntools: Read, Bsh\ncolor: magenta\n---\nBody\n',
      '.claude/agents/also-bad.md': '---\nname: also-bad\ndescription: Fine.\ncolor: magenta\n---\nBody\n',
      'notes.txt': 'not a document\n',
    });
  });
  after(() => ws.dispose());
  const lint = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['lint', ...args], { cwd: ws.root, env });

  it('decides colour from the flag, FORCE_COLOR, NO_COLOR, TERM and the terminal, in that order', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    assert.equal(colourWanted(tty, {}), true);
    assert.equal(colourWanted(pipe, {}), false);
    assert.equal(colourWanted(tty, { NO_COLOR: '1' }), false);
    assert.equal(colourWanted(tty, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(colourWanted(tty, { TERM: 'dumb' }), false);
    assert.equal(colourWanted(pipe, { FORCE_COLOR: '1' }), true);
    assert.equal(colourWanted(pipe, { FORCE_COLOR: '' }), true);
    assert.equal(colourWanted(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), true, 'FORCE_COLOR wins, as in Node');
    assert.equal(colourWanted(tty, { FORCE_COLOR: '0' }), false);
    assert.equal(colourWanted(tty, { FORCE_COLOR: 'false' }), false);
    assert.equal(colourWanted(pipe, { FORCE_COLOR: '0' }, true), true, '--color wins over everything');
    assert.equal(colourWanted(tty, { FORCE_COLOR: '1' }, false), false, '--no-color too');
  });

  it('prints no escape codes into a pipe, and colours with FORCE_COLOR or --color but not with NO_COLOR', () => {
    assert.ok(!lint(['.']).stdout.includes(ESC));
    assert.ok(lint(['.'], { FORCE_COLOR: '1' }).stdout.includes(`${ESC}31m`));
    assert.ok(lint(['.', '--color']).stdout.includes(ESC));
    assert.ok(!lint(['.', '--color'], {}).stdout.includes(`${ESC}0m`), 'closes each style, never resets everything');
    assert.ok(!lint(['.'], { NO_COLOR: '1' }).stdout.includes(ESC));
    assert.ok(!lint(['.', '--no-color'], { FORCE_COLOR: '1' }).stdout.includes(ESC));
    assert.ok(!lint(['.', '--format', 'json'], { FORCE_COLOR: '1' }).stdout.includes(ESC), 'machine formats are never coloured');
  });

  it('--quiet reports errors only', () => {
    const all = lint(['.']);
    assert.match(all.stdout, /agent-color-value/);
    const quiet = lint(['.', '--quiet']);
    assert.equal(quiet.status, 1);
    assert.doesNotMatch(quiet.stdout, /^\s+\d+:\d+\s+warning/m);
    assert.match(quiet.stdout, /agent-description-missing/);
    assert.match(quiet.stdout, /^1 problem \(1 error, 0 warnings, 0 info\) in 2 files\.$/m);
  });

  it('--stats sums findings per rule, on stdout for people and on stderr for machine formats', () => {
    const run = lint(['.', '--stats']);
    assert.match(run.stdout, /Findings by rule:\n {2}2 {2}agent-color-value +warning\n/);
    assert.match(run.stdout, /^ {2}1 {2}agent-description-missing +error$/m);
    const json = lint(['.', '--stats', '--format', 'json']);
    assert.doesNotThrow(() => JSON.parse(json.stdout));
    assert.match(json.stderr, /Findings by rule:/);
    const finding = (ruleId: string, severity: 'error' | 'warning') => ({
      ruleId,
      severity,
      message: '',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fixable: false,
    });
    assert.equal(
      ruleStats([{ path: 'a', file: '/a', findings: [finding('b-rule', 'warning'), finding('a-rule', 'error'), finding('b-rule', 'error')] }], PLAIN),
      'Findings by rule:\n  2  b-rule  1 error, 1 warning\n  1  a-rule  error\n',
    );
  });

  it('draws a progress line only on a terminal, after a delay, and erases it', async () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 40, write: (s: string) => void written.push(s) };
    const quick = new ProgressLine(stream, true, 50);
    quick.update('early');
    assert.equal(written.length, 0, 'a short run shows nothing');
    await new Promise((r) => setTimeout(r, 60));
    quick.update('agent-docs: linting 5/10 files in a folder with a very long name');
    quick.update('redrawn too soon');
    assert.equal(written.length, 1);
    assert.ok(written[0]!.startsWith('\r\u001b[K') && written[0]!.length <= 4 + 39, 'cut to the terminal width');
    quick.clear();
    assert.equal(written.at(-1), '\r\u001b[K');
    const piped: string[] = [];
    const off = new ProgressLine({ isTTY: false, write: (s: string) => void piped.push(s) }, undefined, 0);
    off.update('x');
    off.clear();
    assert.deepEqual(piped, []);
  });

  it('--fail-level decides which findings fail the run', () => {
    assert.equal(lint(['.claude/agents/also-bad.md']).status, 0, 'a warning does not fail by default');
    assert.equal(lint(['.claude/agents/also-bad.md', '--fail-level', 'warning']).status, 1);
    assert.equal(lint(['.', '--fail-level', 'none']).status, 0);
    const bad = lint(['.', '--fail-level', 'fatal']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown fail level "fatal"/);
  });

  it('--output writes the report to a file', () => {
    const run = lint(['.', '--format', 'sarif', '--output', 'report.sarif']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const log = JSON.parse(readFileSync(join(ws.root, 'report.sarif'), 'utf8'));
    assert.equal(log.version, '2.1.0');
    const location = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(location.uriBaseId, '%SRCROOT%');
    assert.match(location.uri, /^\.claude\/agents\/(also-)?bad\.md$/);
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `file://${ws.root}/`);
  });

  it('says so when none of the paths given is an agent document', () => {
    const run = lint(['notes.txt']);
    assert.equal(run.status, 0);
    assert.equal(
      run.stdout,
      'Nothing checked: no agent documents among the paths given.\n1 file given was not checked: it is not an agent document, or the configuration ignores it.\n',
    );
    const json = lint(['notes.txt', '--format', 'json']);
    assert.equal(json.stdout, '[]\n');
    assert.match(json.stderr, /Nothing checked/);
  });
});
