import { pairLineSpan } from '../../document/pairs';
import type { FieldEntry } from '../../document/yamlFields';
import type { Fix } from '../../types';
import type { RuleContext } from '../types';

/** A fix that replaces a field's value text with `newText`. */
export function replaceValue(ctx: RuleContext, entry: FieldEntry, newText: string, preferred: boolean): Fix {
  return ctx.fix(`Change to \`${newText}\``, [{ start: entry.valueStart, end: entry.valueEnd, newText }], preferred);
}

/** A fix that deletes a field's whole lines. */
export function removeField(ctx: RuleContext, entry: FieldEntry, preferred = false): Fix {
  const span = pairLineSpan(ctx.doc, entry);
  return ctx.fix(`Remove \`${entry.key}\``, [{ start: span.start, end: span.end, newText: '' }], preferred);
}

/** The range to report for a field's value: the value, or the key when it has none. */
export function valueSpan(entry: FieldEntry): { start: number; end: number } {
  return entry.valueEnd > entry.valueStart ? { start: entry.valueStart, end: entry.valueEnd } : { start: entry.keyStart, end: entry.keyEnd };
}
