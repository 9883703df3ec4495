import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonArray, JsonNode, JsonObject, JsonProperty } from './model';

/** Which JSON a file is written in: strict JSON (what `JSON.parse` reads) or JSON with comments. */
export type JsonDialect = 'json' | 'jsonc';

export interface JsonSyntaxError {
  /** jsonc-parser's error name, e.g. `CommaExpected`. */
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** A parsed JSON document: the tree (as much as parses) and every syntax error, in text order. */
export interface JsonModel {
  readonly dialect: JsonDialect;
  /** Absent only when no value starts anywhere (an empty or entirely broken text). */
  readonly root?: JsonNode;
  readonly errors: readonly JsonSyntaxError[];
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected here',
  ValueExpected: 'A value is expected here',
  ColonExpected: 'A colon is expected here',
  CommaExpected: 'A comma is expected here',
  CloseBraceExpected: 'A closing brace `}` is expected here',
  CloseBracketExpected: 'A closing bracket `]` is expected here',
  EndOfFileExpected: 'Nothing may follow the top-level value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'The comment is never closed',
  UnexpectedEndOfString: 'The string is never closed',
  UnexpectedEndOfNumber: 'The number breaks off',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape sequence',
  InvalidCharacter: 'Control characters must be escaped inside a string',
};

/**
 * Parses JSON tolerantly: a syntax error becomes an entry of `errors` at its exact place and the
 * rest of the text is still read into the tree where it parses. Strict JSON (the default) reports
 * comments and trailing commas, as `JSON.parse` rejects them. Never evaluates anything.
 */
export function parseJson(text: string, dialect: JsonDialect = 'json'): JsonModel {
  const raw: ParseError[] = [];
  const tree = parseTree(text, raw, { disallowComments: dialect === 'json', allowTrailingComma: dialect === 'jsonc', allowEmptyContent: false });
  const errors = raw.map((e): JsonSyntaxError => {
    const code = printParseErrorCode(e.error);
    const comma = code === 'PropertyNameExpected' || code === 'ValueExpected' ? trailingComma(text, e.offset) : -1;
    if (comma >= 0) return { code: 'TrailingComma', message: 'Trailing commas are not allowed in JSON', start: comma, end: comma + 1 };
    return { code, message: MESSAGES[code] ?? code, start: e.offset, end: e.offset + e.length };
  });
  const root = tree ? convert(tree) : undefined;
  // The parser may report one place twice (a trailing comma is both "property" and "value expected").
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.start === e.start && o.code === e.code) === i);
  return { dialect, ...(root ? { root } : {}), errors: unique.sort((a, b) => a.start - b.start) };
}

/** The offset of a comma right before the `}` or `]` at `offset` (whitespace between), or -1. */
function trailingComma(text: string, offset: number): number {
  if (text[offset] !== '}' && text[offset] !== ']') return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : -1;
}

function convert(node: Node): JsonNode | undefined {
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.type) {
    case 'object': {
      const object: JsonObject = { type: 'object', start, end, properties: [] };
      for (const child of node.children ?? []) {
        const property = convertProperty(child, object);
        if (property) object.properties.push(property);
      }
      return object;
    }
    case 'array': {
      const array: JsonArray = { type: 'array', start, end, items: [] };
      for (const child of node.children ?? []) {
        const item = convert(child);
        if (!item) continue;
        item.parent = array;
        array.items.push(item);
      }
      return array;
    }
    case 'string':
      return { type: 'string', start, end, value: String(node.value ?? '') };
    case 'number':
      return { type: 'number', start, end, value: Number(node.value) };
    case 'boolean':
      return { type: 'boolean', start, end, value: node.value === true };
    case 'null':
      return { type: 'null', start, end, value: null };
    default:
      return undefined;
  }
}

function convertProperty(node: Node, parent: JsonObject): JsonProperty | undefined {
  const [keyNode, valueNode] = node.children ?? [];
  if (!keyNode || keyNode.type !== 'string') return undefined;
  const value = valueNode ? convert(valueNode) : undefined;
  const property: JsonProperty = {
    type: 'property',
    key: String(keyNode.value ?? ''),
    keyStart: keyNode.offset,
    keyEnd: keyNode.offset + keyNode.length,
    start: node.offset,
    end: value ? value.end : keyNode.offset + keyNode.length,
    ...(value ? { value } : {}),
    parent,
  };
  if (value) value.parent = property;
  return property;
}
