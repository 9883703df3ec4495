import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core/document/parse';
import { returnCodesOf } from '../../../server/src/core/returnCodes/extract';
import { agentMatches, isFamilyCode, toUpperSnake } from '../../../server/src/core/returnCodes/conventions';
import { FLOW, ORCH, QA } from './flow';

const parse = (path: string, kind: 'agent' | 'command', text = FLOW[path]!) => parseDocument(`file:///ws/${path}`, 1, text, kind);
const spanText = (text: string, o: { start: number; end: number }) => text.slice(o.start, o.end);

describe('return-code model', () => {
  it('finds declarations with exact offsets, owned by the frontmatter name', () => {
    const doc = parse(QA, 'agent');
    const model = returnCodesOf(doc);
    assert.equal(model.agent, 'quality-assurance');
    assert.deepEqual(
      model.declarations.map((d) => [d.code, spanText(doc.text, d), d.description]),
      [
        ['SUCCESS_TO_FL_FINAL', 'SUCCESS_TO_FL_FINAL', 'Validation passed, ready for business validation'],
        ['FAILURE_TO_DEV', 'FAILURE_TO_DEV', 'Back to development with feedback'],
        ['MISSING_TASK_FILES', 'MISSING_TASK_FILES', 'Task file missing'],
      ],
    );
    assert.equal(model.declarationInsertAt, doc.text.lastIndexOf('Task file missing') + 'Task file missing'.length);
  });

  it('skips fenced code but keeps prose references with their context', () => {
    const doc = parse(QA, 'agent');
    const refs = returnCodesOf(doc).references;
    assert.deepEqual(
      refs.map((r) => [r.code, r.context, spanText(doc.text, r)]),
      [
        ['SUCCESS_TO_FL_FINAL', 'return', 'SUCCESS_TO_FL_FINAL'],
        ['API_KEY', 'inline', 'API_KEY'],
      ],
    );
    assert.equal(refs[0]!.start, doc.text.indexOf('SUCCESS_TO_FL_FINAL'));
  });

  it('reads orchestrator mirrors, glob names included, plus Mermaid and summary references', () => {
    const doc = parse(ORCH, 'command');
    const model = returnCodesOf(doc);
    assert.deepEqual(
      model.mirrors.map((m) => [m.pattern, spanText(doc.text, { start: m.nameStart, end: m.nameEnd }), m.entries.map((e) => e.code)]),
      [
        ['developer-*', 'developer-*', ['SUCCESS_TO_QUALITY_ASSURANCE', 'FAILURE_CONTINUE']],
        ['quality-assurance', 'quality-assurance', ['SUCCESS_TO_FL_FINAL', 'FAILURE_TO_DEV']],
      ],
    );
    assert.deepEqual(model.declarations, [], 'a command declares nothing');
    assert.deepEqual(
      model.references.map((r) => `${r.context}:${spanText(doc.text, r)}`),
      ['summary:SUCCESS_TO_FL_FINAL', 'summary:FAILURE_TO_DEV', 'return:FAILURE_TO_DEV', 'mermaid:SUCCESS_TO_QUALITY_ASSURANCE', 'mermaid:SUCCESS_TO_FL_FINAL'],
    );
    const last = model.mirrors[1]!;
    assert.equal(doc.text.slice(last.insertAt - 'Back to development'.length, last.insertAt), 'Back to development');
  });

  it('takes a heading form, falls back to the file name, and ignores a prose summary line', () => {
    const text = '# Helper\n\n## Return Codes\n\n- `SUCCESS_HELPED` - Helped\n* `FAILURE_HELP`: Could not help\n\n**Return Codes**: State transition signals\n';
    const model = returnCodesOf(parse('.claude/agents/helper-bot.md', 'agent', text));
    assert.equal(model.agent, 'helper-bot');
    assert.deepEqual(
      model.declarations.map((d) => [d.code, d.description]),
      [
        ['SUCCESS_HELPED', 'Helped'],
        ['FAILURE_HELP', 'Could not help'],
      ],
    );
    assert.deepEqual(model.references, []);
  });

  it('ends a label block at the first line that is not an item', () => {
    const text = '**RETURN CODES:**\n- `SUCCESS_A` - a\n\nSome prose.\n- `SUCCESS_B` - not a declaration\n';
    const model = returnCodesOf(parse('.claude/agents/a.md', 'agent', text));
    assert.deepEqual(
      model.declarations.map((d) => d.code),
      ['SUCCESS_A'],
    );
    assert.deepEqual(
      model.references.map((r) => r.code),
      ['SUCCESS_B'],
    );
  });

  it('keeps exact offsets with CRLF line ends, double-backtick spans and a ~~~ Mermaid fence', () => {
    const text =
      '---\r\nname: crlf\r\n---\r\n~~~mermaid\r\nA -.->| SUCCESS_X | B\r\n~~~\r\nReturn ``FAILURE_Y`` now.\r\n**RETURN CODES:**\r\n- `SUCCESS_X` - done\r\n';
    const doc = parse('.claude/agents/crlf.md', 'agent', text);
    const model = returnCodesOf(doc);
    assert.equal(model.eol, '\r\n');
    assert.deepEqual(
      model.declarations.map((d) => [spanText(text, d), text.slice(d.lineStart, d.lineEnd)]),
      [['SUCCESS_X', '- `SUCCESS_X` - done']],
    );
    assert.deepEqual(
      model.references.map((r) => `${r.context}:${spanText(text, r)}`),
      ['return:FAILURE_Y', 'mermaid:SUCCESS_X'],
    );
  });

  it('computes the model once per version', () => {
    const doc = parse(QA, 'agent');
    assert.equal(returnCodesOf(doc), returnCodesOf(doc));
  });

  it('knows the families, globs and the UPPER_SNAKE spelling', () => {
    assert.ok(isFamilyCode('MISSING_TASK_FILES') && isFamilyCode('CRITICAL_FAILURE') && isFamilyCode('ENHANCEMENT_REQUIRED'));
    assert.ok(!isFamilyCode('API_KEY') && !isFamilyCode('SUCCESS') && !isFamilyCode('NODE_ENV'));
    assert.ok(agentMatches('developer-*', 'developer-tauri-rust') && !agentMatches('developer-*', 'feature-lead'));
    assert.ok(agentMatches('qa', 'qa') && !agentMatches('qa', 'qa-lead'));
    assert.equal(toUpperSnake('success-to-qa'), 'SUCCESS_TO_QA');
    assert.equal(toUpperSnake('FailureBlocked'), 'FAILURE_BLOCKED');
  });
});
