import type { ParsedDocument } from '../document/parse';
import type { DocumentKind } from '../types';

/**
 * Extracts small, serialisable facts from one parsed document (an agent's name, its declared
 * return codes, a task's id and progress). The index keeps facts, not documents, so memory stays
 * proportional to what cross-file features need.
 */
export interface Indexer<T> {
  readonly key: string;
  readonly kinds: readonly DocumentKind[];
  extract(doc: ParsedDocument): T | undefined;
  /**
   * Parts of the fact that readers elsewhere depend on alone, each with its own generation under
   * `<key>#<name>` (see `channelKey`): a rule that reads only task IDs lists `tasks.facts#ids` in
   * `dependsOn`, so a ticked checklist item, which changes the fact but not its IDs, does not make
   * every file that mentions a task ID be linted again.
   */
  readonly channels?: Readonly<Record<string, ChannelPart<T>>>;
  /**
   * Whether readers ask for this indexer's facts file by file (a link's target), never as a whole
   * set: a lazily indexed file (`indexLater`) extracts it alone, only when asked.
   */
  readonly readPerFile?: boolean;
}

/** A channel's part of a fact. Declared as a method's type so that any `Indexer<T>` is an `Indexer<unknown>`. */
type ChannelPart<T> = { part(fact: T): unknown }['part'];

/** The generation key of one channel of an indexer's facts. */
export function channelKey(indexerKey: string, channel: string): string {
  return `${indexerKey}#${channel}`;
}

/** A file the index knows. Its facts are read through `fact(uri, indexer)`, typed by the indexer. */
export interface IndexedFile {
  readonly uri: string;
  readonly kind: DocumentKind;
  readonly version: number;
}

interface StoredFile extends IndexedFile {
  readonly facts: Map<string, unknown>;
}

/**
 * How the index reads a file it was told of but has not indexed yet (`indexLater`): a batch host's
 * context, whose facts are worked out only when something reads them.
 */
export interface LazySource {
  /**
   * The file's kind (its kind by path, refined by content) and text; undefined when the file would
   * not be indexed (unreadable, refused by admission).
   */
  read(uri: string, pathKind: DocumentKind): { kind: DocumentKind; text: string } | undefined;
  parse(uri: string, kind: DocumentKind, text: string): ParsedDocument;
}

/** A file known to the index whose facts are extracted on first read, indexer by indexer. */
interface LazyFile {
  readonly pathKind: DocumentKind;
  /** The kinds it may turn out to have: its kind by path, and what its content can make of it. */
  readonly maybe: readonly DocumentKind[];
  /** Whether it was read: then it is indexed under its stored kind (else it was dropped). */
  read: boolean;
  /** The indexer keys extracted so far. */
  readonly done: Set<string>;
}

/** The facts of a file that has none; never written to (the index builds a new map per update). */
const NO_FACTS: Map<string, unknown> = new Map();

export type IndexListener = (uri: string, changedKeys: readonly string[]) => void;
export type IndexUpdateListener = (uri: string) => void;

/**
 * The workspace's facts, updated one file at a time. Each indexer has its own generation counter
 * that moves only when one of its facts changes, so derived lookups (name → files) are rebuilt
 * only when something they depend on changed, not on every keystroke.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, StoredFile>();
  private readonly generations = new Map<string, number>();
  private readonly derivedCache = new Map<string, { generation: string; value: unknown }>();
  private readonly listeners = new Set<IndexListener>();
  private readonly updateListeners = new Set<IndexUpdateListener>();
  private readonly strings = new FactStrings();
  /** Files told of with `indexLater` whose facts are not all extracted yet. */
  private readonly lazy = new Map<string, LazyFile>();
  private lazySource: LazySource | undefined;
  /** Indexer keys that readers of lazy files are expected to ask for (see `indexLater`). */
  private lazyWanted: ReadonlySet<string> | undefined;
  private settling = false;

  /**
   * `onError` hears about an indexer that threw; its fact is then absent for that file (as if it
   * had nothing to say) and the other indexers' facts are kept.
   */
  constructor(
    private readonly indexers: readonly Indexer<unknown>[],
    private readonly onError: (indexerKey: string, uri: string, error: unknown) => void = () => {},
  ) {}

  /**
   * Knows a file without reading it: it is listed among the index's files (in the order it was
   * told of), and read, parsed and given facts only when something asks for them, one indexer at a
   * time: whoever reads an indexer's facts, or the set of files, sees exactly what indexing the
   * file at once would have given. For a batch host's context (the CLI's files that are not linted
   * but that cross-file rules read), which then costs only what the rules read. `wanted` names the
   * indexer keys that readers are expected to ask for: those read as whole sets are extracted
   * together, from one parse of the file.
   */
  indexLater(uri: string, pathKind: DocumentKind, source: LazySource, wanted?: ReadonlySet<string>): void {
    if (this.files.has(uri)) return;
    this.lazySource = source;
    if (wanted) this.lazyWanted = wanted;
    const maybe: readonly DocumentKind[] = pathKind === 'markdown' ? ['markdown', 'agent'] : pathKind === 'agent' ? ['agent', 'markdown'] : [pathKind];
    this.lazy.set(uri, { pathKind, maybe, read: false, done: new Set() });
    this.files.set(uri, { uri, kind: pathKind, version: 0, facts: NO_FACTS });
  }

  /** Reads a lazy file if it was not read yet; false when it turned out not to be indexed. */
  private presence(uri: string, lazy: LazyFile): { text?: string } | undefined {
    if (lazy.read) return {};
    const got = this.lazySource!.read(uri, lazy.pathKind);
    if (!got) {
      this.lazy.delete(uri);
      this.files.delete(uri);
      return undefined;
    }
    lazy.read = true;
    if (got.kind !== lazy.pathKind) this.files.set(uri, { uri, kind: got.kind, version: 0, facts: this.files.get(uri)!.facts });
    return { text: got.text };
  }

  /** Reads every lazy file not read yet, so that the set of files and their kinds are final. */
  private settleAll(): void {
    // Reading a file can ask for the set of files (a host that cannot list folders makes its
    // listings from it): that inner call sees the files told of, read or not.
    if (this.settling) return;
    this.settling = true;
    try {
      for (const [uri, lazy] of this.lazy) this.presence(uri, lazy);
    } finally {
      this.settling = false;
    }
  }

  /**
   * Extracts an indexer's fact of a lazy file, reading and parsing the file if needed. With it, the
   * other wanted indexers that read whole sets of facts are extracted from the same parse (and the
   * same Markdown model): readers ask for them one after the other, and parsing a file once per
   * indexer cost more than extracting a fact nobody reads.
   */
  private materialise(uri: string, lazy: LazyFile, indexer: Indexer<unknown>): void {
    if (lazy.done.has(indexer.key) || !indexer.kinds.some((k) => lazy.maybe.includes(k))) return;
    const seen = this.presence(uri, lazy);
    if (!seen) return;
    const stored = this.files.get(uri)!;
    const wanted = this.lazyWanted;
    const batch = !indexer.kinds.includes(stored.kind)
      ? []
      : indexer.readPerFile || !wanted?.has(indexer.key)
        ? [indexer]
        : this.indexers.filter((ix) => ix === indexer || (wanted.has(ix.key) && !ix.readPerFile && !lazy.done.has(ix.key) && ix.kinds.includes(stored.kind)));
    lazy.done.add(indexer.key);
    for (const ix of batch) lazy.done.add(ix.key);
    if (this.indexers.every((ix) => lazy.done.has(ix.key) || !ix.kinds.includes(stored.kind))) this.lazy.delete(uri);
    if (batch.length === 0) return;
    const text = seen.text ?? this.lazySource!.read(uri, lazy.pathKind)?.text;
    if (text === undefined) return;
    const doc = this.lazySource!.parse(uri, stored.kind, text);
    let facts = stored.facts;
    for (const ix of batch) {
      let value: unknown;
      try {
        value = ix.extract(doc);
      } catch (e) {
        value = undefined;
        this.onError(ix.key, uri, e);
      }
      if (value === undefined) continue;
      // Files without facts share one empty map (see `update`).
      if (facts === NO_FACTS) facts = new Map();
      facts.set(ix.key, this.strings.detach(value));
    }
    if (facts !== stored.facts) this.files.set(uri, { ...stored, facts });
  }

  /** Re-extracts facts from a freshly parsed document. */
  update(doc: ParsedDocument): void {
    this.dropLazy(doc.uri);
    const previous = this.files.get(doc.uri);
    const facts = new Map<string, unknown>();
    const changed: string[] = [];
    for (const indexer of this.indexers) {
      let value: unknown;
      try {
        value = indexer.kinds.includes(doc.kind) ? indexer.extract(doc) : undefined;
      } catch (e) {
        value = undefined;
        this.onError(indexer.key, doc.uri, e);
      }
      if (value !== undefined) facts.set(indexer.key, this.strings.detach(value));
      const before = previous?.facts.get(indexer.key);
      if (!sameFacts(before, value)) changed.push(indexer.key, ...changedChannels(indexer, before, value));
    }
    // Most files of a large workspace have no facts at all: they share one empty map.
    this.files.set(doc.uri, { uri: doc.uri, kind: doc.kind, version: doc.version, facts: facts.size ? facts : NO_FACTS });
    this.bump(doc.uri, changed);
    for (const l of this.updateListeners) l(doc.uri);
  }

  /** Forgets that a file was lazy: it is indexed or removed now. */
  private dropLazy(uri: string): void {
    this.lazy.delete(uri);
  }

  remove(uri: string): void {
    this.dropLazy(uri);
    const previous = this.files.get(uri);
    if (!previous) return;
    this.files.delete(uri);
    const keys: string[] = [];
    for (const indexer of this.indexers) {
      if (previous.facts.has(indexer.key)) keys.push(indexer.key, ...changedChannels(indexer, previous.facts.get(indexer.key), undefined));
    }
    this.bump(uri, keys);
  }

  has(uri: string): boolean {
    const lazy = this.lazy.get(uri);
    if (lazy) this.presence(uri, lazy);
    return this.files.has(uri);
  }

  get(uri: string): IndexedFile | undefined {
    const lazy = this.lazy.get(uri);
    if (lazy) this.presence(uri, lazy);
    return this.files.get(uri);
  }

  uris(): IterableIterator<string> {
    if (this.lazy.size) this.settleAll();
    return this.files.keys();
  }

  get size(): number {
    if (this.lazy.size) this.settleAll();
    return this.files.size;
  }

  /** One file's fact from one indexer, typed by the indexer; undefined when it has none. */
  fact<T>(uri: string, indexer: Indexer<T>): T | undefined {
    const lazy = this.lazy.get(uri);
    if (lazy) this.materialise(uri, lazy, indexer);
    return this.files.get(uri)?.facts.get(indexer.key) as T | undefined;
  }

  /** Every file's fact for one indexer. */
  *facts<T>(indexer: Indexer<T>): Generator<{ uri: string; kind: DocumentKind; value: T }> {
    for (let file of this.files.values()) {
      if (this.lazy.size) {
        const lazy = this.lazy.get(file.uri);
        if (lazy) {
          this.materialise(file.uri, lazy, indexer);
          const now = this.files.get(file.uri);
          if (!now) continue;
          file = now;
        }
      }
      if (file.facts.has(indexer.key)) yield { uri: file.uri, kind: file.kind, value: file.facts.get(indexer.key) as T };
    }
  }

  generation(key: string): number {
    return this.generations.get(key) ?? 0;
  }

  /**
   * A value computed from the facts of some indexers, cached until one of them changes.
   * `key` names the derived value; `dependsOn` lists the indexer keys it reads.
   */
  derived<T>(key: string, dependsOn: readonly string[], build: () => T): T {
    const generation = dependsOn.map((k) => this.generation(k)).join('.');
    const hit = this.derivedCache.get(key);
    if (hit && hit.generation === generation) return hit.value as T;
    const value = build();
    this.derivedCache.set(key, { generation, value });
    return value;
  }

  onDidChange(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called after every update of a file, whether or not its facts changed: for what depends on
   * the whole text (a file's problem count), not only on facts.
   */
  onDidUpdate(listener: IndexUpdateListener): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  private bump(uri: string, keys: readonly string[]): void {
    if (keys.length === 0) return;
    for (const k of keys) this.generations.set(k, this.generation(k) + 1);
    for (const l of this.listeners) l(uri, keys);
  }
}

/** The channels of an indexer whose part differs between two facts (either may be absent). */
function changedChannels(indexer: Indexer<unknown>, before: unknown, after: unknown): string[] {
  if (!indexer.channels) return [];
  const out: string[] = [];
  for (const [name, part] of Object.entries(indexer.channels)) {
    const a = before === undefined ? undefined : part(before);
    const b = after === undefined ? undefined : part(after);
    if (!sameFacts(a, b) || (before === undefined) !== (after === undefined)) out.push(channelKey(indexer.key, name));
  }
  return out;
}

function sameFacts(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The strings of facts, made independent of the documents they were read from and shared. A string
 * cut from a document's text (a name, a YAML scalar, a heading) is a view into that text in V8, and
 * kept in the index it keeps the whole text alive: at 10,000 tasks, the facts held ~45 MB of texts
 * that way. Equal strings (task IDs, anchors such as `task-header`) are stored once.
 */
class FactStrings {
  private readonly table = new Map<string, string>();

  /** Replaces, in place, every string of a fact (plain objects and arrays) by its shared copy. */
  detach<T>(value: T): T {
    if (typeof value === 'string') return this.own(value) as T;
    if (typeof value === 'object' && value !== null) this.walk(value as object, 0);
    return value;
  }

  private walk(value: object, depth: number): void {
    if (depth > 16) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'string') value[i] = this.own(v);
        else if (typeof v === 'object' && v !== null) this.walk(v, depth + 1);
      }
      return;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (typeof v === 'string') record[key] = this.own(v);
      else if (typeof v === 'object' && v !== null) this.walk(v, depth + 1);
    }
  }

  private own(s: string): string {
    const hit = this.table.get(s);
    if (hit !== undefined) return hit;
    // Concatenating and cutting copies the characters into a string of its own.
    const copy = s.length > 12 ? (' ' + s).slice(1) : s;
    // Bounded: beyond it, strings are still copied, just not shared.
    if (this.table.size < MAX_SHARED_STRINGS) this.table.set(copy, copy);
    return copy;
  }
}

const MAX_SHARED_STRINGS = 500_000;
