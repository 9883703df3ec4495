import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedPath } from '../../support/shared';
import { memoryService } from '../../support/workspace';

const SEED = sharedPath('seeds', '000_7872fdaadb89f45c.txt');

describe('seed agent', { skip: SEED ? false : 'seed not found beside the repository (../shared/seeds); set AGENT_DOCS_SHARED' }, () => {
  it('has no findings on its frontmatter when linted as an agent', () => {
    const text = readFileSync(SEED!, 'utf8');
    const { service, uri } = memoryService({ '.claude/agents/developer-tauri-rust.md': text });
    const doc = service.document(uri('.claude/agents/developer-tauri-rust.md'))!;
    assert.equal(doc.kind, 'agent');
    const closeLine = doc.lines.positionAt(doc.frontmatter!.close!.start).line;
    const inFrontmatter = service.lint(doc.uri).filter((f) => f.range.start.line <= closeLine);
    assert.deepEqual(inFrontmatter, []);
  });
});
