import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { toKebabName } from '../../text/names';
import type { Rule } from '../types';

/** Lowercase words of letters and digits joined by single hyphens. */
const VALID_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const agentNameFormat: Rule = {
  id: 'agent-name-format',
  description: 'Agent names are documented as lowercase letters and hyphens.',
  severity: 'information',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'The agent loads under the name as written; the name is what Claude types to delegate and what hooks receive as `agent_type`, so an irregular spelling is easy to get wrong (advice).',
    evidence: [
      'Claude Code 2.1.332 binary, agent loaders: no check of letters or case beyond `-`, `:` and length',
      'Claude Code docs: sub-agents.md ("lowercase letters and hyphens")',
    ],
  },
  docs: `The documentation asks for a \`name\` of lowercase letters and hyphens. Claude Code still loads
other names (only a leading \`-\` or a \`:\` makes it skip the file, see \`agent-name-invalid\`), so this
is information, not a warning: the agent works, but the name is what Claude types to delegate to
it and what hooks receive as \`agent_type\`, and \`Code Reviewer\` or \`code_reviewer\` are easy to get
wrong.

Digits are accepted without comment: real names such as \`c4-context\`, \`owasp-top10-expert\` or
\`powershell-7-expert\` carry versions and product names, and Claude Code treats them like letters.

\`\`\`yaml
name: Code_Reviewer    # reported; suggested: code-reviewer
name: k8s-operator     # fine
\`\`\`

The fix (offered, not applied by fix-all, since other files may refer to the old name) rewrites the
name in kebab case.`,
  check(ctx) {
    const entry = field(ctx.doc, 'name');
    const value = scalarString(entry?.value ?? null)?.trim();
    if (!entry || !value || value.includes(':') || value.startsWith('-') || VALID_NAME.test(value)) return;
    const suggested = toKebabName(value);
    ctx.report({
      start: entry.valueStart,
      end: entry.valueEnd,
      message: `Agent name \`${value}\` is not lowercase letters, digits and hyphens${suggested ? `; \`${suggested}\` would be` : ''}.`,
      ...(suggested ? { fixes: [ctx.fix(`Change the name to \`${suggested}\``, [{ start: entry.valueStart, end: entry.valueEnd, newText: suggested }])] } : {}),
    });
  },
};
