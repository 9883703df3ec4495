import type { ParsedDocument } from '../document/parse';

/**
 * Whether an edit at `offset` may be a preferred fix (applied by fix-all and `lint --fix` without a
 * look): only in the frontmatter. The Markdown body is the prompt itself; `--fix` never rewrites it
 * (docs/security.md), so fixes there are offered as quick fixes only.
 */
export function inFrontmatter(doc: ParsedDocument, offset: number): boolean {
  return offset < doc.bodyStart;
}
