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
  // Content that does not end with a line break (`a: 1---` cannot happen, but `a: 1` at EOF can).
  const lead = insertAt > 0 && doc.text[insertAt - 1] !== '\n' ? eol : '';
  const lines = fields.map((f) => `${indent}${f.key}: ${yamlString(scalarString(f.value) ?? '')}${eol}`).join('');
  const edits: OffsetEdit[] = fields.map((f) => removalEdit(doc, f));
  edits.push({ start: insertAt, end: insertAt, newText: lead + header + lines });
  return edits;
}
