import type { Rule } from '../types';
import { damagedText } from './damaged-text';
import { replacementCharacter } from './replacement-character';

/** Rules about the text of any document, whatever its kind. */
export const textRules: readonly Rule[] = [damagedText, replacementCharacter];
