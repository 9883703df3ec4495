import type { Rule } from '../types';
import { taskCriteriaLimit } from './task-criteria-limit';
import { taskHeadingMismatch } from './task-heading-mismatch';
import { taskIdDuplicate } from './task-id-duplicate';
import { taskIdMalformed } from './task-id-malformed';
import { taskLinkBroken } from './task-link-broken';
import { taskNameMismatch } from './task-name-mismatch';
import { taskParentMissing } from './task-parent-missing';
import { taskPlaceholder } from './task-placeholder';
import { taskReferenceMissing } from './task-reference-missing';
import { taskStatusChecklist } from './task-status-checklist';
import { taskStatusConflict } from './task-status-conflict';
import { taskStoryProgress } from './task-story-progress';

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
