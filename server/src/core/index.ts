/** The pure core: no `vscode`, no LSP. Hosts import from here. */
export { AgentDocsService, type ServiceHost, type ServiceOptions } from './service';
export { DEFAULT_CONFIG, CONFIG_FILE_NAMES, INDEXING_SETTINGS, mergeConfig, type AgentDocsConfig, type ConfigLayer } from './config/config';
export { parseConfigText, readLayer, SEVERITIES } from './config/parseConfig';
export { configSchema, documentsSetting, ruleSeverityProperties, CONFIG_SCHEMA_PATH, type JsonSchema } from './config/schema';
export { RULES, RULES_BY_ID, RULE_IDS, ALL_RULE_META } from './rules/registry';
export { FILE_BINARY, FILE_TOO_LARGE, FILE_UNREADABLE } from './rules/hostRules';
export { hostFinding, refuseText, utf8Length } from './admission';
export type { Rule, RuleMeta } from './rules/types';
export { findDamagedText, hasDamagedText, repairDamagedText, type DamagedRun } from './encoding';
export { applyEdits, minimalEdit } from './text/edits';
export { keepLineEndings, lineEndingStyle } from './text/eol';
export { LineIndex } from './text/lineIndex';
export { basename } from './text/names';
export { decodeSafe } from './files/uris';
export type { UnresolvedLink } from './references/unresolved';
export type { LinkForm } from './references/links';
export type { FileMove } from './features/links/moves';
export type { DirectoryEntry, ReadDirectory } from './files/workspaceFiles';
export type * from './types';
export type * from './features/types';
export { toggleChecklistItem, type ChecklistCounts, type ChecklistState, type ChecklistStyle } from './tasks/checklist';
export { taskChecklist, type TaskChecklist, type TaskChecklistItem } from './tasks/api';
export { taskTree, taskTreeIn, type TaskTree, type TaskTreeEpic, type TaskTreeStory, type TaskTreeTask, type TaskNode, type TaskProgress } from './tasks/tree';
export { parseDocument, type ParsedDocument } from './document/parse';
export { deferredDocument } from './document/deferred';
export { carriedModels, takeOver, type CarriedModels } from './document/carried';
export { bindSkills, type TemplateBinding } from './mpm/bindings';
export { isDataDocumentPath, MPM_REGISTRY_GLOB } from './framework/claudeMpmKinds';
export { templatesIn, TEMPLATE_KEYS, type TemplateDefinition } from './mpm/templates';
export { detectClaudeMpmProjects, mayMarkClaudeMpmProject, frameworkOf, FRAMEWORK_SETTINGS, type Framework, type FrameworkSetting } from './framework/detect';
export { JSON_KINDS, JSON_WATCH_GLOBS, classifyJson, isJsonDocumentName, isJsonDocumentPath, isJsonKind, type JsonKindSpec } from './json/kinds';
export { parseJson, type JsonDialect, type JsonModel, type JsonSyntaxError } from './json/parse';
export type * from './json/model';
export { PLUGIN_SCHEMAS, type PluginSchema } from './plugins/schemas';
export { progressBar, percentDone, progressCounts } from './tasks/progressText';
export { epicOf } from './tasks/ids';
export {
  defaultPlanFolder,
  idPath,
  nextPlanId,
  nodeIdOfFile,
  nodeState,
  planLayoutOf,
  problemCount,
  statusState,
  PLAN_FOLDERS,
  type PlanLayout,
  type PlanState,
} from './tasks/plan';
export { legacyFileName } from './tasks/fileName';
export { namesFor, newFileUri, templateFor } from './tasks/create';
export { routingTable, type RoutedCode, type RouteSite, type RoutingTable } from './returnCodes/routing';
export {
  tableFlowFor,
  tableFlows,
  waysOut,
  type FlowAgent,
  type FlowCode,
  type FlowReturn,
  type FlowState,
  type FlowTransition,
  type TableFlow,
} from './returnCodes/tables/flow';
export { INDEXERS } from './workspace/indexers';
export { RETURN_CODES_KEY } from './workspace/indexers/returnCodes';
export { TASK_FACTS_KEY, taskFactsIndexer } from './workspace/indexers/tasks';
export { DEFINITION_KEYS, definitionsIn, type Definition } from './workspace/definitions';
export { flowGraph, flowOfFile, FLOW_GRAPH_KEYS } from './graph/flowGraph';
export type * from './graph/model';
export { reportedByVsCode, VSCODE_VALIDATION } from './spec/vscodeValidation';
export { agentCandidateFolders, folderGlob, type AgentCandidateFolder } from './workspace/locations';
export { WORKSPACE_FILES_KEY, WORKSPACE_PLUGINS_KEY } from './files/workspaceFiles';
