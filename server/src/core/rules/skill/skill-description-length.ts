import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { SKILL_LIMITS } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';
import { isPortable } from '../../skills/target';

export const skillDescriptionLength: Rule = {
  id: 'skill-description-length',
  description:
    'Skill description limits: 1-1,024 characters for the Agent Skills specification; Claude Code cuts description + when_to_use at 1,536 in its listing.',
  severity: 'information',
  kinds: ['skill'],
  fixable: false,
  consequence: {
    text: 'Claude Code cuts `description` + `when_to_use` at 1,536 characters in the listing Claude chooses skills from: the rest never reaches Claude (advice; the Agent Skills specification refuses over 1,024).',
    evidence: ['Claude Code docs: skills.md (listing budget)', 'Agent Skills specification: description 1-1,024 characters'],
  },
  docs: `Claude Code shows \`description\` followed by \`when_to_use\` in the skill listing Claude chooses
from, cut at 1,536 characters: text beyond that never reaches Claude (information, on the first
character past the cut). The Agent Skills specification requires a description of 1-1,024
characters; with \`skills.target: agent-skills\` a missing, empty or longer description is an error.

\`\`\`yaml
description: Analyses spreadsheets and reports. …   # 1,400 characters
when_to_use: When asked about tables. …              # together over 1,536: the end is cut
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc) || ctx.doc.frontmatter?.yaml?.errors.length) return;
    const desc = field(ctx.doc, 'description');
    const text = desc?.value ? (scalarString(desc.value) ?? '') : '';
    if (isPortable(ctx)) {
      if (!desc || text.trim().length === 0) {
        const fm = ctx.doc.frontmatter!;
        const [start, end] = desc ? [desc.keyStart, desc.keyEnd] : [fm.openStart, fm.openStart + 3];
        ctx.report({ start, end, severity: 'error', message: 'The Agent Skills specification requires a non-empty `description` (1-1,024 characters).' });
      } else if (text.length > SKILL_LIMITS.descriptionMax) {
        ctx.report({
          start: desc.keyStart,
          end: desc.keyEnd,
          severity: 'error',
          message: `Description is ${text.length} characters; the Agent Skills specification allows at most ${SKILL_LIMITS.descriptionMax}.`,
        });
      }
      return;
    }
    const when = field(ctx.doc, 'when_to_use');
    const whenText = when?.value ? (scalarString(when.value) ?? '') : '';
    const total = text.length + whenText.length;
    if (total <= SKILL_LIMITS.listingMax) return;
    const anchor = desc ?? when!;
    ctx.report({
      start: anchor.keyStart,
      end: anchor.keyEnd,
      message: `\`description\`${when ? ' + `when_to_use`' : ''} is ${total} characters: Claude Code's skill listing cuts it at ${SKILL_LIMITS.listingMax}, so the last ${total - SKILL_LIMITS.listingMax} never reach Claude. Put the key use case first.`,
    });
  },
};
