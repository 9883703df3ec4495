import { field } from '../../document/parse';
import { isScalar, scalarString } from '../../document/yamlFields';
import { SKILL_LIMITS } from '../../spec/claudeCode';
import type { Rule } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';
import { trimmedEnd } from '../../fields/spans';
import { targetSeverity } from '../../skills/target';

export const skillCompatibility: Rule = {
  id: 'skill-compatibility-length',
  description: '`compatibility` is a string of 1-500 characters.',
  severity: 'warning',
  kinds: ['skill'],
  fixable: false,
  consequence: {
    text: 'Claude Code does not act on `compatibility`; the Agent Skills specification refuses one outside 1-500 characters.',
    evidence: ['Agent Skills specification: compatibility 1-500 characters'],
  },
  docs: `\`compatibility\` states environment requirements (products, system packages) in 1-500
characters, as the Agent Skills specification defines and Claude Code documents. Claude Code does
not act on it (warning); with \`skills.target: agent-skills\` a violation is an error.

\`\`\`yaml
compatibility: Requires a recent Linux with git. Requires a recent Linux with git. …   # 543 characters
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'compatibility');
    if (!f) return;
    const severity = targetSeverity(ctx, 'warning', 'error');
    if (f.value && !isScalar(f.value)) {
      ctx.report({
        start: f.valueStart,
        end: trimmedEnd(ctx.doc, f.valueStart, f.valueEnd),
        severity,
        message: '`compatibility` must be a string (1-500 characters), not a list or map.',
      });
      return;
    }
    const text = scalarString(f.value) ?? '';
    if (text.trim().length === 0)
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        severity,
        message: '`compatibility` is empty: write the requirements (1-500 characters) or remove the field.',
      });
    else if (text.length > SKILL_LIMITS.compatibilityMax)
      ctx.report({
        start: f.valueStart,
        end: f.valueEnd,
        severity,
        message: `\`compatibility\` is ${text.length} characters; at most ${SKILL_LIMITS.compatibilityMax} are allowed.`,
      });
  },
};
