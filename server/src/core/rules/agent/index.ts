import type { Rule } from '../types';
import { agentDescriptionMissing } from './descriptionMissing';
import { agentFrontmatterMissing } from './frontmatterMissing';
import { agentNameFormat } from './nameFormat';
import { agentNameInvalid } from './nameInvalid';
import { agentNameMissing } from './nameMissing';
import { agentUnknownField } from './unknownField';

/** Rules for Claude Code subagent files. */
export const agentRules: readonly Rule[] = [
  agentFrontmatterMissing,
  agentNameMissing,
  agentNameInvalid,
  agentNameFormat,
  agentDescriptionMissing,
  agentUnknownField,
];
