import { at } from '../../json/model';
import { basename } from '../../text/names';
import type { RelatedInformation } from '../../types';
import { MPM_TEMPLATES_KEY, mpmTemplatesByName, mpmTemplatesIndexer, type MpmTemplateRef } from '../../workspace/indexers/mpmTemplates';
import type { Rule } from '../types';

export const mpmTemplateDuplicate: Rule = {
  id: 'mpm-template-duplicate',
  description: 'Two claude-mpm templates share an `agent_id`, or deploy under the same agent name.',
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: false,
  consequence: {
    text: 'Two templates with one `agent_id` or one deployed name: the last read wins, and Claude Code loads one of the two agents in no defined order.',
    evidence: ['claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0)'],
  },
  dependsOn: [MPM_TEMPLATES_KEY],
  docs: `claude-mpm keys a template's skill bindings by \`agent_id\` (the last template read wins) and
deploys each template as \`.claude/agents/<file name>.md\` with a \`name:\` made of the file name
(\`api_qa.json\` and \`api-qa.json\` both deploy an agent named \`api-qa\`, which Claude Code then loads
once, in no defined order). Reported on each of them, with links to the others.

\`\`\`json
// agents/templates/qa.json and agents/templates/web_qa.json
{ "agent_id": "qa-agent", "metadata": { "name": "QA" } }
{ "agent_id": "qa-agent", "metadata": { "name": "Web QA" } }
\`\`\``,
  check(ctx) {
    const { byAgentId, byDeployedName } = mpmTemplatesByName(ctx.workspace);
    const mine = (refs: readonly MpmTemplateRef[] | undefined) => (refs ?? []).filter((r) => r.uri !== ctx.doc.uri);
    const root = ctx.doc.json?.root;
    const idNode = at(root, ['agent_id']);
    if (idNode?.type === 'string') {
      const others = mine(byAgentId.get(idNode.value));
      if (others.length) {
        ctx.report({
          start: idNode.start,
          end: idNode.end,
          message: `\`agent_id\` \`${idNode.value}\` is also the id of ${list(others)}: claude-mpm keeps the skill bindings of only one of them.`,
          related: related(others, 'same agent_id'),
        });
      }
    }
    const name = ctx.workspace.fact(ctx.doc.uri, mpmTemplatesIndexer)?.deployedName;
    const same = name ? mine(byDeployedName.get(name)) : [];
    if (same.length) {
      ctx.report({
        start: root?.start ?? 0,
        end: (root?.start ?? 0) + 1,
        message: `${list(same)} also deploys an agent named \`${name}\`: Claude Code loads only one of the two, in no defined order.`,
        related: related(same, `also deploys as ${name}`),
      });
    }
  },
};

function list(refs: readonly MpmTemplateRef[]): string {
  return refs.map((r) => `\`${basename(r.uri)}\``).join(', ');
}

function related(refs: readonly MpmTemplateRef[], message: string): RelatedInformation[] {
  return refs.map((r) => ({ location: { uri: r.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, message }));
}
