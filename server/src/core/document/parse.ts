import type { Framework } from '../framework/detect';
import type { DocumentKind } from '../types';
import { jsonKindSpec, isJsonKind } from '../json/kinds';
import { parseJson, type JsonModel } from '../json/parse';
import { LineIndex } from '../text/lineIndex';
import { bomLength, findMisplacedFence, splitFrontmatter, type FenceSplit, type MisplacedFence } from './frontmatter';
import { loadYaml, type YamlLoad } from './claudeYaml';
import { parseYamlFields, type FieldEntry, type YamlModel } from './yamlFields';

export interface Frontmatter extends FenceSplit {
  /**
   * The YAML as Claude Code reads it (see claudeYaml.ts): as written, or after its fallback
   * quoting; `errors` is not empty only when it cannot read the block at all. Absent when the
   * fence names another language or is never closed.
   */
  yaml?: YamlModel;
  /** How Claude Code got to `yaml`: the first pass, its fallback, or neither. */
  load?: YamlLoad;
}

/**
 * A document parsed once per version. Rules, hovers, completions and the task tree all read this;
 * feature-specific models (return codes, tasks, ...) are computed on first use and kept in `memo`.
 */
export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly kind: DocumentKind;
  /** The framework the file belongs to: claude-mpm's vocabulary applies on top of Claude Code's. */
  readonly framework: Framework;
  /** The configured skill folder (`skillFolders`) the file lies in, as a URI ending in `/`. */
  readonly skillFolder?: string;
  readonly lines: LineIndex;
  readonly bom: number;
  readonly frontmatter?: Frontmatter;
  readonly misplacedFrontmatter?: MisplacedFence;
  /** The JSON tree of a JSON document (`json/kinds.ts`); absent for Markdown. */
  readonly json?: JsonModel;
  /** The YAML of a whole-file YAML document (claude-mpm's skills registry); absent otherwise. */
  readonly data?: YamlModel;
  /** Offset where the Markdown body starts. */
  readonly bodyStart: number;
  readonly memo: Map<string, unknown>;
}

/** Where a document sits, beyond its kind: decided by the service from the configuration. */
export interface DocumentPlace {
  framework?: Framework;
  skillFolder?: string;
}

export function parseDocument(uri: string, version: number, text: string, kind: DocumentKind, place: DocumentPlace = {}): ParsedDocument {
  if (isJsonKind(kind)) {
    const bom = bomLength(text);
    // Offsets stay those of the whole text: a BOM is blanked out rather than cut off.
    const json = parseJson(bom ? ' '.repeat(bom) + text.slice(bom) : text, jsonKindSpec(kind).dialect);
    return {
      uri,
      version,
      text,
      kind,
      framework: place.framework ?? 'claude-code',
      ...(place.skillFolder ? { skillFolder: place.skillFolder } : {}),
      lines: new LineIndex(text),
      bom,
      json,
      bodyStart: 0,
      memo: new Map(),
    };
  }
  if (kind === 'mpm-skills-registry') {
    const bom = bomLength(text);
    // Offsets stay those of the whole text, as for JSON.
    const data = parseYamlFields(bom ? ' '.repeat(bom) + text.slice(bom) : text, 0);
    return {
      uri,
      version,
      text,
      kind,
      framework: place.framework ?? 'claude-code',
      ...(place.skillFolder ? { skillFolder: place.skillFolder } : {}),
      lines: new LineIndex(text),
      bom,
      data,
      bodyStart: 0,
      memo: new Map(),
    };
  }
  const split = splitFrontmatter(text);
  let frontmatter: Frontmatter | undefined;
  if (split) {
    const parseable = split.close !== undefined && split.language === undefined;
    frontmatter = parseable ? { ...split, ...loadYaml(text.slice(split.contentStart, split.contentEnd), split.contentStart) } : split;
  }
  const misplaced = split ? undefined : findMisplacedFence(text);
  return {
    uri,
    version,
    text,
    kind,
    framework: place.framework ?? 'claude-code',
    ...(place.skillFolder ? { skillFolder: place.skillFolder } : {}),
    lines: new LineIndex(text),
    bom: bomLength(text),
    ...(frontmatter ? { frontmatter } : {}),
    ...(misplaced ? { misplacedFrontmatter: misplaced } : {}),
    bodyStart: frontmatter ? frontmatter.bodyStart : bomLength(text),
    memo: new Map(),
  };
}

/** Computes a feature model once per parsed document version. */
export function memo<T>(doc: ParsedDocument, key: string, compute: (doc: ParsedDocument) => T): T {
  if (doc.memo.has(key)) return doc.memo.get(key) as T;
  const value = compute(doc);
  doc.memo.set(key, value);
  return value;
}

/** Top-level frontmatter fields in source order (empty without parseable frontmatter). */
export function fieldsOf(doc: ParsedDocument): readonly FieldEntry[] {
  return doc.frontmatter?.yaml?.fields ?? [];
}

/** A top-level key as Claude Code reads it: its last occurrence (the last of duplicated keys wins). */
export function field(doc: ParsedDocument, key: string): FieldEntry | undefined {
  const fields = fieldsOf(doc);
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i]!.key === key) return fields[i];
  return undefined;
}
