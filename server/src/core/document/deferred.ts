import type { Framework } from '../framework/detect';
import type { JsonModel } from '../json/parse';
import type { LineIndex } from '../text/lineIndex';
import type { DocumentKind } from '../types';
import type { YamlModel } from './yamlFields';
import type { Frontmatter, ParsedDocument } from './parse';
import type { MisplacedFence } from './frontmatter';

/**
 * A parsed document held between a batch host's passes at the cost of a few fields: its place, and
 * the domain models it computed that came out empty (a task with no links, names or return codes).
 * Anything else a reader asks for (the text, a non-empty model) parses the document again through
 * `load`. Models are functions of the text, so the empty answers kept are the ones a new parse gives.
 */
export function deferredDocument(doc: ParsedDocument, load: () => ParsedDocument | undefined): ParsedDocument {
  return new DeferredDocument(doc, emptyModelsOf(doc.memo), load);
}

/** Empty models by memo key and shape, shared by every deferred document that had the same ones. */
const EMPTY_MODELS = new Map<string, readonly (readonly [string, unknown])[]>();

/**
 * The memo entries whose value holds nothing: an empty array, or a plain object whose properties
 * are primitives and empty arrays (a return-code model of a file without codes). Shared by shape.
 */
function emptyModelsOf(memo: ReadonlyMap<string, unknown>): readonly (readonly [string, unknown])[] {
  let signature = '';
  const entries: [string, unknown][] = [];
  for (const [key, value] of memo) {
    const shape = emptyShape(value);
    if (shape === undefined) continue;
    signature += `${key}=${shape};`;
    entries.push([key, value]);
  }
  let shared = EMPTY_MODELS.get(signature);
  if (!shared) EMPTY_MODELS.set(signature, (shared = entries));
  return shared;
}

/** A string that identifies an empty value's shape, or undefined when the value holds something. */
function emptyShape(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  let shape = '{';
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      if (v.length) return undefined;
      shape += `${k}:[],`;
    } else if (v === null || typeof v !== 'object') shape += `${k}:${typeof v}:${String(v)},`;
    else return undefined;
  }
  return `${shape}}`;
}

/** Copies an empty model, so that no two documents share one (readers may treat models as theirs). */
function copyEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as object)) out[k] = Array.isArray(v) ? [] : v;
  return out;
}

class DeferredDocument implements ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly kind: DocumentKind;
  readonly framework: Framework;
  readonly skillFolder?: string;
  readonly bom: number;
  readonly bodyStart: number;
  /** Whether the document had these at all: without them, reading them parses nothing. */
  private readonly hasFrontmatter: boolean;
  private readonly hasMisplaced: boolean;
  private loaded?: ParsedDocument;
  private memoMap?: Map<string, unknown>;

  constructor(
    doc: ParsedDocument,
    private readonly empty: readonly (readonly [string, unknown])[],
    private readonly load: () => ParsedDocument | undefined,
  ) {
    this.uri = doc.uri;
    this.version = doc.version;
    this.kind = doc.kind;
    this.framework = doc.framework;
    if (doc.skillFolder !== undefined) this.skillFolder = doc.skillFolder;
    this.bom = doc.bom;
    this.bodyStart = doc.bodyStart;
    this.hasFrontmatter = doc.frontmatter !== undefined || doc.json !== undefined || doc.data !== undefined;
    this.hasMisplaced = doc.misplacedFrontmatter !== undefined;
  }

  private get full(): ParsedDocument {
    if (!this.loaded) {
      const doc = this.load();
      if (!doc || doc.text.length < this.bodyStart) throw new Error(`${this.uri} changed or vanished while it was being linted`);
      this.loaded = doc;
    }
    return this.loaded;
  }

  get text(): string {
    return this.full.text;
  }

  get lines(): LineIndex {
    return this.full.lines;
  }

  get frontmatter(): Frontmatter | undefined {
    return this.hasFrontmatter ? this.full.frontmatter : undefined;
  }

  get misplacedFrontmatter(): MisplacedFence | undefined {
    return this.hasMisplaced ? this.full.misplacedFrontmatter : undefined;
  }

  get json(): JsonModel | undefined {
    return this.hasFrontmatter ? this.full.json : undefined;
  }

  get data(): YamlModel | undefined {
    return this.hasFrontmatter ? this.full.data : undefined;
  }

  /** The kept empty models; a model not kept is computed from the text (which loads it). */
  get memo(): Map<string, unknown> {
    if (!this.memoMap) {
      this.memoMap = new Map();
      for (const [key, value] of this.empty) this.memoMap.set(key, copyEmpty(value));
    }
    return this.memoMap;
  }
}
