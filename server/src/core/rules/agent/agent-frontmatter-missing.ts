import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { basename } from '../../text/names';
import type { Rule } from '../types';
import { agentPlace } from '../../agents/plugin';
import { fileStem } from '../../agents/loading';

/** `BASE_AGENT.md`, `WORKFLOW.md`: the conventional spelling of notes, never of an agent. */
const SHOUTED_NAME = /^[A-Z0-9_-]+\.(md|markdown)$/;

export const agentFrontmatterMissing: Rule = {
  id: 'agent-frontmatter-missing',
  description: 'An agent file without frontmatter is treated as documentation, not an agent.',
  severity: 'warning',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: false,
  consequence: {
    text: 'In `.claude/agents/` a file without frontmatter is taken for a reference document and not loaded; in a plugin\'s `agents/` folder it is loaded anyway, named after the file, described as "Agent from <plugin> plugin", with every tool.',
    evidence: [
      'validator (`claude plugin validate`, 2.1.332): "No frontmatter block found" (plugin mode; project agents are exempt)',
      'Claude Code 2.1.332 binary: the project loader skips files without a `name` silently; the plugin loader always returns an agent',
    ],
  },
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
because notes legitimately live there. In a plugin's \`agents\` folder, though, Claude Code loads it
as an agent named after the file, with a placeholder description and every tool. In a
\`.claude/agents\` tree or a plugin's \`agents\` folder it is a warning; in other \`agents\` folders (collections,
application sources) it is information. Files named in capitals (\`BASE_AGENT.md\`, \`WORKFLOW.md\`)
are taken for notes and not reported. If a file is notes, exclude it from \`documents.agent\`. Misplaced frontmatter is reported by
\`frontmatter-not-first-line\` instead.`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.frontmatter || doc.misplacedFrontmatter) return;
    const file = basename(doc.uri);
    if (SHOUTED_NAME.test(file.replace(/\.MD$/, '.md'))) return;
    const firstLine = doc.lines.positionAt(doc.bom).line;
    const place = agentPlace(doc.uri, ctx.files);
    ctx.report({
      severity: place.scope === 'collection' ? 'information' : 'warning',
      start: doc.bom,
      end: doc.lines.lineEnd(firstLine),
      message:
        place.scope === 'plugin'
          ? `No frontmatter: as a plugin agent Claude Code still loads this file, as \`${fileStem(doc.uri)}\` described only as "Agent from ${place.pluginName} plugin", with every tool. Start the file with \`---\`, \`name:\` and \`description:\`, or move it out of \`agents/\` if it is notes.`
          : 'No frontmatter: Claude Code treats this file as documentation, not as an agent. Start the file with `---`, `name:` and `description:`.',
    });
  },
};
