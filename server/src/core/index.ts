/** The pure core: no `vscode`, no LSP. Hosts import from here. */
export { AgentDocsService, minimalEdit, type ServiceHost, type ServiceOptions } from './service';
export { DEFAULT_CONFIG, CONFIG_FILE_NAMES, mergeConfig, type AgentDocsConfig, type ConfigLayer } from './config/config';
export { parseConfigText, readLayer, SEVERITIES } from './config/parseConfig';
export { configSchema, ruleSeverityProperties, CONFIG_SCHEMA_PATH, type JsonSchema } from './config/schema';
export { RULES, RULES_BY_ID, RULE_IDS, ALL_RULE_META } from './rules/registry';
export { FILE_TOO_LARGE, FILE_UNREADABLE } from './rules/hostRules';
export type { Rule, RuleMeta } from './rules/types';
export { findDamagedText, hasDamagedText, repairDamagedText, type DamagedRun } from './encoding';
export { applyEdits } from './text/edits';
export { LineIndex } from './text/lineIndex';
export type * from './types';
export type * from './features/types';
export { toggleChecklistItem, type ChecklistCounts, type ChecklistState, type ChecklistStyle } from './tasks/checklist';
export { taskChecklist, type TaskChecklist, type TaskChecklistItem } from './tasks/api';
export { taskTree, taskTreeIn, type TaskTree, type TaskTreeEpic, type TaskTreeStory, type TaskTreeTask, type TaskNode, type TaskProgress } from './tasks/tree';
export { parseDocument, type ParsedDocument } from './document/parse';
export { progressBar, percentDone, progressCounts } from './tasks/progressText';
