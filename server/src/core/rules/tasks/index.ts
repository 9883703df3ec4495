import type { Rule } from '../types';
import { taskCriteriaLimit } from './criteriaLimit';
import { taskHeadingMismatch } from './headingMismatch';
import { taskIdDuplicate } from './idDuplicate';
import { taskIdMalformed } from './idMalformed';
import { taskLinkBroken } from './linkBroken';
import { taskNameMismatch } from './nameMismatch';
import { taskParentMissing } from './parentMissing';
import { taskPlaceholder } from './placeholder';
import { taskReferenceMissing } from './referenceMissing';
import { taskStatusChecklist } from './statusChecklist';
import { taskStatusConflict } from './statusConflict';
import { taskStoryProgress } from './storyProgress';

/** Rules for task IDs and epic, story and task documents. */
export const taskRules: readonly Rule[] = [
  taskReferenceMissing,
  taskIdMalformed,
  taskIdDuplicate,
  taskHeadingMismatch,
  taskNameMismatch,
  taskParentMissing,
  taskLinkBroken,
  taskStatusConflict,
  taskStatusChecklist,
  taskPlaceholder,
  taskCriteriaLimit,
  taskStoryProgress,
];
