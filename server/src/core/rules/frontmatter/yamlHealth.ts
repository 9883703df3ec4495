import type { ParsedDocument } from '../../document/parse';

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
