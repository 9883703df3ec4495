import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { SKILLS_INDEXER, skillsByName, skillsIndexer } from '../../workspace/indexers/skills';
import type { Rule } from '../types';

export const skillNameDuplicate: Rule = {
  id: 'skill-name-duplicate',
  description: 'Two skills in the same skills folder declare the same `name`.',
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'Two skills side by side with the same `name` show twice under one label, and in a plugin the second cannot be invoked by it.',
    evidence: ['Claude Code docs: skills.md, plugins-reference.md'],
  },
  dependsOn: [SKILLS_INDEXER],
  docs: `Two skills side by side (in one \`.claude/skills/\` or one plugin's \`skills/\`) that declare the
same \`name\` show up twice under one label, and in a plugin the second cannot be invoked by it. This
usually comes from copying a skill folder and not updating \`name\`. Skills in different plugins or
nested projects are namespaced by Claude Code and are not compared. The fix changes \`name\` to the
folder name.

\`\`\`yaml
# .claude/skills/lint/SKILL.md
name: lint
# .claude/skills/lint-copy/SKILL.md: a copied folder, name not updated
name: lint            # → lint-copy
\`\`\``,
  check(ctx) {
    const f = field(ctx.doc, 'name');
    const name = f?.value ? scalarString(f.value) : undefined;
    if (!f || !name) return;
    const mine = ctx.workspace.fact(ctx.doc.uri, skillsIndexer);
    if (!mine) return;
    const others = (skillsByName(ctx.workspace).get(name) ?? []).filter((r) => r.uri !== ctx.doc.uri && r.fact.root === mine.root && r.fact.name === name);
    if (others.length === 0) return;
    const fixes =
      mine.folder !== name
        ? [ctx.fix(`Change \`name\` to the folder name \`${mine.folder}\``, [{ start: f.valueStart, end: f.valueEnd, newText: mine.folder }])]
        : [];
    ctx.report({
      start: f.valueStart,
      end: f.valueEnd,
      message: `Skill name \`${name}\` is also declared by ${others.map((o) => `\`${o.fact.folder}/SKILL.md\``).join(', ')} in the same skills folder.`,
      related: others.map((o) => ({
        location: { uri: o.uri, range: o.fact.nameRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        message: `also named \`${name}\``,
      })),
      fixes,
    });
  },
};
