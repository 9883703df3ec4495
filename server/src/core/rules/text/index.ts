import type { Rule } from '../types';
import { damagedText } from './damagedText';
import { replacementCharacter } from './replacementCharacter';

/** Rules about the text of any document, whatever its kind. */
export const textRules: readonly Rule[] = [damagedText, replacementCharacter];
