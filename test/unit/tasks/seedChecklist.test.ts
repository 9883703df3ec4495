/**
 * The damaged-text seed spells the checklist markers as mojibake (`â¬œ â†’ ðŸ”„ â†’ âœ…`): used as
 * list markers they are not a checklist; repaired, they read as to do, in progress and done.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDocument, repairDamagedText } from '../../../server/src/core';
import { checklistItems, countItems } from '../../../server/src/core/tasks/checklist';
import { sharedPath } from '../../support/shared';

const SEED = sharedPath('seeds', '000_7872fdaadb89f45c.txt');
const URI = 'file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01%20-%20A%20-%20B%20-%20C.md';

describe('checklist markers in the damaged seed', { skip: !SEED && 'seed not available' }, () => {
  const seed = readFileSync(SEED!, 'utf8');
  const damagedLine = seed.split('\n').find((l) => l.includes('Update checklist items from'))!;

  it('repairing the seed gives the ⬜ → 🔄 → ✅ progression', () => {
    assert.ok(damagedLine, 'the seed line naming the progression');
    assert.ok(!damagedLine.includes('⬜'));
    const repaired = repairDamagedText(seed)
      .split('\n')
      .find((l) => l.includes('Update checklist items from'))!;
    assert.match(repaired, /from ⬜ → 🔄 → ✅ as/);
  });

  it('repairing the seed then parsing its checklist reads the ⬜/🔄/✅ markers', () => {
    // The seed's own damaged markers, in its order, as the items of a task checklist.
    const markers = /from (.*) as implementation/.exec(damagedLine)![1]!.split(/\s+\S+\s+/);
    assert.equal(markers.length, 3);
    const checklist = `# Task [0001.01.01] - C\n\n## Success Criteria\n\n${markers.map((m, i) => `- ${m} step ${i + 1}`).join('\n')}\n`;
    const damaged = parseDocument(URI, 1, checklist, 'task');
    assert.equal(checklistItems(damaged).length, 0, 'mojibake markers are not a checklist');
    const repaired = parseDocument(URI, 2, repairDamagedText(checklist), 'task');
    const items = checklistItems(repaired);
    assert.deepEqual(
      items.map((i) => [i.style, i.state, i.text]),
      [
        ['emoji', 'todo', 'step 1'],
        ['emoji', 'inProgress', 'step 2'],
        ['emoji', 'done', 'step 3'],
      ],
    );
    assert.deepEqual(countItems(items), { done: 1, inProgress: 1, todo: 1, total: 3 });
  });
});
