import type { LanguageFeature } from '../types';
import { completeCode } from './completion';
import { hoverCode } from './hover';
import { codeDefinition, codeReferences } from './navigation';
import { prepareRenameCode, renameCode } from './rename';
import { codeSymbols } from './symbols';

/** Return codes as symbols: hover, go to declaration, references, rename, completion, outline. */
export const returnCodesFeature: LanguageFeature = {
  id: 'returnCodes',
  hover: hoverCode,
  completion: completeCode,
  definition: codeDefinition,
  references: codeReferences,
  prepareRename: prepareRenameCode,
  rename: renameCode,
  documentSymbols: codeSymbols,
};
