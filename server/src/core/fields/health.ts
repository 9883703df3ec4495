import { pluginOf } from '../agents/plugin';
import type { ParsedDocument } from '../document/parse';
import type { Severity } from '../types';

/** `tools: *` and friends: reported by tools-wildcard, not counted as a broken document. */
export const WILDCARD_LINE = /^[ \t]*(?:tools|disallowedTools|allowed-tools|disallowed-tools)[ \t]*:[ \t]*\*[ \t]*$/;

/**
 * Whether the frontmatter has YAML errors other than a wildcard `tools: *`. Rules that read keys
 * stay quiet then: text after the break is read as stray keys (`user:` lines of an example), and
 * reporting those would bury the one finding that matters.
 */
export function yamlBroken(doc: ParsedDocument): boolean {
  const yaml = doc.frontmatter?.yaml;
  if (!yaml) return false;
  return yaml.errors.some((e) => e.code !== 'DUPLICATE_KEY' && !WILDCARD_LINE.test(doc.lines.lineText(doc.lines.positionAt(e.start).line)));
}

/**
 * Whether field rules should speak: the frontmatter is a mapping that parses. Claude Code reads no
 * field from YAML that fails to parse, and a broken parse yields bogus keys, so yaml-syntax alone
 * reports such a file (duplicate keys are not parse failures).
 */
export function hasCleanFrontmatter(doc: ParsedDocument): boolean {
  const yaml = doc.frontmatter?.yaml;
  return !!yaml && yaml.isMapping && yaml.errors.every((e) => e.code === 'DUPLICATE_KEY');
}

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
