import type { Rule } from '../types';
import { agentFrontmatterMissing } from './frontmatterMissing';
import { agentNameMissing } from './nameMissing';

/** Rules for Claude Code subagent files. */
export const agentRules: readonly Rule[] = [agentFrontmatterMissing, agentNameMissing];
