import type { LanguageFeature } from '../types';
import { completeFrontmatter } from './completion';
import { hoverFrontmatter } from './hover';

/**
 * Frontmatter keys, enum values and tool names: completions and hovers driven by the field lists
 * in spec/claudeCode.ts (`FIELDS_BY_KIND`), so a kind gains them by listing its fields there.
 */
export const frontmatterFeature: LanguageFeature = {
  id: 'frontmatter',
  completion: (ctx, offset) => completeFrontmatter(ctx.doc, offset, ctx.config),
  hover: (ctx, offset) => hoverFrontmatter(ctx.doc, offset, ctx.config),
};
