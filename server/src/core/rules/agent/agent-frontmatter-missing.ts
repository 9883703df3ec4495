import { basename } from '../../text/names';
import type { Rule } from '../types';
import { isLoadedAgentFolder } from '../../agents/plugin';

/** `BASE_AGENT.md`, `WORKFLOW.md`: the conventional spelling of notes, never of an agent. */
const SHOUTED_NAME = /^[A-Z0-9_-]+\.(md|markdown)$/;

export const agentFrontmatterMissing: Rule = {
  id: 'agent-frontmatter-missing',
  description: 'An agent file without frontmatter is treated as documentation, not an agent.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  docs: `A subagent is defined by YAML frontmatter with at least \`name\` and \`description\`:

\`\`\`markdown
---
name: code-reviewer
description: Reviews code for quality and best practices
---
You are a code reviewer...
\`\`\`

A Markdown file in an \`agents\` folder without frontmatter is not an error for Claude Code: it
treats the file as documentation kept beside the agents and does not load it. This is a warning
because notes legitimately live there. In a \`.claude/agents\` tree or a plugin's \`agents\` folder,
where Claude Code loads agents, it is a warning; in other \`agents\` folders (collections,
application sources) it is information. Files named in capitals (\`BASE_AGENT.md\`, \`WORKFLOW.md\`)
are taken for notes and not reported. If a file is notes, exclude it from \`documents.agent\`. Misplaced frontmatter is reported by
\`frontmatter-not-first-line\` instead.`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.frontmatter || doc.misplacedFrontmatter) return;
    const file = basename(doc.uri);
    if (SHOUTED_NAME.test(file.replace(/\.MD$/, '.md'))) return;
    const firstLine = doc.lines.positionAt(doc.bom).line;
    ctx.report({
      severity: isLoadedAgentFolder(doc.uri) ? 'warning' : 'information',
      start: doc.bom,
      end: doc.lines.lineEnd(firstLine),
      message: 'No frontmatter: Claude Code treats this file as documentation, not as an agent. Start the file with `---`, `name:` and `description:`.',
    });
  },
};
