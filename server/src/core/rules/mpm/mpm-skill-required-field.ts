import { fieldsOf } from '../../document/parse';
import { isMpmBundledFolderSkill } from '../../framework/claudeMpmKinds';
import { MPM_SKILL_REQUIRED } from '../../spec/claudeMpm';
import { hasCleanFrontmatter } from '../../fields/health';
import type { Rule } from '../types';

export const mpmSkillRequiredField: Rule = {
  id: 'mpm-skill-required-field',
  description:
    'A claude-mpm bundled skill lacks a field its skill validator requires (`name`, `description`, `version`, `category`, `progressive_disclosure`).',
  severity: 'warning',
  kinds: ['skill'],
  fixable: false,
  consequence: {
    text: 'Claude Code needs none of these fields; claude-mpm\'s skill validator fails the skill ("Missing required field"): `claude-mpm skills validate` reports it (its deployment copies the skill anyway).',
    evidence: [
      "claude-mpm's SKILL.md format specification (rule 5), skills_service.py (`validate_skill`, not called by `deploy_bundled_skills`) and scripts/validate_skills.py, v4.21.0 and main of July 2026",
    ],
  },
  docs: `claude-mpm's skill validator (\`claude-mpm skills validate\`, \`scripts/validate_skills.py\`,
rule 5 of its SKILL.md format specification) requires five top-level fields in every bundled folder
skill (\`skills/bundled/<category>/<name>/SKILL.md\`): \`name\`, \`description\`, \`version\`,
\`category\` and \`progressive_disclosure\`, and answers "Missing required field: version" for each
one that is absent. Claude Code itself needs none of them, so this is a warning about claude-mpm's
own check, reported once per file at the opening \`---\`:

\`\`\`yaml
---
name: root-cause-tracing
description: Trace bugs backward through the call stack
version: 2.0.0            # required by claude-mpm
category: debugging       # required by claude-mpm (missing here: reported)
progressive_disclosure:   # required by claude-mpm
  entry_point:
    summary: ...
---
\`\`\`

Only claude-mpm's bundled skills are checked: skills of a companion skills repository keep \`version\`
and \`category\` in a \`metadata.json\` beside the SKILL.md. There is no fix: only you know the version
and category. Off outside claude-mpm projects (see docs/claude-mpm.md).`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.framework !== 'claude-mpm' || !isMpmBundledFolderSkill(doc.uri) || !hasCleanFrontmatter(doc)) return;
    const present = new Set(fieldsOf(doc).map((f) => f.key));
    const missing = MPM_SKILL_REQUIRED.filter((k) => !present.has(k));
    if (missing.length === 0) return;
    const fm = doc.frontmatter!;
    const list = missing.map((k) => `\`${k}\``);
    const fields = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    ctx.report({
      start: fm.openStart,
      end: fm.openStart + 3,
      message: `claude-mpm's skill validator requires ${fields}: \`claude-mpm skills validate\` reports "Missing required field: ${missing[0]}"${missing.length > 1 ? ' (and the others)' : ''} for this skill.`,
    });
  },
};
