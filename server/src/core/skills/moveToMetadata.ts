import { field } from '../document/parse';
import { isMap, scalarString, type FieldEntry } from '../document/yamlFields';
import type { OffsetEdit, RuleContext } from '../rules/types';
import { removalEdit, yamlString } from '../fields/edits';
import { fieldSpan } from '../fields/spans';
import { eolOf } from '../text/eol';

/**
 * Edits that move scalar top-level fields under `metadata` as string values: each field's lines
 * are removed and `key: value` lines are appended to an existing block `metadata` map, or a new
 * `metadata:` block is added at the end of the frontmatter. Undefined when `metadata` exists but is
 * not a block map (a flow map or a scalar), where appending lines would be wrong.
 */
export function moveUnderMetadata(ctx: RuleContext, fields: readonly FieldEntry[]): OffsetEdit[] | undefined {
  const doc = ctx.doc;
  const fm = doc.frontmatter;
  if (!fm) return undefined;
  const eol = eolOf(doc.text);
  const meta = field(doc, 'metadata');
  let insertAt: number;
  let indent = '  ';
  let header = '';
  if (meta) {
    if (!meta.value || !isMap(meta.value) || meta.value.flow) return undefined;
    const items = meta.value.items;
    const firstKey = items[0]?.key as { range?: [number, number, number] } | undefined;
    if (firstKey?.range) {
      const at = fm.contentStart + firstKey.range[0];
      indent = ' '.repeat(doc.lines.positionAt(at).character);
    }
    insertAt = fieldSpan(doc, meta).contentEnd;
  } else {
    insertAt = fm.contentEnd;
    header = `metadata:${eol}`;
  }
  const lines = fields.map((f) => `${indent}${f.key}: ${yamlString(scalarString(f.value) ?? '')}${eol}`).join('');
  const edits: OffsetEdit[] = fields.map((f) => removalEdit(doc, f));
  // A removal that spans the insertion point would overlap it: offer no move rather than a broken one.
  if (edits.some((e) => e.start < insertAt && e.end > insertAt)) return undefined;
  // Content that does not end with a line break (`a: 1` at EOF, or `a: 1 ---` closed inline): what
  // precedes the insertion once the removals ending there are applied.
  let before = insertAt;
  for (let e = edits.find((r) => r.end === before && r.start < before); e; e = edits.find((r) => r.end === before && r.start < before)) before = e.start;
  const lead = before > 0 && doc.text[before - 1] !== '\n' ? eol : '';
  edits.push({ start: insertAt, end: insertAt, newText: lead + header + lines });
  return edits;
}
