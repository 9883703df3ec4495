import type { Rule } from '../types';
import { argumentHintList } from './argumentHintList';
import { commandFieldIgnored } from './fieldIgnored';
import { argumentPlaceholderRange } from './placeholderRange';
import { commandUnknownField } from './unknownField';

/** Rules for slash-command files, and the argument handling commands share with skills. */
export const commandRules: readonly Rule[] = [commandUnknownField, commandFieldIgnored, argumentHintList, argumentPlaceholderRange];
