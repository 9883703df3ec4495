import type { Rule } from '../types';
import { duplicateKey } from './duplicate-key';
import { frontmatterLanguage } from './frontmatter-language';
import { frontmatterNotFirstLine } from './frontmatter-not-first-line';
import { frontmatterUnclosed } from './frontmatter-unclosed';
import { frontmatterClosedEarly } from './frontmatter-closed-early';
import { frontmatterNotMapping } from './frontmatter-not-mapping';
import { toolsWildcard } from './tools-wildcard';
import { yamlSyntax } from './yaml-syntax';
import { yamlTag } from './yaml-tag';

/** Rules about the frontmatter block itself, shared by every kind that has one. */
export const frontmatterRules: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  frontmatterUnclosed,
  frontmatterClosedEarly,
  frontmatterNotMapping,
  frontmatterNotFirstLine,
  frontmatterLanguage,
  toolsWildcard,
  yamlTag,
];
