import type { Rule } from '../types';
import { agentBackgroundValue } from './agent-background-value';
import { agentColorValue } from './agent-color-value';
import { agentDescriptionMissing } from './agent-description-missing';
import { agentEnumValue } from './agent-enum-value';
import { agentFrontmatterMissing } from './agent-frontmatter-missing';
import { agentMaxTurnsValue } from './agent-max-turns-value';
import { agentModelValue } from './agent-model-value';
import { agentNameDuplicate } from './agent-name-duplicate';
import { agentNameFormat } from './agent-name-format';
import { agentNameInvalid } from './agent-name-invalid';
import { agentNameMissing } from './agent-name-missing';
import { agentPluginIgnoredField } from './agent-plugin-ignored-field';
import { agentToolAlias } from './agent-tool-alias';
import { agentToolConflict } from './agent-tool-conflict';
import { agentToolMcpPattern } from './agent-tool-mcp-pattern';
import { agentToolPluginMcpUnscoped } from './agent-tool-plugin-mcp-unscoped';
import { agentToolRemoved } from './agent-tool-removed';
import { agentToolsNoneResolve } from './agent-tools-none-resolve';
import { agentToolStripped } from './agent-tool-stripped';
import { agentToolUnknown } from './agent-tool-unknown';
import { agentUnknownField } from './agent-unknown-field';

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
  agentToolPluginMcpUnscoped,
  agentToolConflict,
  agentToolStripped,
];
