import { at, stringValue, type JsonNode } from '../../json/model';
import { bindingCandidates, bindSkills } from '../../mpm/bindings';
import { replaceString } from '../../mpm/templateEdits';
import { relativeTo } from '../../mpm/paths';
import { closest } from '../../text/similarity';
import { SKILLS_INDEXER, skillsByName } from '../../workspace/indexers/skills';
import type { Rule } from '../types';

export const mpmTemplateSkillUnbound: Rule = {
  id: 'mpm-template-skill-unbound',
  description: 'A claude-mpm template binds a skill its flat skill registry does not have.',
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
  consequence: {
    text: 'A skill name the flat registry does not resolve binds nothing: claude-mpm logs "not found" and the deployed agent lacks the skill.',
    evidence: [
      "claude-mpm v4.21.0 (its template schema, agent builder and skill services; corpus: bobmatnyc__claude-mpm__v4.21.0): \"Skill '…' referenced by agent '…' not found\"",
    ],
  },
  dependsOn: [SKILLS_INDEXER],
  docs: `A template's \`skills\` list binds skills to the agent, by name. claude-mpm (v4.21.0) resolves
these names through its flat skill registry: the \`<name>.md\` files directly in \`skills/bundled/\`
(and in \`.claude/skills/\`), looked up by file name. A name found there is bound; any other logs
"Skill '…' referenced by agent '…' not found" and binds nothing, even when a folder skill
(\`skills/bundled/<category>/<name>/SKILL.md\`) of that name exists, since those are deployed by
another service and never reach the template's bindings.

\`\`\`json
"skills": ["git-workflow", "espocrm-development"]
\`\`\`

With \`bundled/git-workflow.md\` and only \`bundled/php/espocrm-development/SKILL.md\`, the second
entry is reported as unbound. A name that no skill of any form has is reported with a did-you-mean
fix. Silent in a workspace without any skill.`,
  check(ctx) {
    // A template claude-mpm cannot parse deploys nothing (json-syntax says so).
    if (ctx.doc.json?.errors.length) return;
    const root = ctx.doc.json?.root;
    const skills = at(root, ['skills']);
    if (skills?.type !== 'array' || skillsByName(ctx.workspace).size === 0) return;
    const agent = stringValue(at(root, ['agent_id'])) ?? 'this agent';
    const items = skills.items.filter((i): i is JsonNode & { type: 'string' } => i.type === 'string');
    const bindings = bindSkills(
      ctx.workspace,
      items.map((i) => i.value),
    );
    items.forEach((item, i) => {
      const { name, state, skill } = bindings[i]!;
      if (state === 'bound') return;
      if (state === 'elsewhere' && skill) {
        const flat = skill.fact.form === 'flat';
        const where = flat
          ? `the flat skill \`${relativeTo(skill.uri, ctx.doc.uri)}\`, whose file name is \`${skill.fact.folder}\``
          : `only the folder skill \`${relativeTo(skill.uri, ctx.doc.uri)}\``;
        ctx.report({
          start: item.start,
          end: item.end,
          message: `\`${name}\` is not bound to \`${agent}\`: claude-mpm resolves a template's skills by file name among its flat skills (\`skills/bundled/<name>.md\`), and there is ${where}. It logs "Skill '${name}' referenced by agent '${agent}' not found".`,
          ...(flat ? { fixes: [ctx.fix(`Change to \`${skill.fact.folder}\``, [replaceString(item, skill.fact.folder)], true)] } : {}),
        });
        return;
      }
      const suggestion = closest(name, bindingCandidates(ctx.workspace));
      ctx.report({
        start: item.start,
        end: item.end,
        message: `No skill named \`${name}\`: claude-mpm binds nothing to \`${agent}\` for it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [replaceString(item, suggestion)])] } : {}),
      });
    });
  },
};
