import { SKILL_LIMITS, SKILL_NAME_PATTERN } from '../spec/claudeCode';
import { toKebabName } from '../text/names';

/** Why a skill name breaks the Agent Skills rules, or undefined when it is valid. */
export function skillNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > SKILL_LIMITS.nameMax) return `is ${name.length} characters long (at most ${SKILL_LIMITS.nameMax})`;
  if (/[A-Z]/.test(name) && SKILL_NAME_PATTERN.test(name.toLowerCase())) return 'has capital letters';
  if (/^-|-$/.test(name)) return 'starts or ends with a hyphen';
  if (name.includes('--')) return 'has two hyphens in a row';
  if (!SKILL_NAME_PATTERN.test(name)) return 'has characters other than lowercase letters, digits and hyphens';
  return undefined;
}

/** A valid skill name made from any text: `My_Skill v2` → `my-skill-v2`, cut to 64 characters. */
export function deriveSkillName(text: string): string {
  return toKebabName(text).slice(0, SKILL_LIMITS.nameMax).replace(/-+$/, '');
}
