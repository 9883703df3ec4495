import type { Rule } from '../types';
import { frontmatterLanguage } from './frontmatterLanguage';
import { frontmatterUnclosed } from './frontmatterUnclosed';
import { yamlSyntax } from './yamlSyntax';
import { yamlTag } from './yamlTag';

/** Rules about the frontmatter block itself, shared by every kind that has one. */
export const frontmatterRules: readonly Rule[] = [yamlSyntax, frontmatterUnclosed, frontmatterLanguage, yamlTag];
