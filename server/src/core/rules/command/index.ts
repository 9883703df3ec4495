import type { Rule } from '../types';
import { argumentHintList } from './argument-hint-list';
import { commandFieldIgnored } from './command-field-ignored';
import { argumentPlaceholderOffByOne } from './argument-placeholder-off-by-one';
import { argumentPlaceholderRange } from './argument-placeholder-range';
import { commandUnknownField } from './command-unknown-field';
import { commandFrontmatterMissing } from './command-frontmatter-missing';

/** Rules for slash-command files, and the argument handling commands share with skills. */
export const commandRules: readonly Rule[] = [
  commandFrontmatterMissing,
  commandUnknownField,
  commandFieldIgnored,
  argumentHintList,
  argumentPlaceholderRange,
  argumentPlaceholderOffByOne,
];
