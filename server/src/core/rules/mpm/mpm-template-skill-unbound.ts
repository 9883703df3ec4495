import { at, stringValue } from '../../json/model';
import { replaceString } from '../../mpm/templateEdits';
import { relativeTo } from '../../mpm/paths';
import { closest } from '../../text/similarity';
import { SKILLS_INDEXER, skillsByName, skillsIndexer } from '../../workspace/indexers/skills';
import type { Rule } from '../types';

export const mpmTemplateSkillUnbound: Rule = {
  id: 'mpm-template-skill-unbound',
  description: 'A claude-mpm template binds a skill its flat skill registry does not have.',
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
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
    const root = ctx.doc.json?.root;
    const skills = at(root, ['skills']);
    if (skills?.type !== 'array') return;
    const known = skillsByName(ctx.workspace);
    if (known.size === 0) return;
    const flat = new Set<string>();
    for (const { value } of ctx.workspace.facts(skillsIndexer)) if (value.form === 'flat') flat.add(value.folder);
    const agent = stringValue(at(root, ['agent_id'])) ?? 'this agent';
    for (const item of skills.items) {
      if (item.type !== 'string' || flat.has(item.value)) continue;
      const name = item.value;
      const others = known.get(name);
      if (others?.length) {
        const ref = others[0]!;
        const where = ref.fact.form === 'flat' ? `the flat skill \`${relativeTo(ref.uri, ctx.doc.uri)}\`, whose file name is \`${ref.fact.folder}\`` : `only the folder skill \`${relativeTo(ref.uri, ctx.doc.uri)}\``;
        const fix = ref.fact.form === 'flat' ? [ctx.fix(`Change to \`${ref.fact.folder}\``, [replaceString(item, ref.fact.folder)], true)] : undefined;
        ctx.report({
          start: item.start,
          end: item.end,
          message: `\`${name}\` is not bound to \`${agent}\`: claude-mpm resolves a template's skills by file name among its flat skills (\`skills/bundled/<name>.md\`), and there is ${where}. It logs "Skill '${name}' referenced by agent '${agent}' not found".`,
          ...(fix ? { fixes: fix } : {}),
        });
        continue;
      }
      const suggestion = closest(name, [...flat, ...known.keys()]);
      ctx.report({
        start: item.start,
        end: item.end,
        message: `No skill named \`${name}\`: claude-mpm binds nothing to \`${agent}\` for it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        ...(suggestion ? { fixes: [ctx.fix(`Change to \`${suggestion}\``, [replaceString(item, suggestion)])] } : {}),
      });
    }
  },
};
