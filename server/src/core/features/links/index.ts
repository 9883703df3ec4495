import type { LanguageFeature } from '../types';
import { linkCompletion } from './completion';
import { linkHover } from './hover';
import { linkDefinition, linkDocumentLinks, linkReferences } from './navigation';

/** Links to files: Ctrl-click, go to the file or heading, hover with its first lines, who else links there, path completion. */
export const linksFeature: LanguageFeature = {
  id: 'links',
  hover: linkHover,
  completion: linkCompletion,
  definition: linkDefinition,
  references: (ctx, offset) => linkReferences(ctx, offset),
  documentLinks: linkDocumentLinks,
};
