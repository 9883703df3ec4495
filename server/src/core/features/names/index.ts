import type { LanguageFeature } from '../types';
import { nameCompletion } from './completion';
import { nameHover } from './hover';
import { nameDefinition, nameReferences } from './navigation';
import { prepareRenameName, renameName } from './rename';

/** Agents, skills and commands by name: hover, completion, go to definition, references, rename. */
export const namesFeature: LanguageFeature = {
  id: 'names',
  hover: nameHover,
  completion: nameCompletion,
  definition: nameDefinition,
  references: nameReferences,
  prepareRename: prepareRenameName,
  rename: renameName,
};
