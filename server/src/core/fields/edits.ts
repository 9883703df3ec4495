import type { ParsedDocument } from '../document/parse';
import type { FieldEntry } from '../document/yamlFields';
import type { Fix } from '../types';
import type { OffsetEdit, RuleContext } from '../rules/types';
import { fieldSpan } from './spans';

/** A fix that replaces a field's value text with `newText`. */
export function replaceValue(ctx: RuleContext, entry: FieldEntry, newText: string, preferred: boolean): Fix {
  return ctx.fix(`Change to \`${newText}\``, [{ start: entry.valueStart, end: entry.valueEnd, newText }], preferred);
}

/** The edit that deletes a field's lines: its own comments and value, not the next key's comments. */
export function removalEdit(doc: ParsedDocument, entry: FieldEntry): OffsetEdit {
  const span = fieldSpan(doc, entry);
  return { start: span.start, end: span.end, newText: '' };
}

/** A fix that deletes a field's lines (see `removalEdit`). */
export function removeField(ctx: RuleContext, entry: FieldEntry, preferred = false): Fix {
  return ctx.fix(`Remove \`${entry.key}\``, [removalEdit(ctx.doc, entry)], preferred);
}

/** A scalar as YAML that reads back as the same string: plain when safe, else double-quoted. */
export function yamlString(value: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9 _./()-]*$/.test(value) && !/ $/.test(value) && !/^(true|false|yes|no|on|off|null|~|[0-9.]+)$/i.test(value)) return value;
  return JSON.stringify(value);
}
