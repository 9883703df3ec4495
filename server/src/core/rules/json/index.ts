import type { Rule } from '../types';
import { jsonSyntax } from './json-syntax';

/** Rules for every JSON document kind (`json/kinds.ts`). */
export const jsonRules: readonly Rule[] = [jsonSyntax];
