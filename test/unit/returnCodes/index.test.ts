import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RETURN_CODE_REFERENCES_KEY, RETURN_CODES_KEY } from '../../../server/src/core/workspace/indexers/returnCodes';
import { catalogOf } from '../../../server/src/core/returnCodes/workspace';
import { flow, FLOW, ORCH, QA } from './flow';

describe('return-code index', () => {
  it('keeps the catalog when only prose changes, and rebuilds it when a declaration changes', () => {
    const { service, uri } = flow();
    const before = catalogOf(service.index);
    const protocol = service.index.generation(RETURN_CODES_KEY);
    const refs = service.index.generation(RETURN_CODE_REFERENCES_KEY);
    service.openDocument(uri(ORCH), 2, FLOW[ORCH]!.replace('When QA returns `FAILURE_TO_DEV`', 'When QA returns `FAILURE_TO_DEV` or `CRITICAL_FAILURE`'));
    assert.equal(service.index.generation(RETURN_CODES_KEY), protocol, 'no declaration or mirror changed');
    assert.equal(service.index.generation(RETURN_CODE_REFERENCES_KEY), refs + 1);
    assert.equal(catalogOf(service.index), before, 'cached');
    assert.deepEqual(service.rulesAffectedBy([RETURN_CODE_REFERENCES_KEY]), []);

    service.openDocument(uri(QA), 2, FLOW[QA]!.replace('- `MISSING_TASK_FILES` - Task file missing\n', ''));
    const after = catalogOf(service.index);
    assert.notEqual(after, before);
    assert.equal(after.declared.has('MISSING_TASK_FILES'), false);
    // The second generation's rules read agents' names from the same facts.
    assert.deepEqual(
      service
        .rulesAffectedBy([RETURN_CODES_KEY])
        .map((r) => r.id)
        .sort(),
      [
        'return-code-agent-silent',
        'return-code-mirror-agent-unknown',
        'return-code-not-declared',
        'return-code-state-dead-end',
        'return-code-state-missing',
        'return-code-state-unrouted',
        'return-code-undefined',
        'return-code-unknown',
        'return-code-unrouted',
      ],
    );
  });
});
