import { pairLineSpan } from '../document/pairs';
import type { FieldEntry } from '../document/yamlFields';
import type { Fix } from '../types';
import type { RuleContext } from '../rules/types';

/** A fix that replaces a field's value text with `newText`. */
export function replaceValue(ctx: RuleContext, entry: FieldEntry, newText: string, preferred: boolean): Fix {
  return ctx.fix(`Change to \`${newText}\``, [{ start: entry.valueStart, end: entry.valueEnd, newText }], preferred);
}

/** A fix that deletes a field's whole lines. */
export function removeField(ctx: RuleContext, entry: FieldEntry, preferred = false): Fix {
  const span = pairLineSpan(ctx.doc, entry);
  return ctx.fix(`Remove \`${entry.key}\``, [{ start: span.start, end: span.end, newText: '' }], preferred);
}

/** A scalar as YAML that reads back as the same string: plain when safe, else double-quoted. */
export function yamlString(value: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9 _./()-]*$/.test(value) && !/ $/.test(value) && !/^(true|false|yes|no|on|off|null|~|[0-9.]+)$/i.test(value)) return value;
  return JSON.stringify(value);
}
