import type { Rule } from '../types';
import { mpmSkillCategoryValue } from './mpm-skill-category-value';
import { mpmSkillRequiredField } from './mpm-skill-required-field';
import { mpmVersionFormat } from './mpm-version-format';

/** Rules for claude-mpm projects: its validators' checks, in its terms (docs/claude-mpm.md). */
export const mpmRules: readonly Rule[] = [mpmSkillRequiredField, mpmSkillCategoryValue, mpmVersionFormat];
