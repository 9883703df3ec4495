import type { ParsedDocument } from '../document/parse';

/**
 * Whether Claude Code cannot read the frontmatter at all (the YAML fails even after its fallback
 * quoting). Rules that read keys stay quiet then: text after the break is read as stray keys
 * (`user:` lines of an example), and reporting those would bury the one finding that matters.
 */
export function yamlBroken(doc: ParsedDocument): boolean {
  return (doc.frontmatter?.yaml?.errors.length ?? 0) > 0;
}

/**
 * Whether field rules should speak: the frontmatter is a mapping that Claude Code reads (as
 * written, or through its fallback quoting: the fields are then the ones it recovers).
 */
export function hasCleanFrontmatter(doc: ParsedDocument): boolean {
  const yaml = doc.frontmatter?.yaml;
  return !!yaml && yaml.isMapping && yaml.errors.length === 0;
}
