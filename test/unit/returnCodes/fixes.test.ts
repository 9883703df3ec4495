import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, type Finding } from '../../../server/src/core';
import { DEV, flow, ORCH, QA } from './flow';

const only = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('return-code fixes across files', () => {
  it('adds an unrouted code to the orchestrator subsection, and the finding goes away', () => {
    const { service, uri, files } = flow();
    const [finding, ...rest] = only(service.lint(uri(QA)), 'return-code-unrouted');
    assert.equal(rest.length, 0);
    assert.equal(
      finding!.message,
      '`MISSING_TASK_FILES` is declared by quality-assurance but not routed by its orchestrator: develop.md (`### quality-assurance`).',
    );
    assert.deepEqual(
      finding!.related?.map((r) => [r.location.uri, r.location.range.start.line]),
      [[uri(ORCH), 22]],
    );
    const fix = finding!.fixes![0]!;
    assert.ok(!fix.isPreferred, 'an edit in another file is offered, never applied by fix-all');
    assert.deepEqual(Object.keys(fix.edit.changes), [uri(ORCH)]);
    const fixed = applyEdits(files[ORCH]!, fix.edit.changes[uri(ORCH)]!).text;
    assert.match(fixed, /- `FAILURE_TO_DEV` - Back to development\n- `MISSING_TASK_FILES` - Task file missing\n$/);
    service.indexFile(uri(ORCH), fixed);
    assert.deepEqual(only(service.lint(uri(QA)), 'return-code-unrouted'), []);
    assert.deepEqual(only(service.lint(uri(ORCH)), 'return-code-not-declared'), []);
  });

  it('declares a routed code in the agent, after its last declaration or in a new block', () => {
    const extra = `### planner:\n- \`SUCCESS_PLANNED\` - Plan ready\n`;
    const orch = `${'## Return Codes:\n\n### developer-web:\n- `SUCCESS_TO_QUALITY_ASSURANCE` - Implementation complete\n- `TIMEOUT_CONTINUE` - Progress update\n\n'}${extra}`;
    const planner = '---\nname: planner\n---\nPlan the work.\n';
    const { service, uri, files } = flow({ [ORCH]: orch, '.claude/agents/planner.md': planner });
    const findings = only(service.lint(uri(ORCH)), 'return-code-not-declared');
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        '`TIMEOUT_CONTINUE` is routed for developer-web, but developer-web does not declare it.',
        '`SUCCESS_PLANNED` is routed for planner, but planner does not declare it.',
      ],
    );
    const dev = applyEdits(files[DEV]!, findings[0]!.fixes![0]!.edit.changes[uri(DEV)]!).text;
    assert.match(dev, /- `FAILURE_CONTINUE` - Keep iterating\n- `TIMEOUT_CONTINUE` - Progress update\n$/);
    const plannerUri = uri('.claude/agents/planner.md');
    const planned = applyEdits(planner, findings[1]!.fixes![0]!.edit.changes[plannerUri]!).text;
    assert.equal(planned, `${planner}\n\n**RETURN CODES:**\n- \`SUCCESS_PLANNED\` - Plan ready\n`);
    service.indexFile(plannerUri, planned);
    assert.equal(only(service.lint(uri(ORCH)), 'return-code-not-declared').length, 1);
  });

  it('reports nothing in a workspace where no agent declares codes', () => {
    const { service, uri } = flow({
      [QA]: '---\nname: quality-assurance\n---\nReturn `SUCCESS_TO_FL_FINAL` and never log `API_KEY`; returns `NOT_FOUND` otherwise.\n',
      [DEV]: '---\nname: developer-web\n---\nDone.\n',
      [ORCH]: '# Develop\n\n```mermaid\ngraph TD\n  A -->|FAILURE_TO_DEV| B\n```\n\n**Return Codes**: SUCCES_TO_FL_FINAL, FAILURE_TO_DEV\n',
    });
    const all = [QA, DEV, ORCH].flatMap((p) => service.lint(uri(p))).filter((f) => f.ruleId.startsWith('return-code'));
    assert.deepEqual(all, []);
    assert.equal(service.hover(uri(QA), { line: 3, character: 10 }), undefined);
  });
});
