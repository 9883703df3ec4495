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

export const FILE_BINARY: RuleMeta = {
  id: 'file-binary',
  description: 'The file contains NUL bytes: it is binary, not text, and was skipped.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  docs: 'A file whose first 8,000 characters contain a NUL byte is treated as binary (as git does) and not parsed. Claude Code cannot use such a file as an agent, skill or command either. Often an image or archive saved with an `.md` name, or a file written in UTF-16.',
};

export const HOST_RULES: readonly RuleMeta[] = [FILE_UNREADABLE, FILE_TOO_LARGE, FILE_BINARY];
