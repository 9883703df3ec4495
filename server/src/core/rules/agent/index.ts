import type { Rule } from '../types';
import { agentNameMissing } from './nameMissing';

/** Rules for Claude Code subagent files. */
export const agentRules: readonly Rule[] = [agentNameMissing];
