import type { Rule } from '../types';
import { agentBackgroundValue } from './backgroundValue';
import { agentColorValue } from './colorValue';
import { agentDescriptionMissing } from './descriptionMissing';
import { agentEnumValue } from './enumValue';
import { agentFrontmatterMissing } from './frontmatterMissing';
import { agentMaxTurnsValue } from './maxTurnsValue';
import { agentModelValue } from './modelValue';
import { agentNameDuplicate } from './nameDuplicate';
import { agentNameFormat } from './nameFormat';
import { agentNameInvalid } from './nameInvalid';
import { agentNameMissing } from './nameMissing';
import { agentPluginIgnoredField } from './pluginIgnoredField';
import { agentToolAlias } from './toolAlias';
import { agentToolConflict } from './toolConflict';
import { agentToolMcpPattern } from './toolMcpPattern';
import { agentToolRemoved } from './toolRemoved';
import { agentToolsNoneResolve } from './toolsNoneResolve';
import { agentToolStripped } from './toolStripped';
import { agentToolUnknown } from './toolUnknown';
import { agentUnknownField } from './unknownField';

/** Rules for Claude Code subagent files. */
export const agentRules: readonly Rule[] = [
  agentFrontmatterMissing,
  agentNameMissing,
  agentNameInvalid,
  agentNameFormat,
  agentNameDuplicate,
  agentDescriptionMissing,
  agentUnknownField,
  agentModelValue,
  agentColorValue,
  agentEnumValue,
  agentBackgroundValue,
  agentMaxTurnsValue,
  agentPluginIgnoredField,
  agentToolsNoneResolve,
  agentToolUnknown,
  agentToolAlias,
  agentToolRemoved,
  agentToolMcpPattern,
  agentToolConflict,
  agentToolStripped,
];
