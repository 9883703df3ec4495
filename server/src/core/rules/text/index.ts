import type { Rule } from '../types';
import { replacementCharacter } from './replacementCharacter';

/** Rules about the bytes of the file itself, for every kind. */
export const textRules: readonly Rule[] = [replacementCharacter];
