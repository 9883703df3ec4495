import type { Rule } from '../types';
import { hookEntryInvalid } from './hook-entry-invalid';
import { hookEventUnknown } from './hook-event-unknown';
import { hookPathUnquoted } from './hook-path-unquoted';
import { hookScriptMissing } from './hook-script-missing';
import { hookScriptNotExecutable } from './hook-script-not-executable';

/** Rules for plugin hooks: `hooks/hooks.json` and a plugin.json's inline `hooks`. */
export const hookRules: readonly Rule[] = [hookEntryInvalid, hookEventUnknown, hookPathUnquoted, hookScriptMissing, hookScriptNotExecutable];
