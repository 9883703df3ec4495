import { replaceName, skillsRegistry } from '../../mpm/registry';
import { basename } from '../../text/names';
import { MPM_TEMPLATES_KEY, mpmTemplatesByName } from '../../workspace/indexers/mpmTemplates';
import type { Rule } from '../types';

/** `qa-agent`, `qa_agent` and `qa` as one: what a registry id most likely meant. */
const core = (id: string) =>
  id
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/-agent$/, '');

export const mpmRegistryAgentUnknown: Rule = {
  id: 'mpm-registry-agent-unknown',
  description: "claude-mpm's skills registry names an agent id that no agent template has.",
  severity: 'warning',
  kinds: ['mpm-skills-registry'],
  fixable: true,
  consequence: {
    text: 'A registry entry whose id no template has reaches no agent: its skills are never given to anyone.',
    evidence: ['claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0)'],
  },
  dependsOn: [MPM_TEMPLATES_KEY],
  docs: `claude-mpm finds an agent's entry in its skills registry (\`agent_skills.<id>\` in
\`config/skills_registry.yaml\`) by the template's \`agent_id\`, as written: its skills service
(\`claude-mpm skills list --agent <id>\`) and its skills injector, which writes the entry's skills into
the deployed agent's \`skills:\`, both look it up that way. An id that no template has (\`qa\` where
the template says \`qa-agent\`, \`typescript_engineer\` where it says \`typescript-engineer\`) reaches
no agent. The fix offered
renames the entry to the template's \`agent_id\` when the two differ only by \`_\`/\`-\` or an
\`-agent\` suffix. Silent in a workspace without templates.

\`\`\`yaml
agent_skills:
  qa:              # reported when the template says "agent_id": "qa-agent"
    required: [test-driven-development]
\`\`\``,
  check(ctx) {
    const { byAgentId } = mpmTemplatesByName(ctx.workspace);
    if (byAgentId.size === 0) return;
    const ids = [...byAgentId.keys()];
    for (const agent of skillsRegistry(ctx.doc).agents) {
      if (byAgentId.has(agent.name)) continue;
      // Only the same words count: an id near in letters (`api_engineer`, `dart_engineer`) is another agent.
      const suggestion = ids.find((id) => core(id) === core(agent.name));
      const file = suggestion ? byAgentId.get(suggestion)?.[0] : undefined;
      ctx.report({
        start: agent.start,
        end: agent.end,
        message: `No agent template has \`agent_id: ${agent.name}\`: claude-mpm looks registry entries up by the template's \`agent_id\`, so ${agent.skills.length === 1 ? "this entry's skill goes" : `this entry's ${agent.skills.length} skills go`} to no agent.${suggestion ? ` Did you mean \`${suggestion}\`${file ? ` (${basename(file.uri)})` : ''}?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [replaceName(ctx.doc.text, agent, suggestion)])] } : {}),
      });
    }
  },
};
