import type { Rule } from '../types';
import { agentReferenceUnknown } from './agent-reference-unknown';
import { agentReferenceUnscoped } from './agent-reference-unscoped';
import { slashCommandUnknown } from './slash-command-unknown';

/** Rules for names that must resolve: agents, skills and commands referenced across the flow. */
export const nameRules: readonly Rule[] = [agentReferenceUnknown, agentReferenceUnscoped, slashCommandUnknown];
