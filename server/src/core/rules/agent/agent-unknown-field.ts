import { fieldsOf } from '../../document/parse';
import { mpmKnowsField } from '../../framework/claudeMpmFields';
import { AGENT_FIELDS } from '../../spec/claudeCode';
import { suggestAgentField } from '../../fields/suggest';
import type { Rule } from '../types';
import { yamlBroken } from '../../fields/health';

const NAMES = AGENT_FIELDS.map((f) => f.name);
const KNOWN = new Set(NAMES);

/** Whether fix-all may apply a rename: not into fields that change the agent's permissions. */
function automaticRename(target: string): boolean {
  return !CHANGES_PERMISSIONS.has(target);
}

/** Fields whose activation changes the agent's permissions: a rename into them is never automatic. */
const CHANGES_PERMISSIONS: ReadonlySet<string> = new Set(['tools', 'disallowedTools', 'permissionMode', 'mcpServers', 'hooks']);

export const agentUnknownField: Rule = {
  id: 'agent-unknown-field',
  description: 'A frontmatter key Claude Code does not know for agents is ignored.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'Claude Code ignores a key it does not know, with only a debug-log line: a misspelt field silently has no effect.',
    evidence: [
      'Claude Code 2.1.332 binary, agent loaders: "has frontmatter keys Claude Code does not recognize or apply" (debug log)',
      'Claude Code docs: sub-agents.md, "Supported frontmatter fields"',
    ],
  },
  docs: `Claude Code reads only the documented agent fields (\`name\`, \`description\`, \`tools\`,
\`disallowedTools\`, \`model\`, \`permissionMode\`, \`maxTurns\`, \`skills\`, \`mcpServers\`, \`hooks\`,
\`memory\`, \`background\`, \`effort\`, \`isolation\`, \`color\`, \`initialPrompt\`); any other key is
silently ignored. A typo therefore disables a setting without a word:

\`\`\`yaml
descriptoin: Reviews code     # ignored: did you mean description?
Model: opus                   # keys are case-sensitive: model
max_turns: 10                 # maxTurns
allowed-tools: Read, Grep     # the skill spelling; agents use tools
\`\`\`

When the key is a likely misspelling or miscasing of a field, the preferred fix renames it (unless
the document already has that field). Renaming into \`tools\`, \`disallowedTools\`, \`permissionMode\`,
\`mcpServers\` or \`hooks\` changes what the agent may do (an ignored \`allowed-tools\` means all tools),
so that rename is offered but never applied by fix-all. Other keys (\`version\`, \`author\`, ...) are reported so you
know they have no effect; keep them if another tool reads them and turn this rule off for the
folder. The field list lives in one module with its source and date; a field newer than it is
reported as a warning, never an error. In a claude-mpm project its agent fields (\`agent_id\`,
\`version\`, \`resource_tier\`, \`tags\`, ...) are known and not reported (see docs/claude-mpm.md).`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return;
    const fields = fieldsOf(ctx.doc);
    const present = new Set(fields.map((f) => f.key));
    for (const f of fields) {
      if (KNOWN.has(f.key) || mpmKnowsField(ctx.doc, f.key)) continue;
      const suggestion = suggestAgentField(f.key);
      const canRename = suggestion !== undefined && !present.has(suggestion);
      ctx.report({
        start: f.keyStart,
        end: f.keyEnd,
        message: suggestion
          ? `Unknown agent field \`${f.key}\`: did you mean \`${suggestion}\`? Claude Code ignores unknown fields.`
          : `Unknown agent field \`${f.key}\`: Claude Code ignores it.`,
        ...(canRename
          ? { fixes: [ctx.fix(`Rename to \`${suggestion}\``, [{ start: f.keyStart, end: f.keyEnd, newText: suggestion }], automaticRename(suggestion!))] }
          : {}),
      });
    }
  },
};
