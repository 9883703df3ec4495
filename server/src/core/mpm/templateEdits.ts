import type { JsonNode, JsonProperty } from '../json/model';
import type { OffsetEdit } from '../rules/types';

/** The edit that replaces a string value, keeping JSON quoting right. */
export function replaceString(node: JsonNode, value: string): OffsetEdit {
  return { start: node.start, end: node.end, newText: JSON.stringify(value) };
}

/**
 * The edit that removes a property with the comma that separates it from its neighbour: the one
 * before it, or (for the first) the one after; the only property leaves `{}` behind.
 */
export function removeProperty(property: JsonProperty, text: string): OffsetEdit {
  const siblings = property.parent.properties;
  const index = siblings.indexOf(property);
  if (index > 0) return { start: siblings[index - 1]!.end, end: property.end, newText: '' };
  const next = siblings[1];
  if (next) return { start: property.start, end: next.start, newText: '' };
  // Alone in its object: keep the braces and whatever whitespace stands outside the property.
  let end = property.end;
  while (end < text.length && /[ \t]/.test(text[end]!)) end++;
  return { start: property.start, end, newText: '' };
}
