import { frontmatterFeature } from './frontmatter';
import { flowFeature } from './graph';
import { placeholderFeature } from './placeholders';
import { returnCodesFeature } from './returnCodes';
import { tableFlowFeature } from './returnCodes/tableFlow';
import { tasksFeature } from './tasks';
import type { LanguageFeature } from './types';

/** Every feature area; the service asks them in this order. Add a domain's feature here, one per line. */
export const FEATURES: readonly LanguageFeature[] = [
  frontmatterFeature,
  placeholderFeature,
  tableFlowFeature,
  returnCodesFeature,
  tasksFeature,
  flowFeature,
];
