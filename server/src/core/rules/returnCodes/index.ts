import type { Rule } from '../types';
import { returnCodeDuplicate } from './duplicate';
import { returnCodeMirrorAgentUnknown } from './mirrorAgentUnknown';
import { returnCodeNaming } from './naming';
import { returnCodeNotDeclared } from './notDeclared';
import { returnCodeUnknown } from './unknownCode';
import { returnCodeUnrouted } from './unrouted';

/** Rules for the agent ↔ orchestrator return-code protocol. */
export const returnCodeRules: readonly Rule[] = [returnCodeUnknown, returnCodeUnrouted, returnCodeNotDeclared, returnCodeMirrorAgentUnknown, returnCodeDuplicate, returnCodeNaming];
