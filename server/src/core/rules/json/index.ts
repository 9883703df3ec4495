import type { Rule } from '../types';
import { jsonSyntax } from './jsonSyntax';

/** Rules for every JSON document kind (`json/kinds.ts`). */
export const jsonRules: readonly Rule[] = [jsonSyntax];
