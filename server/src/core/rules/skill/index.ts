import type { Rule } from '../types';
import { agentSkillUnknown } from './agent-skill-unknown';
import { skillCompatibility } from './skill-compatibility-length';
import { skillDescriptionLength } from './skill-description-length';
import { skillFieldValue } from './skill-field-value';
import { skillMetadata } from './skill-metadata-type';
import { skillNameDuplicate } from './skill-name-duplicate';
import { skillNameFolder } from './skill-name-folder-mismatch';
import { skillNameFormat } from './skill-name-format';
import { skillToolEntry } from './skill-tool-unknown';
import { skillUnknownField } from './skill-unknown-field';

/** Rules for skills (SKILL.md), the skill and command fields they share, and agents' skill references. */
export const skillRules: readonly Rule[] = [
  skillUnknownField,
  skillNameFormat,
  skillNameFolder,
  skillNameDuplicate,
  skillDescriptionLength,
  skillCompatibility,
  skillMetadata,
  skillFieldValue,
  skillToolEntry,
  agentSkillUnknown,
];
