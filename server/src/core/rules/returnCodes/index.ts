import type { Rule } from '../types';
import { returnCodeDuplicate } from './return-code-duplicate';
import { returnCodeMirrorAgentUnknown } from './return-code-mirror-agent-unknown';
import { returnCodeNaming } from './return-code-naming';
import { returnCodeNotDeclared } from './return-code-not-declared';
import { returnCodeUnknown } from './return-code-unknown';
import { returnCodeUnrouted } from './return-code-unrouted';

/** Rules for the agent ↔ orchestrator return-code protocol. */
export const returnCodeRules: readonly Rule[] = [returnCodeUnknown, returnCodeUnrouted, returnCodeNotDeclared, returnCodeMirrorAgentUnknown, returnCodeDuplicate, returnCodeNaming];
