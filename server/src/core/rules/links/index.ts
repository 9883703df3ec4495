import type { Rule } from '../types';
import { linkAnchorMissing } from './link-anchor-missing';
import { linkCaseMismatch } from './link-case-mismatch';
import { linkTargetMissing } from './link-target-missing';

/** Rules for links and paths that must resolve: Markdown links, plugin resources, skill files. */
export const linkRules: readonly Rule[] = [linkCaseMismatch, linkTargetMissing, linkAnchorMissing];
