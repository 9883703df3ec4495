import type { Rule } from '../types';
import { mpmRegistryAgentUnknown } from './mpm-registry-agent-unknown';
import { mpmRegistrySkillUnknown } from './mpm-registry-skill-unknown';
import { mpmSkillCategoryValue } from './mpm-skill-category-value';
import { mpmSkillRequiredField } from './mpm-skill-required-field';
import { mpmTemplateColorValue } from './mpm-template-color-value';
import { mpmTemplateDuplicate } from './mpm-template-duplicate';
import { mpmTemplateNameInvalid } from './mpm-template-name-invalid';
import { mpmTemplateSchema } from './mpm-template-schema';
import { mpmTemplateSkillUnbound } from './mpm-template-skill-unbound';
import { mpmTemplateToolRemoved } from './mpm-template-tool-removed';
import { mpmVersionFormat } from './mpm-version-format';

/** Rules for claude-mpm projects: its validators' checks in its terms, and Claude Code's on what it deploys (docs/claude-mpm.md). */
export const mpmRules: readonly Rule[] = [
  mpmSkillRequiredField,
  mpmSkillCategoryValue,
  mpmVersionFormat,
  mpmTemplateSchema,
  mpmTemplateNameInvalid,
  mpmTemplateColorValue,
  mpmTemplateToolRemoved,
  mpmTemplateSkillUnbound,
  mpmTemplateDuplicate,
  mpmRegistrySkillUnknown,
  mpmRegistryAgentUnknown,
];
