import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import type { Fix } from '../../types';
import type { Rule } from '../types';
import { skillNameProblem } from '../../skills/names';
import { hasCleanFrontmatter } from '../../fields/health';
import { isPortable, skillFolder } from '../../skills/target';

/** The URI of the folder holding a file, and of a sibling folder called `name`. */
function folderUris(fileUri: string, name: string): { oldUri: string; newUri: string } {
  const oldUri = fileUri.slice(0, fileUri.lastIndexOf('/'));
  const parent = oldUri.slice(0, oldUri.lastIndexOf('/'));
  return { oldUri, newUri: `${parent}/${encodeURIComponent(name)}` };
}

export const skillNameFolder: Rule = {
  id: 'skill-name-folder-mismatch',
  description: 'A skill `name` should equal its folder name (required by the Agent Skills specification).',
  severity: 'information',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'A project or personal skill is invoked by its folder name while `name` labels it in listings: it shows under one name and runs under another (advice; an error for the Agent Skills specification).',
    evidence: ['Claude Code docs: skills.md (the folder name is the command)', 'Agent Skills specification: `name` must match the folder'],
  },
  docs: `In a personal or project skill the command comes from the folder (\`.claude/skills/deploy/SKILL.md\`
is \`/deploy\`) while \`name\` is only the label in listings, so a different \`name\` makes the skill
show under one name and run under another (information). The Agent Skills specification requires
them to be equal (error with \`skills.target: agent-skills\`). Fixes: change \`name\` to the folder
name, or rename the folder to the name.

\`\`\`yaml
# .claude/skills/deploy/SKILL.md: invoked as /deploy, listed as ship-it
name: ship-it
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const f = field(ctx.doc, 'name');
    const name = f?.value ? scalarString(f.value) : undefined;
    if (!f || name === undefined || skillNameProblem(name)) return; // skill-name-format speaks first
    const folder = skillFolder(ctx.doc);
    if (!folder || folder === name) return;
    const portable = isPortable(ctx);
    const fixes: Fix[] = [];
    if (!skillNameProblem(folder))
      fixes.push(ctx.fix(`Change \`name\` to \`${folder}\``, [{ start: f.valueStart, end: f.valueEnd, newText: folder }], portable));
    fixes.push({ title: `Rename the folder to \`${name}\``, edit: { changes: {}, renames: [folderUris(ctx.doc.uri, name)] } });
    ctx.report({
      start: f.valueStart,
      end: f.valueEnd,
      severity: portable ? 'error' : 'information',
      message: portable
        ? `Skill name \`${name}\` differs from its folder \`${folder}\`: the Agent Skills specification requires them to be equal.`
        : `Skill name \`${name}\` differs from its folder \`${folder}\`: it is listed as \`${name}\` but invoked as \`/${folder}\` (plugin skills: \`/plugin:${name}\`).`,
      fixes,
    });
  },
};
