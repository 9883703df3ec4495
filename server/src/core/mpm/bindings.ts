import { skillsByName, skillsIndexer, type SkillRef } from '../workspace/indexers/skills';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/**
 * How claude-mpm (v4.21.0) binds one entry of a template's `skills`: by file name among its flat
 * skills (`skills/bundled/<name>.md`, `.claude/skills/<name>.md`), nothing else.
 * - `bound`: a flat skill of that file name exists;
 * - `elsewhere`: no flat skill has that file name, but some skill answers to the name (a folder
 *   skill, or a flat skill by its `skill_id`): the binding does not reach it;
 * - `unknown`: no skill of any form has that name.
 */
export interface TemplateBinding {
  readonly name: string;
  readonly state: 'bound' | 'elsewhere' | 'unknown';
  /** The skill bound, or the one of that name the binding misses. */
  readonly skill?: SkillRef;
}

/** Flat skills by file name, cached per change of the skills facts. */
function flatSkills(index: WorkspaceIndex): ReadonlyMap<string, SkillRef> {
  return index.derived('mpm-flat-skills', [skillsIndexer.key], () => {
    const out = new Map<string, SkillRef>();
    for (const { uri, value } of index.facts(skillsIndexer)) if (value.form === 'flat' && !out.has(value.folder)) out.set(value.folder, { uri, fact: value });
    return out;
  });
}

/** How each name binds. */
export function bindSkills(index: WorkspaceIndex, names: readonly string[]): TemplateBinding[] {
  const flat = flatSkills(index);
  const all = skillsByName(index);
  return names.map((name) => {
    const bound = flat.get(name);
    if (bound) return { name, state: 'bound', skill: bound };
    const other = all.get(name)?.[0];
    return other ? { name, state: 'elsewhere', skill: other } : { name, state: 'unknown' };
  });
}

/** Every name a skill binding could have meant: flat skills first, then every skill's names. */
export function bindingCandidates(index: WorkspaceIndex): string[] {
  return [...new Set([...flatSkills(index).keys(), ...skillsByName(index).keys()])];
}
