import { frontmatterFeature } from './frontmatter';
import { flowFeature } from './graph';
import { linksFeature } from './links';
import { namesFeature } from './names';
import { placeholderFeature } from './placeholders';
import { returnCodesFeature } from './returnCodes';
import { tableFlowFeature } from './returnCodes/tableFlow';
import { tasksFeature } from './tasks';
import type { LanguageFeature } from './types';

/** Every feature area; the service asks them in this order. Add a domain's feature here, one per line. */
export const FEATURES: readonly LanguageFeature[] = [
  // Names answer only on a name (an `Agent(x)` specifier inside a tools entry): ahead of the
  // frontmatter's hover on the whole entry.
  namesFeature,
  linksFeature,
  frontmatterFeature,
  placeholderFeature,
  tableFlowFeature,
  returnCodesFeature,
  tasksFeature,
  flowFeature,
];
