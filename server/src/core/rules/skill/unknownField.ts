import { fieldsOf } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import { AGENT_SKILLS_FIELDS, SKILL_FIELDS } from '../../spec/claudeCode';
import type { Fix } from '../../types';
import type { Rule } from '../types';
import { suggestField } from './fieldSuggest';
import { moveUnderMetadata } from './moveToMetadata';
import { fieldLinesSpan, hasCleanFrontmatter, isPortable } from './shared';

const CLAUDE_CODE = new Set(SKILL_FIELDS.map((f) => f.name));
const PORTABLE = new Set(AGENT_SKILLS_FIELDS.map((f) => f.name));

export const skillUnknownField: Rule = {
  id: 'skill-unknown-field',
  description: 'A SKILL.md frontmatter key the target does not know: ignored by Claude Code, an upload error for the Agent Skills specification.',
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  docs: `Claude Code ignores frontmatter keys it does not know, so a misspelt \`allowed_tools\` silently
grants nothing (warning, with the closest field as a fix). Other unknown keys (\`version\`, \`tags\`,
\`author\`: common in real collections) are information, with a fix that moves them under
\`metadata\`. With \`skills.target\` set to
\`agent-skills\`, the target is the portable specification, which allows only \`name\`, \`description\`,
\`license\`, \`compatibility\`, \`metadata\` and \`allowed-tools\`: packaging and upload fail with
"Unexpected key(s) in SKILL.md frontmatter", so any other key (Claude Code's own fields included) is
an error. A fix moves such keys under \`metadata\` (the documented place for your own data), their
values kept as strings; it is the preferred fix for the \`agent-skills\` target.`,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const portable = isPortable(ctx);
    const known = portable ? PORTABLE : CLAUDE_CODE;
    const present = new Set(fieldsOf(ctx.doc).map((f) => f.key));
    const unknown = fieldsOf(ctx.doc).filter((f) => !known.has(f.key));
    if (unknown.length === 0) return;
    // Misspelt fields are renamed, not moved, unless the target has no such field.
    const movable = unknown.filter((f) => (f.value === null || isScalar(f.value)) && (portable || !suggestField(f.key, [...known])));
    const moveAll = movable.length ? moveUnderMetadata(ctx, movable) : undefined;
    unknown.forEach((f, i) => {
      const fixes: Fix[] = [];
      const suggestion = suggestField(f.key, [...known]);
      // A rename is the fix when the intended field is not already there (then it is fix-all's choice).
      if (suggestion && !present.has(suggestion)) fixes.push(ctx.fix(`Rename to \`${suggestion}\``, [{ start: f.keyStart, end: f.keyEnd, newText: suggestion }], !portable));
      if (moveAll && movable.includes(f)) {
        // Only the first finding's fix is preferred, so fix-all moves the keys once.
        const title = movable.length === 1 ? `Move \`${f.key}\` under \`metadata\`` : `Move ${movable.length} unknown keys under \`metadata\``;
        fixes.push(ctx.fix(title, moveAll, portable && i === unknown.indexOf(movable[0]!)));
      }
      const span = fieldLinesSpan(ctx.doc, f);
      fixes.push(ctx.fix(`Remove \`${f.key}\``, [{ start: span.start, end: span.end, newText: '' }]));
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: message(f.key, portable, suggestion),
        // For Claude Code an unknown key is harmless unless it is a misspelt field: real collections
        // carry their own keys (version, tags, author ...) by the hundred, so those are information.
        severity: portable ? 'error' : suggestion ? 'warning' : 'information',
        fixes,
      });
    });
  },
};

function message(key: string, portable: boolean, suggestion: string | undefined): string {
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  if (!portable) return `Unknown skill field \`${key}\`: Claude Code ignores it.${hint || ' Keep your own data under `metadata`.'}`;
  const what = CLAUDE_CODE.has(key) ? 'is a Claude Code extension, not allowed by the Agent Skills specification' : 'is not allowed by the Agent Skills specification';
  return `\`${key}\` ${what}: packaging and upload fail with "Unexpected key(s) in SKILL.md frontmatter". Allowed: ${[...PORTABLE].join(', ')}.${hint}`;
}
