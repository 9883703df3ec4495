import { fieldsOf } from '../../document/parse';
import { mpmKnowsField } from '../../framework/claudeMpmFields';
import { COMMAND_FIELDS, COMMAND_IGNORED_FIELDS } from '../../spec/claudeCode';
import type { Fix } from '../../types';
import { namesATool, suggestField } from '../../fields/suggest';
import { hasCleanFrontmatter } from '../../fields/health';
import { listEntries } from '../../fields/lists';
import { removeField } from '../../fields/edits';
import type { Rule } from '../types';

const NAMES = COMMAND_FIELDS.map((f) => f.name);
const KNOWN = new Set<string>([...NAMES, ...COMMAND_IGNORED_FIELDS]);

export const commandUnknownField: Rule = {
  id: 'command-unknown-field',
  description: 'A slash-command frontmatter key Claude Code does not know is ignored.',
  severity: 'warning',
  kinds: ['command'],
  fixable: true,
  consequence: {
    text: 'Claude Code ignores a command field it does not know: a misspelt one silently has no effect.',
    evidence: ['Claude Code docs: slash-commands.md / skills.md (command frontmatter)'],
  },
  docs: `A command file (\`.claude/commands/*.md\`) reads the skill fields except \`name\` and \`paths\`
(reported by \`command-field-ignored\`); the long-standing set is \`allowed-tools\`, \`argument-hint\`,
\`context\`, \`agent\`, \`description\`, \`model\`, \`disable-model-invocation\` and \`hooks\`. Any other key
is ignored without a word, so a typo (\`allowed_tools\`) silently grants nothing. A likely
misspelling gets a rename fix, preferred unless it renames into \`allowed-tools\` or
\`disallowed-tools\`: fix-all never changes which tools run without a permission prompt. In a
claude-mpm project its command fields (\`namespace\`, \`command\`, \`aliases\`, \`category\`, ...) are
known and not reported (see docs/claude-mpm.md).

\`\`\`yaml
# .claude/commands/commit.md
allowed_tools: Bash(git add:*), Bash(git commit:*)   # → allowed-tools
author: someone                                      # ignored
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const fields = fieldsOf(ctx.doc);
    const present = new Set(fields.map((f) => f.key));
    for (const f of fields) {
      if (KNOWN.has(f.key) || mpmKnowsField(ctx.doc, f.key)) continue;
      let suggestion = suggestField(f.key, NAMES);
      // `tools: [claude, cursor]` lists products, not tools: not a misspelt `allowed-tools`.
      if ((suggestion === 'allowed-tools' || suggestion === 'disallowed-tools') && !namesATool(listEntries(ctx.doc, f, { spaceSeparated: true })))
        suggestion = undefined;
      const fixes: Fix[] = [];
      // Never preferred into `allowed-tools`: that grants tools without a permission prompt.
      if (suggestion && !present.has(suggestion))
        fixes.push(
          ctx.fix(
            `Rename to \`${suggestion}\``,
            [{ start: f.keyStart, end: f.keyEnd, newText: suggestion }],
            suggestion !== 'allowed-tools' && suggestion !== 'disallowed-tools',
          ),
        );
      fixes.push(removeField(ctx, f));
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: `Unknown command field \`${f.key}\`: Claude Code ignores it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        fixes,
      });
    }
  },
};
