import { field } from '../../document/parse';
import { isScalar, scalarString } from '../../document/yamlFields';
import { isMpmBundledFolderSkill } from '../../framework/claudeMpmKinds';
import { MPM_SKILL_CATEGORIES } from '../../spec/claudeMpm';
import { didYouMean } from '../../text/similarity';
import { hasCleanFrontmatter } from '../../fields/health';
import type { Rule } from '../types';

export const mpmSkillCategoryValue: Rule = {
  id: 'mpm-skill-category-value',
  description: "A claude-mpm bundled skill's `category` is not one its skill validator accepts.",
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'claude-mpm\'s skill validation script fails a bundled skill whose `category` is not one of its eight ("Invalid category").',
    evidence: ["claude-mpm's SKILL.md format specification (rule 10) and scripts/validate_skills.py, v4.21.0 and main of July 2026"],
  },
  docs: `claude-mpm's skill validation script (\`scripts/validate_skills.py\`, rule 10 of its SKILL.md
format specification) accepts eight categories for a bundled skill: \`development\`, \`testing\`,
\`debugging\`, \`collaboration\`, \`infrastructure\`, \`documentation\`, \`integration\` and \`meta\`.
Any other value fails it with "Invalid category" (\`claude-mpm skills validate\` checks only that the
field is there). A close match is offered as a fix (not applied
by fix-all: the category files the skill). Only for \`skills/bundled/<category>/<name>/SKILL.md\` in
claude-mpm projects (see docs/claude-mpm.md).

\`\`\`yaml
# src/claude_mpm/skills/bundled/ops/deploy/SKILL.md
category: operations-and-release   # "Invalid category": use one of the validator's categories
\`\`\``,
  check(ctx) {
    const { doc } = ctx;
    if (doc.framework !== 'claude-mpm' || !isMpmBundledFolderSkill(doc.uri) || !hasCleanFrontmatter(doc)) return;
    const f = field(doc, 'category');
    if (!f?.value || !isScalar(f.value)) return;
    const value = scalarString(f.value)?.trim();
    if (value === undefined || MPM_SKILL_CATEGORIES.includes(value)) return;
    const suggestion = didYouMean(value, MPM_SKILL_CATEGORIES);
    ctx.report({
      start: f.valueStart,
      end: f.valueEnd,
      message: `claude-mpm's skill validation script (scripts/validate_skills.py) rejects \`category: ${value}\` ("Invalid category"): use one of ${MPM_SKILL_CATEGORIES.map((c) => `\`${c}\``).join(', ')}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [{ start: f.valueStart, end: f.valueEnd, newText: suggestion }])] } : {}),
    });
  },
};
