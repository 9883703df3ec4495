import type { LanguageFeature } from '../types';
import { taskCodeLenses } from './codeLens';
import { taskCompletion } from './completion';
import { taskHover } from './hover';
import { taskDefinition, taskDocumentLinks, taskReferences } from './navigation';

/** Task IDs everywhere in Markdown: hover, go to definition, links, references, completion, code lenses. */
export const tasksFeature: LanguageFeature = {
  id: 'tasks',
  hover: taskHover,
  definition: taskDefinition,
  documentLinks: taskDocumentLinks,
  references: taskReferences,
  completion: taskCompletion,
  codeLenses: taskCodeLenses,
};
