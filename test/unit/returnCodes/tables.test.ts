import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destinationOf, stateOfInstance } from '../../../server/src/core/returnCodes/tables/actions';
import { tableColumns, tableRole } from '../../../server/src/core/returnCodes/tables/columns';
import { escalationsIn } from '../../../server/src/core/returnCodes/tables/escalation';

const STATES = new Set(['INIT', 'WORK', 'TEST', 'DONE', 'LOOP', 'QUIZ']);

describe('return-code tables: columns and roles', () => {
  it("reads resin.ai's two tables as the standard codes and the transitions", () => {
    assert.equal(tableRole(['Code', 'Description'], true), 'codes');
    assert.equal(tableRole(['Current State', 'Return Code', 'Next State Action'], true), 'transitions');
    assert.deepEqual(tableColumns(['Current State', 'Return Code', 'Next State Action']), { code: 1, state: 0, next: 2 });
  });

  it("reads an orchestration level's table as ways out of states, with or without a code column", () => {
    assert.equal(tableRole(['State Name', 'Transition State', 'Code', 'Description'], false), 'states');
    assert.equal(tableRole(['**From**', 'To'], false), 'states');
  });

  it('leaves other tables alone, and code tables outside the definition', () => {
    assert.equal(tableRole(['Code', 'Description'], false), undefined);
    assert.equal(tableRole(['Detected Scope', 'Maximum Levels in COMPLETION_PLAN', 'Description'], true), undefined);
    assert.equal(tableRole(['State Name', 'Phase Name (with Loop Indicators)', 'Suitable Agent'], true), undefined);
    assert.equal(tableRole(['Status code', 'Meaning'], true), undefined);
  });
});

describe('return-code tables: where a transition leads', () => {
  it('names the states of an action, in order, once each', () => {
    assert.deepEqual(destinationOf('Proceed to next state (LOOP or WORK)', STATES), {
      states: [
        { name: 'LOOP', index: 23 },
        { name: 'WORK', index: 31 },
      ],
      exits: false,
    });
    assert.deepEqual(
      destinationOf('Continue WORK with remaining items', STATES).states.map((s) => s.name),
      ['WORK'],
    );
    assert.deepEqual(
      destinationOf('Return to WORK with feedback; WORK again', STATES).states.map((s) => s.name),
      ['WORK'],
    );
  });

  it('tells an exit from a decision made at run time', () => {
    assert.equal(destinationOf('Exit with missing requirements error', STATES).exits, true);
    assert.equal(destinationOf('EXIT', STATES).exits, true);
    const later = destinationOf('Determine remediation path', STATES);
    assert.deepEqual([later.states, later.exits], [[], false]);
    assert.equal(destinationOf('Return to appropriate state to fulfill requirements', STATES).exits, false);
  });

  it("reads a level's instance of a state (`TASK_WORK` is `WORK`) but not prose words", () => {
    assert.equal(stateOfInstance('TASK_WORK', STATES), 'WORK');
    assert.equal(stateOfInstance('WORKFLOW', STATES), undefined);
    assert.deepEqual(destinationOf('Work on the test', STATES).states, []);
  });
});

describe('return-code tables: escalation rules', () => {
  it('reads counts and codes from the line that says escalate', () => {
    const line = '- **MUST** escalate on consecutive failures (3x FAILURE or 2x TIMEOUT)';
    assert.deepEqual(
      escalationsIn(line).map((e) => [e.count, e.code, line.slice(e.index, e.index + e.length)]),
      [
        [3, 'FAILURE', '3x FAILURE'],
        [2, 'TIMEOUT', '2x TIMEOUT'],
      ],
    );
    assert.deepEqual(escalationsIn('- Retry 3x FAILURE before giving up'), []);
  });
});
