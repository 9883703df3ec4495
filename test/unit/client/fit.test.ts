import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitCode, fitDescription, fits, rowWidth, textWidth } from '../../../client/src/fit';

describe('tree labels that fit the default sidebar', () => {
  it('estimates drawn widths within a few pixels of what the workbench measured', () => {
    // Widths measured in code-server's sidebar (system-ui 13 px).
    for (const [text, px] of [
      ['SUCCESS_TO_QUALITY_ASSURANCE', 233],
      ['MISSING_TASK_FILES', 136],
      ['quality-assurance', 115],
      ['Commands', 74],
    ] as const) {
      assert.ok(Math.abs(textWidth(text) - px) <= 6, `${text}: ${textWidth(text).toFixed(0)} vs ${px}`);
    }
    assert.ok(Math.abs(textWidth('1 warning', true) - 58) <= 4);
  });

  it('shortens a long code in the middle, keeping its family and its target', () => {
    const width = rowWidth(3, false);
    assert.equal(fitCode('SUCCESS_TO_QUALITY_ASSURANCE', '', width), 'SUCCESS_TO_…_ASSURANCE');
    assert.equal(fitCode('MISSING_TASK_FILES', 'not routed', width), 'MISSING_TASK_FILES');
    assert.equal(fitCode('FAILURE_CONTINUE', '', width), 'FAILURE_CONTINUE');
    for (const code of ['SUCCESS_TO_QUALITY_ASSURANCE_VALIDATE_AND_REPORT', 'ENHANCEMENT_REQUIRED_FOR_PRODUCT_MANAGER']) {
      const short = fitCode(code, 'no orchestrator', width);
      assert.ok(fits(short, 'no orchestrator', width), short);
      assert.ok(short.startsWith(code.split('_')[0]!) && short.includes('…'), short);
    }
    // One long segment: its start, then an ellipsis.
    const single = fitCode('A'.repeat(40), '', width);
    assert.ok(single.endsWith('…') && fits(single, '', width), single);
  });

  it('gives a long agent name the worst problem kind only, or no text, rather than a cut one', () => {
    const width = rowWidth(2, true);
    const forms = ['1 error · 2 warnings', '1 error', ''];
    assert.equal(fitDescription('tester', forms, width), '1 error · 2 warnings');
    assert.equal(fitDescription('developer-typescript', forms, width), '1 error');
    assert.equal(fitDescription('developer-tauri-typescript', forms, width), '');
  });
});
