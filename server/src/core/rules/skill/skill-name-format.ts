import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { SKILL_NAME_PATTERN } from '../../spec/claudeCode';
import type { Fix } from '../../types';
import type { Rule } from '../types';
import { deriveSkillName, skillNameProblem } from '../../skills/names';
import { hasCleanFrontmatter } from '../../fields/health';
import { isPortable, skillFolder } from '../../skills/target';
import { eolOf } from '../../text/eol';

export const skillNameFormat: Rule = {
  id: 'skill-name-format',
  description: 'A skill `name` is 1-64 lowercase letters, digits and single hyphens (required by the Agent Skills specification).',
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'Claude Code shows the name in listings and uses it for plugin skill commands; the Agent Skills specification refuses a name outside 1-64 lowercase letters, digits and single hyphens.',
    evidence: ['Agent Skills specification (agentskills.io), `name`', 'Claude Code docs: skills.md'],
  },
  docs: `The Agent Skills specification allows 1-64 characters of \`a-z\`, \`0-9\` and \`-\`, with no
hyphen at either end and no \`--\`. Claude Code shows the name in listings (and uses it for plugin
skill commands), so an irregular name is a warning there; with \`skills.target: agent-skills\` it is
an error, and so is a missing \`name\`. The fix derives a valid name (the folder name when that is
valid).

\`\`\`yaml
# skills/data-tools/SKILL.md
name: Data Tools      # → data-tools
name: -my--skill-     # → my-skill
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const portable = isPortable(ctx);
    const folder = skillFolder(ctx.doc);
    const folderValid = SKILL_NAME_PATTERN.test(folder) && skillNameProblem(folder) === undefined;
    const f = field(ctx.doc, 'name');
    if (!f) {
      if (!portable || ctx.doc.frontmatter?.yaml?.errors.length) return;
      const suggested = folderValid ? folder : deriveSkillName(folder) || 'my-skill';
      const fm = ctx.doc.frontmatter!;
      ctx.report({
        start: fm.openStart,
        end: fm.openStart + 3,
        severity: 'error',
        message: 'The Agent Skills specification requires `name` (equal to the folder name); packaging and upload fail without it.',
        fixes: [
          ctx.fix(`Add \`name: ${suggested}\``, [{ start: fm.contentStart, end: fm.contentStart, newText: `name: ${suggested}${eolOf(ctx.doc.text)}` }], true),
        ],
      });
      return;
    }
    const name = scalarString(f.value) ?? '';
    const problem = skillNameProblem(name);
    if (!problem) return;
    const derived = deriveSkillName(name);
    const fixes: Fix[] = [];
    const start = f.value ? f.valueStart : f.keyEnd;
    const end = f.value ? f.valueEnd : f.keyEnd;
    const insert = (n: string) => (f.value ? n : ` ${n}`);
    // Preferred only when the choice is unambiguous: the derived name is the folder's name.
    if (folderValid && folder !== derived) fixes.push(ctx.fix(`Use the folder name \`${folder}\``, [{ start, end, newText: insert(folder) }], !derived));
    if (derived) fixes.push(ctx.fix(`Change to \`${derived}\``, [{ start, end, newText: insert(derived) }], derived === folder));
    ctx.report({
      start: f.value ? f.valueStart : f.keyStart,
      end: f.value ? f.valueEnd : f.keyEnd,
      severity: portable ? 'error' : 'warning',
      message: `Skill name \`${name}\` ${problem}: use 1-64 lowercase letters, digits and single hyphens${portable ? ' (the Agent Skills specification rejects it)' : ''}.`,
      fixes,
    });
  },
};
