/**
 * A JSON document as a tree of nodes with exact offsets, for rules and features that report on a
 * key, a value or an array entry. Offsets are UTF-16 code units into the document text, like every
 * offset in the core. Duplicate keys are kept (in source order), so rules can see them; reading a
 * value follows `JSON.parse`, where the last duplicate wins.
 */

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

/** Where a node sits: the property whose value it is, or the array that holds it. */
export type JsonParent = JsonProperty | JsonArray;

interface NodeBase {
  /** Offset of the first character (`{`, `[`, the opening quote, the first digit …). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  parent?: JsonParent;
}

export interface JsonObject extends NodeBase {
  readonly type: 'object';
  readonly properties: JsonProperty[];
}

export interface JsonArray extends NodeBase {
  readonly type: 'array';
  readonly items: JsonNode[];
}

export interface JsonString extends NodeBase {
  readonly type: 'string';
  /** The decoded value (escapes resolved). */
  readonly value: string;
}

export interface JsonNumber extends NodeBase {
  readonly type: 'number';
  readonly value: number;
}

export interface JsonBoolean extends NodeBase {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface JsonNull extends NodeBase {
  readonly type: 'null';
  readonly value: null;
}

/** `"key": value`. `start`/`end` span the whole pair; the value is absent when the text breaks off. */
export interface JsonProperty {
  readonly type: 'property';
  readonly key: string;
  /** The key's span, quotes included. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly start: number;
  readonly end: number;
  readonly value?: JsonNode;
  readonly parent: JsonObject;
}

/** A step of a path from the root: a property name or an array index. */
export type JsonSegment = string | number;

/** The value of the last property named `key` (as `JSON.parse` reads it), or undefined. */
export function get(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return lastProperty(node, key)?.value;
}

/** The last property named `key` of an object node. */
export function lastProperty(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) if (node.properties[i]!.key === key) return node.properties[i];
  return undefined;
}

/** The properties of an object node that `JSON.parse` keeps: for duplicated keys, only the last. */
export function effectiveProperties(node: JsonNode | undefined): JsonProperty[] {
  if (node?.type !== 'object') return [];
  const last = new Map<string, JsonProperty>();
  for (const p of node.properties) last.set(p.key, p);
  return node.properties.filter((p) => last.get(p.key) === p);
}

/** Follows a path of keys and indexes from a node. */
export function at(node: JsonNode | undefined, path: readonly JsonSegment[]): JsonNode | undefined {
  let current = node;
  for (const segment of path) {
    if (typeof segment === 'number') current = current?.type === 'array' ? current.items[segment] : undefined;
    else current = get(current, segment);
    if (!current) return undefined;
  }
  return current;
}

/** The string value of a node, or undefined when it is not a string. */
export function stringValue(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

/** The path from the root to a node: property names and array indexes. */
export function pathOf(node: JsonNode | JsonProperty): JsonSegment[] {
  const path: JsonSegment[] = [];
  let current: JsonNode | JsonProperty | undefined = node;
  while (current) {
    if (current.type === 'property') {
      path.push(current.key);
      current = current.parent;
      continue;
    }
    const parent: JsonParent | undefined = current.parent;
    if (parent?.type === 'array') path.push(parent.items.indexOf(current));
    current = parent;
  }
  return path.reverse();
}

/** `hooks.PreToolUse[0].hooks[1]`: a path as people (and Claude Code's messages) write it. */
export function formatPath(path: readonly JsonSegment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/** What is at an offset: the deepest node, and whether the offset is on a property's key. */
export interface JsonHit {
  node?: JsonNode;
  /** The property whose key (or value) holds the offset. */
  property?: JsonProperty;
  /** True when the offset is on the key itself. */
  onKey: boolean;
}

/** The deepest node whose span holds `offset` (ends inclusive, so a cursor after a value still finds it). */
export function nodeAt(root: JsonNode | undefined, offset: number): JsonHit {
  let node: JsonNode | undefined;
  let property: JsonProperty | undefined;
  let current = root && offset >= root.start && offset <= root.end ? root : undefined;
  while (current) {
    node = current;
    let next: JsonNode | undefined;
    if (current.type === 'object') {
      for (const p of current.properties) {
        if (offset >= p.keyStart && offset <= p.keyEnd) return { node, property: p, onKey: true };
        if (p.value && offset >= p.value.start && offset <= p.value.end) {
          property = p;
          next = p.value;
          break;
        }
      }
    } else if (current.type === 'array') {
      next = current.items.find((item) => offset >= item.start && offset <= item.end);
      if (next) property = undefined;
    }
    current = next;
  }
  return { ...(node ? { node } : {}), ...(property && property.value === node ? { property } : {}), onKey: false };
}

/**
 * The document offset of character `index` of a string node's decoded value (and of its end when
 * `index` equals the length). Escapes make the two differ: `"a\"b"` holds `a"b`.
 */
export function offsetInString(node: JsonString, text: string, index: number): number {
  const raw = text.slice(node.start + 1, node.end - 1);
  if (raw.length === node.value.length) return node.start + 1 + index;
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < index) {
    if (raw[i] === '\\') i += raw[i + 1] === 'u' ? 6 : 2;
    else i += 1;
    decoded += 1;
  }
  return node.start + 1 + Math.min(i, raw.length);
}

/** The plain value of a node, as `JSON.parse` would give it (last duplicate key wins). */
export function toValue(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // defineProperty, not assignment: a key `__proto__` is an own property for JSON.parse too.
      for (const p of effectiveProperties(node))
        if (p.value) Object.defineProperty(out, p.key, { value: toValue(p.value), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** A short name for a node's type, for messages: "an object", "a string" … */
export function describeType(node: JsonNode | undefined): string {
  if (!node) return 'nothing';
  return { object: 'an object', array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean', null: 'null' }[node.type];
}
