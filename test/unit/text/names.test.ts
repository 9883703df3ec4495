import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basename, decodeSafe } from '../../../server/src/core';
import { didYouMean, sameLetters } from '../../../server/src/core/text/similarity';

describe('names and suggestions', () => {
  it('decodes percent-escapes and keeps text that is not valid escaping', () => {
    assert.equal(decodeSafe('My%20Agent'), 'My Agent');
    assert.equal(decodeSafe('100%'), '100%');
    assert.equal(basename('file:///w/.claude/commands/50%25%20off.md'), '50% off.md');
    assert.equal(basename('file:///w/odd/100%.md'), '100%.md');
  });

  it('one did-you-mean: same letters first, then a close typo, else nothing', () => {
    assert.equal(sameLetters('allowed_tools', ['allowed-tools', 'model']), 'allowed-tools');
    assert.equal(didYouMean('AllowedTools', ['allowed-tools', 'model']), 'allowed-tools');
    assert.equal(didYouMean('modle', ['allowed-tools', 'model']), 'model');
    assert.equal(didYouMean('colour-scheme', ['allowed-tools', 'model']), undefined);
  });
});
