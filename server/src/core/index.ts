/** The pure core: no `vscode`, no LSP. Hosts import from here. */
export { AgentDocsService, minimalEdit, type ServiceHost, type ServiceOptions } from './service';
export { DEFAULT_CONFIG, CONFIG_FILE_NAMES, mergeConfig, type AgentDocsConfig, type ConfigLayer } from './config/config';
export { parseConfigText, readLayer } from './config/parseConfig';
export { RULES, RULES_BY_ID, RULE_IDS, ALL_RULE_META } from './rules/registry';
export { FILE_BINARY, FILE_TOO_LARGE, FILE_UNREADABLE } from './rules/hostRules';
export { hostFinding, refuseText, utf8Length } from './admission';
export type { Rule, RuleMeta } from './rules/types';
export { applyEdits } from './text/edits';
export { keepLineEndings, lineEndingStyle } from './text/eol';
export { LineIndex } from './text/lineIndex';
export type * from './types';
export type * from './features/types';
