import type { Framework } from '../framework/detect';
import type { JsonModel } from '../json/parse';
import type { LineIndex } from '../text/lineIndex';
import type { DocumentKind } from '../types';
import type { YamlModel } from './yamlFields';
import type { Frontmatter, ParsedDocument } from './parse';
import type { MisplacedFence } from './frontmatter';

/**
 * A parsed document held between a batch host's passes at the cost of a few fields: its place, and
 * the domain models it computed that came out empty (a task with no links, names or return codes)
 * or, for links, hold a few flat records (a story's one link to its epic). Anything else a reader
 * asks for (the text, a larger model) parses the document again through `load`. Models are
 * functions of the text, so the answers kept are the ones a new parse gives.
 */
export function deferredDocument(doc: ParsedDocument, load: () => ParsedDocument | undefined): ParsedDocument {
  let empty: string[] | undefined;
  let small: [string, unknown][] | undefined;
  doc.memo.forEach((value, key) => {
    if (isEmptyModel(key, value)) (empty ??= []).push(key);
    else if (LINK_MODELS.has(key) && isFewFlatRecords(value)) (small ??= []).push([key, value.map(copyRecord)]);
  });
  return new DeferredDocument(doc, empty && sharedKeys(empty), small, load);
}

/**
 * One list per set of empty models: nearly every task document of a plan comes out with the same
 * few (a list each cost ~180 bytes, 9 MB at 50,000 tasks). The last list is tried first.
 */
const KEY_LISTS = new Map<string, readonly string[]>();
let lastKeys: readonly string[] = [];
function sharedKeys(keys: readonly string[]): readonly string[] {
  if (keys.length === lastKeys.length && keys.every((k, i) => k === lastKeys[i])) return lastKeys;
  const id = keys.join('\n');
  let shared = KEY_LISTS.get(id);
  if (!shared) KEY_LISTS.set(id, (shared = keys));
  return (lastKeys = shared);
}

/**
 * Links are resolved against the whole workspace, so the cross-file rules of every document with
 * a link read them; a plan document has one or two (its story, its epic).
 */
const LINK_MODELS: ReadonlySet<string> = new Set(['references.links', 'tasks.links']);
const FEW_RECORDS = 4;

/** The first empty model seen under each memo key: the one deferred documents are given a copy of. */
const EMPTY_MODELS = new Map<string, unknown>();

/**
 * Whether a model holds nothing: an empty array, or a plain object of primitives and empty arrays
 * equal to the first such model seen under its key (a return-code model of a file without codes).
 */
function isEmptyModel(key: string, value: unknown): boolean {
  if (Array.isArray(value)) {
    if (value.length) return false;
    if (!EMPTY_MODELS.has(key)) EMPTY_MODELS.set(key, value);
    return Array.isArray(EMPTY_MODELS.get(key));
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (v !== null && typeof v === 'object' && !(Array.isArray(v) && v.length === 0)) return false;
  }
  const first = EMPTY_MODELS.get(key);
  if (first === undefined) {
    EMPTY_MODELS.set(key, value);
    return true;
  }
  return sameEmptyRecord(record, first);
}

function sameEmptyRecord(a: Record<string, unknown>, b: unknown): boolean {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const other = b as Record<string, unknown>;
  let n = 0;
  for (const k in a) {
    n++;
    const v = a[k];
    const w = other[k];
    if (Array.isArray(v) ? !Array.isArray(w) : v !== w || !(k in other)) return false;
  }
  return n === Object.keys(other).length;
}

function isFewFlatRecords(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > FEW_RECORDS) return false;
  for (const r of value) {
    if (typeof r !== 'object' || r === null || Object.getPrototypeOf(r) !== Object.prototype) return false;
    for (const k in r) {
      const v = (r as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') return false;
    }
  }
  return true;
}

/** A record whose strings are copies: a string cut from the text would keep the whole text alive. */
function copyRecord(value: unknown): unknown {
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    out[k] = typeof v === 'string' && v.length > 12 ? (' ' + v).slice(1) : v;
  }
  return out;
}

/** A fresh copy of an empty model, so that no two documents share one. */
function copyEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const k in record) out[k] = Array.isArray(record[k]) ? [] : record[k];
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
    /** Memo keys whose model was empty (see `EMPTY_MODELS`), and the link models kept. */
    private readonly empty: readonly string[] | undefined,
    private readonly small: readonly [string, unknown][] | undefined,
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

  /** The kept models; a model not kept is computed from the text (which loads it). */
  get memo(): Map<string, unknown> {
    if (!this.memoMap) {
      this.memoMap = new Map();
      if (this.empty) for (const key of this.empty) this.memoMap.set(key, copyEmpty(EMPTY_MODELS.get(key)));
      if (this.small) for (const [key, value] of this.small) this.memoMap.set(key, value);
    }
    return this.memoMap;
  }
}
