/**
 * `documentLinks` as it was (main a68b16b): the old raw-text gates, and every body line read for
 * resource, plugin-root and skill-file paths. The oracle of its fast path (which reads only the
 * lines that can hold one) in `test/corpus/bodyScans.test.ts`; the per-line readers are shared
 * (`linksOf`). Nothing else may import this file.
 */
import { memo, type ParsedDocument } from '../../server/src/core/document/parse';
import { linksOf, type LinkReference } from '../../server/src/core/references/links';

const SKILL_FOLDERS = 'references|reference|scripts|assets';

/** Every file reference of a document, every body line read for resource, plugin-root and skill-file paths. */
export function documentLinksByLine(doc: ParsedDocument): readonly LinkReference[] {
  return memo(doc, 'oracle.references.links', () => {
    const { text } = doc;
    const body = doc.bodyStart;
    const forms = {
      link: text.indexOf('](', body) >= 0 || text.indexOf(']:', body) >= 0,
      resource: text.indexOf('://', body) >= 0,
      root: text.indexOf('CLAUDE_PLUGIN_ROOT', body) >= 0,
      skillFile: doc.kind === 'skill' && new RegExp(`(?:${SKILL_FOLDERS})/`).test(text.slice(body)),
    };
    return linksOf(doc, forms, function* (md) {
      for (let line = md.firstLine; line < doc.lines.lineCount; line++) yield line;
    });
  });
}
