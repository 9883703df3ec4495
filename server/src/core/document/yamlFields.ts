import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** One top-level `key: value` pair of the frontmatter, with absolute offsets into the document. */
export interface FieldEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value node, or null for `key:` with nothing after it. */
  value: Node | null;
  /** Offsets of the value's own text; equal to keyEnd when there is no value. */
  valueStart: number;
  valueEnd: number;
}

export interface YamlProblem {
  message: string;
  code: string;
  start: number;
  end: number;
}

export interface YamlModel {
  doc: Document.Parsed;
  errors: YamlProblem[];
  warnings: YamlProblem[];
  /** Whether the content is a mapping (or empty); a scalar or list is not valid frontmatter. */
  isMapping: boolean;
  /** Every top-level pair in source order, duplicates included. */
  fields: FieldEntry[];
}

/**
 * Parses frontmatter content with `yaml`, keeping exact ranges. Duplicate keys are kept (not
 * treated as errors) so a rule can report each one with a fix. Aliases are not resolved here.
 */
export function parseYamlFields(content: string, offset: number): YamlModel {
  // yaml reports problems as Error objects; their stack traces are never read, and capturing one
  // per problem was a visible share of a full lint of real collections.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(content, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const toProblem = (e: { message: string; code: string; pos: [number, number] }): YamlProblem => ({
    message: e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ''),
    code: e.code,
    start: offset + e.pos[0],
    end: offset + Math.max(e.pos[1], e.pos[0]),
  });
  const fields: FieldEntry[] = [];
  const contents = doc.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      const key = pair.key as Node | null;
      if (!key || !key.range) continue;
      const keyText = isScalar(key) ? String(key.value) : content.slice(key.range[0], key.range[1]);
      const value = (pair.value as Node | null) ?? null;
      const hasValue = value !== null && value.range != null && value.range[1] > value.range[0];
      fields.push({
        key: keyText,
        keyStart: offset + key.range[0],
        keyEnd: offset + key.range[1],
        value: hasValue ? value : null,
        valueStart: offset + (hasValue ? value!.range![0] : key.range[1]),
        valueEnd: offset + (hasValue ? value!.range![1] : key.range[1]),
      });
    }
  }
  return {
    doc,
    errors: doc.errors.map(toProblem),
    warnings: doc.warnings.map(toProblem),
    isMapping: contents === null || isMap(contents),
    fields,
  };
}

/** A scalar value as the string Claude Code would read, or undefined for lists and maps. */
export function scalarString(node: Node | null): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export { isMap, isScalar, isSeq };
