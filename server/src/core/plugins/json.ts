import type { ParsedDocument } from '../document/parse';
import type { JsonArray, JsonNode, JsonObject, JsonProperty } from '../json/model';
import type { OffsetEdit } from '../rules/types';

/** The top-level object of a JSON document, or undefined when the text holds something else. */
export function rootObject(doc: ParsedDocument): JsonObject | undefined {
  const root = doc.json?.root;
  return root?.type === 'object' ? root : undefined;
}

/** The edit that removes one entry of an array with the comma that separates it. */
export function removeItem(array: JsonArray, index: number): OffsetEdit {
  const item = array.items[index]!;
  if (index > 0) return { start: array.items[index - 1]!.end, end: item.end, newText: '' };
  const next = array.items[1];
  return next ? { start: item.start, end: next.start, newText: '' } : { start: item.start, end: item.end, newText: '' };
}

/** The edit that renames a property's key. */
export function renameKey(property: JsonProperty, name: string): OffsetEdit {
  return { start: property.keyStart, end: property.keyEnd, newText: JSON.stringify(name) };
}

/** The span to report for a node: a value's whole text, or for an object or array its first character. */
export function spanOf(node: JsonNode | JsonProperty): { start: number; end: number } {
  if (node.type === 'property') return { start: node.keyStart, end: node.keyEnd };
  if (node.type === 'object' || node.type === 'array') return { start: node.start, end: node.start + 1 };
  return { start: node.start, end: node.end };
}
