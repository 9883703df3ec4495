import type { Rule } from '../types';
import { agentSkillUnknown } from './agentSkillUnknown';
import { skillCompatibility } from './compatibility';
import { skillDescriptionLength } from './descriptionLength';
import { skillFieldValue } from './fieldValue';
import { skillMetadata } from './metadata';
import { skillNameDuplicate } from './nameDuplicate';
import { skillNameFolder } from './nameFolder';
import { skillNameFormat } from './nameFormat';
import { skillToolEntry } from './toolEntries';
import { skillUnknownField } from './unknownField';

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
