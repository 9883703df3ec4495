import type { Rule } from '../types';
import { returnCodeDuplicate } from './return-code-duplicate';
import { returnCodeMirrorAgentUnknown } from './return-code-mirror-agent-unknown';
import { returnCodeNaming } from './return-code-naming';
import { returnCodeNotDeclared } from './return-code-not-declared';
import { returnCodeUnknown } from './return-code-unknown';
import { returnCodeUnrouted } from './return-code-unrouted';
import { returnCodeAgentSilent } from './return-code-agent-silent';
import { returnCodeStateDeadEnd } from './return-code-state-dead-end';
import { returnCodeStateMissing } from './return-code-state-missing';
import { returnCodeStateUnrouted } from './return-code-state-unrouted';
import { returnCodeUndefined } from './return-code-undefined';

/** Rules for the agent ↔ orchestrator return-code protocol: both generations (labelled lists and mirrors; tables and states). */
export const returnCodeRules: readonly Rule[] = [
  returnCodeUnknown,
  returnCodeUnrouted,
  returnCodeNotDeclared,
  returnCodeMirrorAgentUnknown,
  returnCodeDuplicate,
  returnCodeNaming,
  returnCodeUndefined,
  returnCodeStateUnrouted,
  returnCodeStateMissing,
  returnCodeStateDeadEnd,
  returnCodeAgentSilent,
];
