/**
 * Agent collections without configuration (issue #12): department folders of agents are checked as
 * agents wherever they live; a skill's own prompt documents stay quiet.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryService } from '../../support/workspace';

const agent = (name: string, extra = 'tools: Read, Grep') => `---\nname: ${name}\ndescription: Use for ${name} work\n${extra}\n---\n\nYou are ${name}.\n`;

describe('agent collections without configuration', () => {
  it('checks `engineering/*.md` as agents when the folder holds several of them', () => {
    const { service, uri } = memoryService({
      'engineering/backend-architect.md': agent('backend-architect', 'tools: Read, Grepp'),
      'engineering/frontend-developer.md': agent('frontend-developer'),
      'design/ui-designer.md': agent('ui-designer', 'color: magenta'),
      'design/brand-guardian.md': agent('brand-guardian', 'color: blue'),
    });
    const doc = service.document(uri('engineering/backend-architect.md'));
    assert.equal(doc?.kind, 'agent');
    assert.ok(service.lint(uri('engineering/backend-architect.md')).some((f) => f.ruleId === 'agent-tool-unknown'));
    assert.ok(service.lint(uri('design/ui-designer.md')).some((f) => f.ruleId === 'agent-color-value'));
  });

  it('leaves a lone file, or files without an agent-only field, as Markdown', () => {
    const { service, uri } = memoryService({
      'notes/one.md': agent('one'),
      'notes/readme.md': '# Notes\n',
      'docs/a.md': '---\nname: a\ndescription: A page\n---\n',
      'docs/b.md': '---\nname: b\ndescription: Another page\n---\n',
    });
    assert.equal(service.document(uri('notes/one.md'))?.kind, 'markdown');
    assert.equal(service.document(uri('docs/a.md'))?.kind, 'markdown');
  });

  it("keeps a skill's own agents/*.md without frontmatter quiet, and still checks one with frontmatter", () => {
    const { service, uri } = memoryService({
      'skills/review/SKILL.md': '---\nname: review\ndescription: Reviews code\n---\n\nRead agents/grader.md.\n',
      'skills/review/agents/grader.md': '# Grader\n\nYou grade the review.\n',
      'agents/notes.md': '# Notes about our agents\n',
    });
    assert.equal(service.document(uri('skills/review/agents/grader.md'))?.kind, 'markdown');
    assert.deepEqual(service.lint(uri('skills/review/agents/grader.md')), []);
    // An agents folder that is not a skill's is still an agent folder.
    assert.equal(service.document(uri('agents/notes.md'))?.kind, 'agent');
  });
});

describe('agent names as Claude Code reads them', () => {
  it('gives no name to an agent whose frontmatter it cannot read (CRLF: no fallback quoting)', () => {
    const lf = '---\nname: gdpr\ndescription: Use when: GDPR questions come up\ntools: Read\n---\nBody\n';
    const { service, uri } = memoryService({
      'plugins/kit/agents/gdpr.md': lf,
      'plugins/kit/agents/gdpr-copy.md': lf.replace(/\n/g, '\r\n'),
    });
    const dup = service.lint(uri('plugins/kit/agents/gdpr.md')).filter((f) => f.ruleId === 'agent-name-duplicate');
    assert.deepEqual(dup, [], 'the CRLF copy loads as `gdpr-copy`, its file name');
  });
});
