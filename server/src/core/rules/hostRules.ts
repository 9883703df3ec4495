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
  consequence: {
    text: 'Nothing in the file was checked; Claude Code cannot read it either.',
    evidence: ['the operating system refused the read (permissions, a dangling link, an I/O error)'],
  },
  docs: 'Reported by the CLI and the language server when a file exists but cannot be read (permissions, a dangling link, an I/O error). The run goes on with the other files.',
};

export const FILE_TOO_LARGE: RuleMeta = {
  id: 'file-too-large',
  description: 'The file is larger than `maxFileSize` and was skipped.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  consequence: {
    text: 'agent-docs skipped the file (raise `maxFileSize` to check it); Claude Code reads agent files up to 1 MiB.',
    evidence: ['Claude Code 2.1.332 binary: agent and skill files over 1,048,576 bytes are skipped ("exceeds … byte limit")'],
  },
  docs: 'Files over the `maxFileSize` setting (default 2 MiB) are not parsed, so a generated or binary file cannot stall the editor. Raise the setting if a real agent document is larger.',
};

export const FILE_BINARY: RuleMeta = {
  id: 'file-binary',
  description: 'The file contains NUL bytes: it is binary, not text, and was skipped.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: false,
  consequence: {
    text: 'Claude Code cannot use a binary file as an agent, skill or command; agent-docs skipped it.',
    evidence: ['NUL bytes in the first 8,000 characters, as git decides binary'],
  },
  docs: 'A file whose first 8,000 characters contain a NUL byte is treated as binary (as git does) and not parsed. Claude Code cannot use such a file as an agent, skill or command either. Often an image or archive saved with an `.md` name, or a file written in UTF-16.',
};

export const HOST_RULES: readonly RuleMeta[] = [FILE_UNREADABLE, FILE_TOO_LARGE, FILE_BINARY];
