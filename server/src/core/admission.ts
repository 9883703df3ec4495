import type { AgentDocsConfig } from './config/config';
import { FILE_BINARY, FILE_TOO_LARGE } from './rules/hostRules';
import type { RuleMeta } from './rules/types';
import type { Finding } from './types';

/**
 * Decides whether a document's text is handed to the parser and the rules at all. Editors open
 * whatever is in a folder: a generated 50 MB file or a binary with an `.md` name must cost nothing
 * but one finding that says why it was skipped.
 */

/** How far into a text NUL characters are looked for (git looks at the first 8,000 bytes). */
const BINARY_PROBE = 8000;

/**
 * A finding for a file the host or service could not hand to the rules; none when turned off. It
 * marks the first character, or nothing when `text` is known to start with a line break or be empty.
 */
export function hostFinding(meta: RuleMeta, message: string, config: AgentDocsConfig, text?: string): Finding[] {
  const setting = config.rules[meta.id];
  if (setting === 'off') return [];
  const width = text === undefined || (text.length > 0 && text[0] !== '\n' && text[0] !== '\r') ? 1 : 0;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: width } };
  return [{ ruleId: meta.id, severity: setting ?? meta.severity, message, range }];
}

/** UTF-8 length of a string (what the file takes on disk, without a BOM). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Why a text must not be parsed, as findings; undefined when it may be. */
export function refuseText(text: string, config: AgentDocsConfig): Finding[] | undefined {
  const max = config.maxFileSize;
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: only measure when the length alone does not decide.
  if (text.length > max || (text.length * 3 > max && utf8Length(text) > max)) {
    return hostFinding(FILE_TOO_LARGE, `Skipped: ${utf8Length(text)} bytes is over maxFileSize (${max}).`, config, text);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1 && nul < BINARY_PROBE) {
    return hostFinding(FILE_BINARY, 'Skipped: the file contains NUL bytes, so it is binary, not Markdown text.', config, text);
  }
  return undefined;
}
