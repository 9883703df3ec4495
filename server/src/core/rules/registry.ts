import { agentRules } from './agent';
import { frontmatterRules } from './frontmatter';
import { HOST_RULES } from './hostRules';
import { jsonRules } from './json';
import { hookRules } from './hooks';
import { mcpRules } from './mcp';
import { pluginRules } from './plugin';
import { commandRules } from './command';
import { nameRules } from './names';
import { linkRules } from './links';
import { mpmRules } from './mpm';
import { returnCodeRules } from './returnCodes';
import { skillRules } from './skill';
import { taskRules } from './tasks';
import { textRules } from './text';
import type { Rule, RuleMeta } from './types';

/** Every rule, in the order the docs list them. Add a domain's list here, one per line. */
export const RULES: readonly Rule[] = [
  ...frontmatterRules,
  ...agentRules,
  ...skillRules,
  ...commandRules,
  ...mpmRules,
  ...textRules,
  ...returnCodeRules,
  ...nameRules,
  ...linkRules,
  ...taskRules,
  ...jsonRules,
  ...pluginRules,
  ...hookRules,
  ...mcpRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Everything with a rule id: checks plus the host-reported findings, for docs, config and SARIF. */
export const ALL_RULE_META: readonly RuleMeta[] = [...RULES, ...HOST_RULES];

export const RULE_IDS: ReadonlySet<string> = new Set(ALL_RULE_META.map((r) => r.id));
