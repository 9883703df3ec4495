import { describeType, formatPath, lastProperty, offsetInString, type JsonNode, type JsonObject, type JsonProperty, type JsonSegment } from '../json/model';
import { MPM_TEMPLATE_SHAPE, type TemplateShape } from '../spec/claudeMpmTemplate';

/** Which of the schema's constraints a value breaks (the JSON Schema keyword). */
export type SchemaKeyword =
  'type' | 'enum' | 'pattern' | 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems' | 'uniqueItems' | 'required' | 'oneOf';

/** One thing claude-mpm's template schema rejects, on the node that holds it. */
export interface SchemaProblem {
  readonly keyword: SchemaKeyword;
  /** The value at fault; for `required`, the object that lacks the key. */
  readonly node: JsonNode;
  /** Where it is, as a path from the root (`metadata.tags[3]`). */
  readonly path: readonly JsonSegment[];
  readonly message: string;
  /** For `maxLength` and `maxItems`: the offset where the excess starts. */
  readonly excessStart?: number;
  /** For `required`: the missing keys. */
  readonly missing?: readonly string[];
  /** For `enum`: the accepted values. */
  readonly allowed?: readonly string[];
}

/** Characters as JSON Schema counts them: code points, not UTF-16 units. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** The UTF-16 index of the `count`th code point of `s`. */
function indexOfCodePoint(s: string, count: number): number {
  let i = 0;
  for (let n = 0; n < count && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

function typeFits(shape: TemplateShape, node: JsonNode): boolean {
  switch (shape.type) {
    case 'string':
      return node.type === 'string';
    case 'integer':
      return node.type === 'number' && Number.isInteger(node.value);
    case 'number':
      return node.type === 'number';
    case 'boolean':
      return node.type === 'boolean';
    case 'array':
      return node.type === 'array';
    case 'object':
      return node.type === 'object';
    case 'oneOf':
      return true;
  }
}

const TYPE_NAMES: Record<Exclude<TemplateShape['type'], 'oneOf'>, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'an array',
  object: 'an object',
};

/** Deep equality of two JSON values, for `uniqueItems`. */
function sameValue(a: JsonNode, b: JsonNode): boolean {
  if (a.type !== b.type) return a.type === 'number' && b.type === 'number';
  switch (a.type) {
    case 'object': {
      const bo = b as JsonObject;
      const keys = new Set([...a.properties.map((p) => p.key), ...bo.properties.map((p) => p.key)]);
      for (const k of keys) {
        const x = lastProperty(a, k)?.value;
        const y = lastProperty(bo, k)?.value;
        if (!x || !y || !sameValue(x, y)) return false;
      }
      return true;
    }
    case 'array': {
      const items = (b as typeof a).items;
      return a.items.length === items.length && a.items.every((x, i) => sameValue(x, items[i]!));
    }
    default:
      return a.value === (b as typeof a).value;
  }
}

/**
 * Checks a value against a shape of claude-mpm's template schema, with draft-07's semantics: a
 * constraint of one type applies only to values of that type, every broken constraint counts, and
 * keys the schema does not name are allowed.
 */
export function checkShape(shape: TemplateShape, node: JsonNode, path: JsonSegment[], text: string, out: SchemaProblem[]): SchemaProblem[] {
  // Every message starts with it: the value's path in code, or the template itself.
  const where = path.length ? `\`${formatPath(path)}\`` : 'The template';
  if (shape.type === 'oneOf') {
    const fitting = shape.options.filter((o) => checkShape(o, node, path, text, []).length === 0).length;
    if (fitting !== 1)
      out.push({
        keyword: 'oneOf',
        node,
        path,
        message: `${where} must be ${shape.options.map((o) => (o.type === 'oneOf' ? 'a choice' : TYPE_NAMES[o.type])).join(' or ')}, not ${describeType(node)}.`,
      });
    return out;
  }
  if (!typeFits(shape, node)) {
    out.push({ keyword: 'type', node, path, message: `${where} must be ${TYPE_NAMES[shape.type]}, not ${describeType(node)}.` });
    return out;
  }
  switch (shape.type) {
    case 'string': {
      const value = (node as JsonNode & { type: 'string' }).value;
      if (shape.enum && !shape.enum.includes(value))
        out.push({
          keyword: 'enum',
          node,
          path,
          allowed: shape.enum,
          message: `${where} is \`${value}\`: claude-mpm's schema accepts ${shape.enum.map((e) => `\`${e}\``).join(', ')}.`,
        });
      if (shape.pattern && !shape.pattern.test(value))
        out.push({
          keyword: 'pattern',
          node,
          path,
          message: `${where} \`${value}\` does not have the form claude-mpm's schema asks for (${shape.patternText ?? shape.pattern.source}).`,
        });
      const length = codePoints(value);
      if (shape.minLength !== undefined && length < shape.minLength)
        out.push({
          keyword: 'minLength',
          node,
          path,
          message: `${where} has ${length} characters; claude-mpm's schema asks for at least ${shape.minLength}.`,
        });
      if (shape.maxLength !== undefined && length > shape.maxLength) {
        out.push({
          keyword: 'maxLength',
          node,
          path,
          excessStart: offsetInString(node as JsonNode & { type: 'string' }, text, indexOfCodePoint(value, shape.maxLength)),
          message: `${where} has ${length.toLocaleString('en-US')} characters; claude-mpm's schema allows ${shape.maxLength.toLocaleString('en-US')}: the last ${(length - shape.maxLength).toLocaleString('en-US')} are over.`,
        });
      }
      break;
    }
    case 'integer':
    case 'number': {
      const value = (node as JsonNode & { type: 'number' }).value;
      if (shape.minimum !== undefined && value < shape.minimum)
        out.push({ keyword: 'minimum', node, path, message: `${where} is ${value}; claude-mpm's schema asks for at least ${shape.minimum}.` });
      if (shape.maximum !== undefined && value > shape.maximum)
        out.push({ keyword: 'maximum', node, path, message: `${where} is ${value}; claude-mpm's schema allows at most ${shape.maximum}.` });
      break;
    }
    case 'array': {
      const items = (node as JsonNode & { type: 'array' }).items;
      if (shape.items) items.forEach((item, i) => checkShape(shape.items!, item, [...path, i], text, out));
      if (shape.minItems !== undefined && items.length < shape.minItems)
        out.push({
          keyword: 'minItems',
          node,
          path,
          message: `${where} has ${items.length} entries; claude-mpm's schema asks for at least ${shape.minItems}.`,
        });
      if (shape.maxItems !== undefined && items.length > shape.maxItems)
        out.push({
          keyword: 'maxItems',
          node,
          path,
          excessStart: items[shape.maxItems]!.start,
          message: `${where} has ${items.length} entries; claude-mpm's schema allows ${shape.maxItems}: the last ${items.length - shape.maxItems} are over.`,
        });
      if (shape.uniqueItems) {
        for (let i = 1; i < items.length; i++) {
          if (items.slice(0, i).some((earlier) => sameValue(earlier, items[i]!))) {
            out.push({
              keyword: 'uniqueItems',
              node: items[i]!,
              path: [...path, i],
              message: `${where} lists ${text.slice(items[i]!.start, items[i]!.end)} twice; claude-mpm's schema asks for distinct entries.`,
            });
          }
        }
      }
      break;
    }
    case 'object': {
      const object = node as JsonObject;
      const missing = (shape.required ?? []).filter((key) => !lastProperty(object, key));
      if (missing.length) {
        const keys = missing.map((k) => `\`${k}\``);
        const list = keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
        out.push({
          keyword: 'required',
          node,
          path,
          missing,
          message: `${path.length ? `${where} lacks` : 'The template lacks'} ${list}, which claude-mpm's schema requires.`,
        });
      }
      for (const field of shape.fields ?? []) {
        if (field.unchecked) continue;
        const value = lastProperty(object, field.name)?.value;
        if (value) checkShape(field.shape, value, [...path, field.name], text, out);
      }
      break;
    }
  }
  return out;
}

/** Everything claude-mpm's template schema rejects in a template's root value. */
export function templateSchemaProblems(root: JsonNode, text: string): SchemaProblem[] {
  return checkShape(MPM_TEMPLATE_SHAPE, root, [], text, []);
}

/** The property a node is the value of, if any. */
export function propertyOf(node: JsonNode): JsonProperty | undefined {
  return node.parent?.type === 'property' ? node.parent : undefined;
}
