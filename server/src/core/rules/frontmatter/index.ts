import type { Rule } from '../types';
import { duplicateKey } from './duplicateKey';
import { frontmatterLanguage } from './language';
import { frontmatterNotFirstLine } from './notFirstLine';
import { frontmatterUnclosed } from './frontmatterUnclosed';
import { toolsWildcard } from './toolsWildcard';
import { yamlSyntax } from './yamlSyntax';
import { yamlTag } from './yamlTag';

/** Rules about the frontmatter block itself, shared by every kind that has one. */
export const frontmatterRules: readonly Rule[] = [yamlSyntax, duplicateKey, frontmatterUnclosed, frontmatterNotFirstLine, frontmatterLanguage, toolsWildcard, yamlTag];
