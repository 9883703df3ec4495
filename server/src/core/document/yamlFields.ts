import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { parseCommonYaml } from './yamlCommon';
import { findExcessiveNesting, MAX_YAML_DEPTH, MAX_YAML_ERRORS } from './yamlLimits';

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
 * `common: false` skips the fast path (the equivalence test compares both).
 */
export function parseYamlFields(content: string, offset: number, common = true): YamlModel {
  // Most frontmatter has a shape read in a single pass, to the very document `yaml` would build
  // (see yamlCommon.ts); it has no problems and no aliases by construction, and nests far less
  // deep than the limit below.
  const fast = common ? parseCommonYaml(content, YAML_OPTIONS) : undefined;
  if (fast) return { doc: fast, errors: [], warnings: [], isMapping: true, fields: fieldEntries(fast, content, offset) };
  const excess = findExcessiveNesting(content);
  if (excess) {
    // Never handed to the parser: see yamlLimits.ts for why.
    const at = offset + excess.offset;
    return {
      doc: parseDocument('', YAML_OPTIONS),
      errors: [{ message: `Frontmatter nests deeper than ${MAX_YAML_DEPTH} levels; it was not parsed`, code: 'NESTING_TOO_DEEP', start: at, end: at + 1 }],
      warnings: [],
      isMapping: true,
      fields: [],
    };
  }
  // yaml reports problems as Error objects; their stack traces are never read, and capturing one
  // per problem was a visible share of a full lint of real collections.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(content, YAML_OPTIONS);
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const toProblem = (e: { message: string; code: string; pos: [number, number] }): YamlProblem => ({
    message: e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ''),
    code: e.code,
    start: offset + e.pos[0],
    end: offset + Math.max(e.pos[1], e.pos[0]),
  });
  const fields = fieldEntries(doc, content, offset);
  const contents = doc.contents;
  const aliasBomb = doc.errors.length === 0 ? findAliasBomb(doc) : undefined;
  const errors = doc.errors.map(toProblem);
  if (aliasBomb) {
    errors.push({
      message: 'Aliases expand to too many nodes (an alias bomb); YAML readers refuse this frontmatter',
      code: 'ALIAS_LIMIT',
      start: offset + aliasBomb[0],
      end: offset + aliasBomb[1],
    });
  }
  return {
    doc,
    errors: capped(errors),
    warnings: capped(doc.warnings.map(toProblem)),
    isMapping: contents === null || isMap(contents),
    fields,
  };
}

/** Every top-level pair of a mapping document in source order, with absolute offsets. */
function fieldEntries(doc: Document.Parsed, content: string, offset: number): FieldEntry[] {
  const fields: FieldEntry[] = [];
  const contents = doc.contents;
  if (!isMap(contents)) return fields;
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
      valueEnd: offset + (hasValue ? trimmedEnd(content, value!.range![0], value!.range![1]) : key.range[1]),
    });
  }
  return fields;
}

/**
 * The end of a value without the line breaks and spaces after it. A block scalar's (`|`, `>-`)
 * range runs to the start of the next line; a fix that replaced that range would pull the next line,
 * or the closing fence, up into the value.
 */
function trimmedEnd(content: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s]/.test(content[e - 1]!)) e--;
  return e;
}

/** Aliases are never resolved while parsing (no `toJS`), so an alias bomb costs its source size. */
export const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false } as const;

/**
 * Whether resolving the document's aliases would exceed yaml's `maxAliasCount` (100, checked
 * before anything is expanded, so this costs the size of the source, not of the expansion).
 * Returns the range of the first alias when it would. Skipped when there is no anchor at all.
 */
function findAliasBomb(doc: Document.Parsed): [number, number] | undefined {
  let first: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      first = node.range ? [node.range[0], node.range[1]] : [0, 0];
      return visit.BREAK;
    },
  });
  if (!first) return undefined;
  try {
    doc.toJS({ maxAliasCount: 100 });
    return undefined;
  } catch (e) {
    return /alias/i.test((e as Error)?.message ?? '') ? first : undefined;
  }
}

/** Keeps the first MAX_YAML_ERRORS problems and says how many more there were, at the next one. */
function capped(problems: YamlProblem[]): YamlProblem[] {
  if (problems.length <= MAX_YAML_ERRORS) return problems;
  const next = problems[MAX_YAML_ERRORS]!;
  const rest = problems.length - MAX_YAML_ERRORS;
  return [
    ...problems.slice(0, MAX_YAML_ERRORS),
    { message: `${rest} more YAML problems not listed`, code: 'TOO_MANY_ERRORS', start: next.start, end: next.end },
  ];
}

/** A scalar value as the string Claude Code would read, or undefined for lists and maps. */
export function scalarString(node: Node | null): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export { isMap, isScalar, isSeq };
