import { fieldsOf } from '../../document/parse';
import { COMMAND_IGNORED_FIELDS } from '../../spec/claudeCode';
import { basename } from '../../text/names';
import { hasCleanFrontmatter } from '../../fields/health';
import { removeField } from '../../fields/edits';
import type { Rule } from '../types';

export const commandFieldIgnored: Rule = {
  id: 'command-field-ignored',
  description: '`name` and `paths` have no effect in a command file.',
  severity: 'warning',
  kinds: ['command'],
  fixable: true,
  consequence: {
    text: '`name` and `paths` do nothing in a command file: it is invoked by its file name and never activates by path.',
    evidence: ['Claude Code docs: skills.md (commands are skills without `name` and `paths`)'],
  },
  docs: `Claude Code ignores \`name\` and \`paths\` in a command file: the command is invoked by its file
name (\`.claude/commands/deploy.md\` is \`/deploy\`), and it never activates by path. A \`name\` that
differs from the file name suggests a command that does not exist. The preferred fix removes the
field; to keep those features, move the file to \`.claude/skills/<name>/SKILL.md\`.

\`\`\`yaml
# .claude/commands/deploy.md is /deploy whatever \`name\` says
name: ship
paths:
  - src/**      # only skills activate by path
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const command = basename(ctx.doc.uri).replace(/\.(md|markdown)$/i, '');
    for (const f of fieldsOf(ctx.doc)) {
      if (!(COMMAND_IGNORED_FIELDS as readonly string[]).includes(f.key)) continue;
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        tags: ['unnecessary'],
        message:
          f.key === 'name'
            ? `Claude Code ignores \`name\` in a command file: this command is \`/${command}\`, named by its file.`
            : 'Claude Code ignores `paths` in a command file; only skills activate by path.',
        fixes: [removeField(ctx, f, true)],
      });
    }
  },
};
