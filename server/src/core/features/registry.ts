import { frontmatterFeature } from './frontmatter';
import { placeholderFeature } from './placeholders';
import type { LanguageFeature } from './types';

/** Every feature area; the service asks them in this order. Add a domain's feature here. */
export const FEATURES: readonly LanguageFeature[] = [frontmatterFeature, placeholderFeature];
