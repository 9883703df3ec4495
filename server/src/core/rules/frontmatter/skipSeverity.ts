import type { ParsedDocument } from '../../document/parse';
import type { Severity } from '../../types';
import { pluginOf } from '../agent/plugin';

/**
 * How bad it is when Claude Code cannot read a file's frontmatter. A project or user agent is
 * skipped (error); a plugin agent still loads under its file name, and skills and commands still
 * load without their settings (warning).
 */
export function unreadableFrontmatterSeverity(doc: ParsedDocument): Severity {
  return doc.kind === 'agent' && !pluginOf(doc.uri) ? 'error' : 'warning';
}

/** Whether an unreadable frontmatter makes Claude Code skip this file. */
export function skippedWhenUnreadable(doc: ParsedDocument): boolean {
  return unreadableFrontmatterSeverity(doc) === 'error';
}
