import type { RuleMeta } from './types';

/**
 * Findings a host reports about a file it could not hand to the rules (it decides, not a check on
 * parsed text). Listed here so they have ids, docs and configurable severities like every rule.
 */
export const FILE_UNREADABLE: RuleMeta = {
  id: 'file-unreadable',
  description: 'The file could not be read; nothing in it was checked.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  docs: 'Reported by the CLI and the language server when a file exists but cannot be read (permissions, a dangling link, an I/O error). The run goes on with the other files.',
};

export const FILE_TOO_LARGE: RuleMeta = {
  id: 'file-too-large',
  description: 'The file is larger than `maxFileSize` and was skipped.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  docs: 'Files over the `maxFileSize` setting (default 2 MiB) are not parsed, so a generated or binary file cannot stall the editor. Raise the setting if a real agent document is larger.',
};

export const HOST_RULES: readonly RuleMeta[] = [FILE_UNREADABLE, FILE_TOO_LARGE];
