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
  /**
   * A test on a file's raw text, asked before it is parsed: false only when `extract` gives
   * undefined for any document of this text, URI and kind. A lazily indexed file (`indexLater`)
   * whose text fails it is never parsed for this indexer. Each gate is proven against `extract`
   * over every corpus file (test/corpus/indexerGates.test.ts).
   */
  mayHaveFact?(text: string, uri: string, kind: DocumentKind): boolean;
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

/**
 * A file as the index stores it: which indexers have a fact for it (bit i for the index's i-th
 * indexer) and the facts themselves, in indexer order. One fact is stored as it is, several in an
 * array. At 50,000 task files a `Map` per file cost ~180 bytes before any fact (docs/PERFORMANCE.md).
 */
class StoredFile implements IndexedFile {
  constructor(
    readonly uri: string,
    readonly kind: DocumentKind,
    readonly version: number,
    readonly mask: number,
    readonly facts: unknown,
  ) {}
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
  readonly done: IndexerKeys;
}

/**
 * A set of the index's indexer keys as a bit mask (the bits of `StoredFile.mask`). One per lazy
 * file, and a full lint makes every file lazy for the indexers it leaves for later: a `Set` per
 * file, with a `maybe` array each, cost ~290 bytes a file (17 MB at 58,000 files).
 */
class IndexerKeys {
  private mask = 0;

  constructor(private readonly bits: ReadonlyMap<string, number>) {}

  has(key: string): boolean {
    const bit = this.bits.get(key);
    return bit !== undefined && (this.mask & (1 << bit)) !== 0;
  }

  add(key: string): void {
    const bit = this.bits.get(key);
    if (bit !== undefined) this.mask |= 1 << bit;
  }
}

/** The kind a file read has, alone (shared: one array per kind). */
const ONLY = new Map<DocumentKind, readonly DocumentKind[]>();
function onlyKind(kind: DocumentKind): readonly DocumentKind[] {
  let only = ONLY.get(kind);
  if (!only) ONLY.set(kind, (only = [kind]));
  return only;
}

/** Content can make a Markdown file an agent, and an agent Markdown (see `AgentCollections`). */
const EITHER: readonly DocumentKind[] = ['markdown', 'agent'];

/** The kinds a file of a kind by path may turn out to have (shared arrays). */
function maybeKinds(pathKind: DocumentKind): readonly DocumentKind[] {
  return pathKind === 'markdown' || pathKind === 'agent' ? EITHER : onlyKind(pathKind);
}

/** The most indexers a file's bit mask can tell apart (small integers stay unboxed in V8). */
const MAX_INDEXERS = 30;

/**
 * Called after a file's facts changed: `changedKeys` are the indexer and channel keys that moved,
 * `before` reads the facts the file had until then (undefined for a file new to the index).
 */
export type IndexListener = (uri: string, changedKeys: readonly string[], before: FactReader) => void;
export type IndexUpdateListener = (uri: string) => void;
/** One file's fact from one indexer. */
export type FactReader = <T>(indexer: Indexer<T>) => T | undefined;

/**
 * The workspace's facts, updated one file at a time. Each indexer has its own generation counter
 * that moves only when one of its facts changes, so derived lookups (name → files) are rebuilt
 * only when something they depend on changed, not on every keystroke.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, StoredFile>();
  private readonly generations = new Map<string, number>();
  private readonly derivedCache = new Map<string, { generations: readonly number[]; value: unknown }>();
  private readonly listeners = new Set<IndexListener>();
  private readonly updateListeners = new Set<IndexUpdateListener>();
  private readonly strings = new FactStrings();
  /** Each indexer's bit in a file's mask, by key. */
  private readonly bits: ReadonlyMap<string, number>;
  /** Files told of with `indexLater` whose facts are not all extracted yet. */
  private readonly lazy = new Map<string, LazyFile>();
  private lazySource: LazySource | undefined;
  /** Indexer keys that readers of lazy files are expected to ask for (see `indexLater`). */
  private lazyWanted: ReadonlySet<string> | undefined;
  private settling = false;

  /** How files indexed late (`indexLater`, or `update` with `wanted`) are read when asked for. */
  setLazySource(source: LazySource): void {
    this.lazySource = source;
  }

  /**
   * `onError` hears about an indexer that threw; its fact is then absent for that file (as if it
   * had nothing to say) and the other indexers' facts are kept.
   */
  constructor(
    private readonly indexers: readonly Indexer<unknown>[],
    private readonly onError: (indexerKey: string, uri: string, error: unknown) => void = () => {},
  ) {
    if (indexers.length > MAX_INDEXERS) throw new Error(`WorkspaceIndex: ${indexers.length} indexers, at most ${MAX_INDEXERS} fit a file's mask`);
    this.bits = new Map(indexers.map((indexer, i) => [indexer.key, i]));
  }

  /**
   * Knows a file without reading it: it is listed among the index's files (in the order it was
   * told of), and read, parsed and given facts only when something asks for them: whoever reads an
   * indexer's facts, or the set of files, sees exactly what indexing the file at once would have
   * given. For a batch host's context (the CLI's files that are not linted but that cross-file
   * rules read), which then costs only what the rules read. `wanted` names the indexer keys that
   * readers are expected to ask for: those read as whole sets are extracted together, from one
   * parse of the file.
   */
  indexLater(uri: string, pathKind: DocumentKind, wanted?: ReadonlySet<string>): void {
    if (this.files.has(uri)) return;
    if (wanted) this.lazyWanted = wanted;
    this.lazy.set(uri, { pathKind, maybe: maybeKinds(pathKind), read: false, done: new IndexerKeys(this.bits) });
    this.files.set(uri, new StoredFile(uri, pathKind, 0, 0, undefined));
  }

  /** Reads a lazy file if it was not read yet; undefined when it turned out not to be indexed. */
  private presence(uri: string, lazy: LazyFile): { text?: string } | undefined {
    if (lazy.read) return {};
    const got = this.lazySource!.read(uri, lazy.pathKind);
    if (!got) {
      this.lazy.delete(uri);
      this.files.delete(uri);
      return undefined;
    }
    lazy.read = true;
    const stored = this.files.get(uri)!;
    if (got.kind !== stored.kind) this.files.set(uri, new StoredFile(uri, got.kind, stored.version, stored.mask, stored.facts));
    // While the text is at hand: the wanted indexers it rules out are never read again for it.
    this.gateWanted(uri, lazy, got.kind, got.text);
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
  private materialise(uri: string, lazy: LazyFile, indexer: Indexer<unknown>, known?: string): void {
    if (lazy.done.has(indexer.key) || !indexer.kinds.some((k) => lazy.maybe.includes(k))) return;
    const seen = this.presence(uri, lazy);
    if (!seen) return;
    const stored = this.files.get(uri)!;
    lazy.done.add(indexer.key);
    if (!indexer.kinds.includes(stored.kind)) return this.settled(uri, lazy, stored.kind);
    let text = seen.text ?? known;
    // The raw-text gate first: most files of a context cannot hold the fact asked for (a table
    // flow, a return code), and are then neither parsed nor, for the other indexers, batched.
    if (indexer.mayHaveFact) {
      text ??= this.lazySource!.read(uri, lazy.pathKind)?.text;
      if (text === undefined || !indexer.mayHaveFact(text, uri, stored.kind)) return this.settled(uri, lazy, stored.kind);
    }
    const wanted = this.lazyWanted;
    const batch =
      indexer.readPerFile || !wanted?.has(indexer.key)
        ? [indexer]
        : this.indexers.filter(
            (ix) => ix === indexer || (wanted.has(ix.key) && !ix.readPerFile && !ix.mayHaveFact && !lazy.done.has(ix.key) && ix.kinds.includes(stored.kind)),
          );
    text ??= this.lazySource!.read(uri, lazy.pathKind)?.text;
    for (const ix of batch) lazy.done.add(ix.key);
    // Gated indexers are not batched: a gate that passes says "maybe", and their facts, read from
    // the Markdown model, cost the most (those whose gate fails were ruled out on the first read).
    this.settled(uri, lazy, stored.kind);
    if (text !== undefined) this.extractInto(stored, batch, this.lazySource!.parse(uri, stored.kind, text));
  }

  /**
   * Whether some file's fact from `indexer` passes `test` (`facts(indexer).some(…)`, with less
   * reading). `gate` is a test on a file's raw text that is false only when the file's fact cannot
   * pass `test`: a lazily indexed file whose text fails it is read, but not parsed. With it, the
   * wanted indexers' own gates are asked of the text read (those it fails are never read again).
   */
  someFact<T>(indexer: Indexer<T>, test: (fact: T) => boolean, gate: (text: string, uri: string, kind: DocumentKind) => boolean): boolean {
    const bit = this.bits.get(indexer.key);
    if (bit === undefined) return false;
    for (const file of this.files.values()) {
      const lazy = this.lazy.size ? this.lazy.get(file.uri) : undefined;
      if (lazy && !lazy.done.has(indexer.key) && indexer.kinds.some((k) => lazy.maybe.includes(k))) {
        const seen = this.presence(file.uri, lazy);
        if (!seen) continue;
        const stored = this.files.get(file.uri)!;
        if (!indexer.kinds.includes(stored.kind)) continue;
        const text = seen.text ?? this.lazySource!.read(file.uri, lazy.pathKind)?.text;
        if (text === undefined) continue;
        if (!gate(text, file.uri, stored.kind)) continue;
        this.materialise(file.uri, lazy, indexer as Indexer<unknown>, text);
      }
      const now = lazy ? this.files.get(file.uri) : file;
      if (now && now.mask & (1 << bit) && test(factAt(now, bit) as T)) return true;
    }
    return false;
  }

  /** Marks done the wanted indexers whose gate a lazy file's text fails (read for the first time): they have no fact for it. */
  private gateWanted(uri: string, lazy: LazyFile, kind: DocumentKind, text: string): void {
    for (const ix of this.indexers) {
      if (ix.mayHaveFact && !lazy.done.has(ix.key) && this.lazyWanted?.has(ix.key) && ix.kinds.includes(kind) && !ix.mayHaveFact(text, uri, kind))
        lazy.done.add(ix.key);
    }
    this.settled(uri, lazy, kind);
  }

  /** Stops treating a file as lazy once every indexer of its kind has been extracted (or ruled out). */
  private settled(uri: string, lazy: LazyFile, kind: DocumentKind): void {
    if (this.indexers.every((ix) => lazy.done.has(ix.key) || !ix.kinds.includes(kind))) this.lazy.delete(uri);
  }

  /** Extracts some indexers' facts of a stored file from its document and stores them with its others. */
  private extractInto(stored: StoredFile, batch: readonly Indexer<unknown>[], doc: ParsedDocument): void {
    const uri = stored.uri;
    let mask = stored.mask;
    const added = new Map<number, unknown>();
    for (const ix of batch) {
      let value: unknown;
      try {
        value = ix.extract(doc);
      } catch (e) {
        value = undefined;
        this.onError(ix.key, uri, e);
      }
      if (value === undefined) continue;
      const bit = this.bits.get(ix.key)!;
      added.set(bit, this.strings.detach(value));
      mask |= 1 << bit;
    }
    if (mask === stored.mask) return;
    const values: unknown[] = [];
    for (let bit = 0; bit < this.indexers.length; bit++) if (mask & (1 << bit)) values.push(added.has(bit) ? added.get(bit) : factAt(stored, bit));
    this.files.set(uri, new StoredFile(uri, stored.kind, stored.version, mask, values.length === 1 ? values[0] : values));
  }

  /**
   * A document's own fact from one indexer: the index's when it holds this version of the document
   * (nothing to compute), extracted from the document and kept when the index has not extracted it
   * yet (a batch host's file indexed with `wanted`: never read and parsed again for it), else
   * extracted from the document (a text being fixed, or a version not indexed).
   */
  ownFact<T>(doc: ParsedDocument, indexer: Indexer<T>): T | undefined {
    const file = this.files.get(doc.uri);
    if (!file || file.version !== doc.version || file.kind !== doc.kind) return indexer.kinds.includes(doc.kind) ? indexer.extract(doc) : undefined;
    const lazy = this.lazy.get(doc.uri);
    if (lazy?.read && !lazy.done.has(indexer.key)) {
      lazy.done.add(indexer.key);
      if (this.indexers.every((ix) => lazy.done.has(ix.key) || !ix.kinds.includes(file.kind))) this.lazy.delete(doc.uri);
      if (indexer.kinds.includes(file.kind)) this.extractInto(file, [indexer], doc);
    }
    return this.fact(doc.uri, indexer);
  }

  /** Forgets that a file was lazy: it is indexed or removed now. */
  private dropLazy(uri: string): void {
    this.lazy.delete(uri);
  }

  /**
   * Re-extracts facts from a freshly parsed document. With `wanted` (see `indexLater`), only the
   * wanted indexers read as whole sets are extracted now; the others when something first reads
   * them, from the file read and parsed again.
   */
  update(doc: ParsedDocument, wanted?: ReadonlySet<string>): void {
    this.dropLazy(doc.uri);
    const previous = this.files.get(doc.uri);
    const values: unknown[] = [];
    let mask = 0;
    const changed: string[] = [];
    let done: IndexerKeys | undefined;
    for (let i = 0; i < this.indexers.length; i++) {
      const indexer = this.indexers[i]!;
      if (wanted && indexer.kinds.includes(doc.kind)) {
        if (!wanted.has(indexer.key) || indexer.readPerFile) continue;
        (done ??= new IndexerKeys(this.bits)).add(indexer.key);
      }
      let value: unknown;
      try {
        value = indexer.kinds.includes(doc.kind) ? indexer.extract(doc) : undefined;
      } catch (e) {
        value = undefined;
        this.onError(indexer.key, doc.uri, e);
      }
      if (value !== undefined) {
        values.push(this.strings.detach(value));
        mask |= 1 << i;
      }
      const before = previous && factAt(previous, i);
      if (!sameFacts(before, value)) {
        changed.push(indexer.key);
        if (indexer.channels) pushChangedChannels(changed, indexer, before, value);
      }
    }
    // `slice`: an array grown by `push` keeps room for more, an array of 3 facts room for 17.
    this.files.set(doc.uri, new StoredFile(doc.uri, doc.kind, doc.version, mask, values.length === 1 ? values[0] : values.length ? values.slice() : undefined));
    if (wanted && this.indexers.some((ix) => ix.kinds.includes(doc.kind) && !done?.has(ix.key))) {
      this.lazy.set(doc.uri, { pathKind: doc.kind, maybe: onlyKind(doc.kind), read: true, done: done ?? new IndexerKeys(this.bits) });
    }
    this.bump(doc.uri, changed, previous);
    for (const l of this.updateListeners) l(doc.uri);
  }

  remove(uri: string): void {
    this.dropLazy(uri);
    const previous = this.files.get(uri);
    if (!previous) return;
    this.files.delete(uri);
    const keys: string[] = [];
    this.indexers.forEach((indexer, i) => {
      const before = factAt(previous, i);
      if (before !== undefined) keys.push(indexer.key, ...changedChannels(indexer, before, undefined));
    });
    this.bump(uri, keys, previous);
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

  /**
   * The files of one kind, in the index's order, without their facts: a lazily indexed file that
   * can turn out to have that kind is read (its kind may depend on its content, and an unreadable
   * file is not indexed) but not parsed.
   */
  *urisOfKind(kind: DocumentKind): Generator<string> {
    for (const file of this.files.values()) {
      const lazy = this.lazy.size ? this.lazy.get(file.uri) : undefined;
      if (lazy) {
        if (!lazy.maybe.includes(kind) || !this.presence(file.uri, lazy)) continue;
        if (this.files.get(file.uri)!.kind === kind) yield file.uri;
      } else if (file.kind === kind) yield file.uri;
    }
  }

  /**
   * The files that are or may turn out to be of one kind, read or not (a lazily indexed file is
   * not read: it may turn out unreadable, or of another kind by its content, which `get` and `fact`
   * tell). For a reader that can rule files out by their names before reading them.
   */
  *urisMaybeOfKind(kind: DocumentKind): Generator<string> {
    for (const file of this.files.values()) {
      const lazy = this.lazy.size ? this.lazy.get(file.uri) : undefined;
      if (lazy ? lazy.maybe.includes(kind) : file.kind === kind) yield file.uri;
    }
  }

  /** Whether some file's fact from an indexer is still to be extracted (a lazily indexed file's). */
  hasPending(indexer: Indexer<unknown>): boolean {
    for (const lazy of this.lazy.values()) if (!lazy.done.has(indexer.key) && indexer.kinds.some((k) => lazy.maybe.includes(k))) return true;
    return false;
  }

  /** One file's fact from one indexer, typed by the indexer; undefined when it has none. */
  fact<T>(uri: string, indexer: Indexer<T>): T | undefined {
    const lazy = this.lazy.get(uri);
    if (lazy) this.materialise(uri, lazy, indexer);
    const file = this.files.get(uri);
    const bit = this.bits.get(indexer.key);
    return file && bit !== undefined ? (factAt(file, bit) as T | undefined) : undefined;
  }

  /** Every file's fact for one indexer. */
  *facts<T>(indexer: Indexer<T>): Generator<{ uri: string; kind: DocumentKind; value: T }> {
    const bit = this.bits.get(indexer.key);
    if (bit === undefined) return;
    for (let file of this.files.values()) {
      if (this.lazy.size) {
        const lazy = this.lazy.get(file.uri);
        if (lazy) {
          // A file whose fact of this indexer was extracted (every file a batch host linted) is read
          // as it is: `materialise` would return at once and leave it unchanged.
          if (!lazy.done.has(indexer.key)) {
            this.materialise(file.uri, lazy, indexer);
            const now = this.files.get(file.uri);
            if (!now) continue;
            file = now;
          }
        }
      }
      if (file.mask & (1 << bit)) yield { uri: file.uri, kind: file.kind, value: factAt(file, bit) as T };
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
    // Asked by rules for every file (the task-ID table): a hit compares numbers, allocating nothing.
    const hit = this.derivedCache.get(key);
    if (hit && this.sameGenerations(dependsOn, hit.generations)) return hit.value as T;
    const generations = dependsOn.map((k) => this.generation(k));
    const value = build();
    this.derivedCache.set(key, { generations, value });
    return value;
  }

  private sameGenerations(keys: readonly string[], generations: readonly number[]): boolean {
    if (keys.length !== generations.length) return false;
    for (let i = 0; i < keys.length; i++) if (this.generation(keys[i]!) !== generations[i]) return false;
    return true;
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

  private bump(uri: string, keys: readonly string[], previous: StoredFile | undefined): void {
    if (keys.length === 0) return;
    for (const k of keys) this.generations.set(k, this.generation(k) + 1);
    const before: FactReader = <T>(indexer: Indexer<T>) => {
      const bit = this.bits.get(indexer.key);
      return previous && bit !== undefined ? (factAt(previous, bit) as T | undefined) : undefined;
    };
    for (const l of this.listeners) l(uri, keys, before);
  }
}

/** A stored file's fact from the indexer at position `bit`, or undefined when it has none. */
function factAt(file: StoredFile, bit: number): unknown {
  const mask = file.mask;
  if (!(mask & (1 << bit))) return undefined;
  if ((mask & (mask - 1)) === 0) return file.facts;
  return (file.facts as unknown[])[bitCount(mask & ((1 << bit) - 1))];
}

/** How many bits of a small integer are set. */
function bitCount(n: number): number {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
}

/** Each indexer's channel keys, in the order of its `channels`. */
const CHANNEL_KEYS = new WeakMap<Indexer<unknown>, readonly string[]>();

/**
 * Adds to `out` the channels of an indexer whose part differs between two facts: all of them when
 * one fact is absent (a file new to the index, every file of a batch host), without working out
 * the parts or their keys per file.
 */
function pushChangedChannels(out: string[], indexer: Indexer<unknown>, before: unknown, after: unknown): void {
  if ((before === undefined) === (after === undefined)) {
    for (const key of changedChannels(indexer, before, after)) out.push(key);
    return;
  }
  let keys = CHANNEL_KEYS.get(indexer);
  if (!keys) CHANNEL_KEYS.set(indexer, (keys = Object.keys(indexer.channels!).map((name) => channelKey(indexer.key, name))));
  for (const key of keys) out.push(key);
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

/**
 * Whether two facts are the same data, as their JSON would say, without writing the JSON (run for
 * every indexer on every keystroke). Plain objects compare key by key in order, skipping undefined
 * values as JSON does; anything else that is not a primitive or an array compares by its JSON. It
 * may say "different" where the JSON is equal (NaN, an undefined array element), which only costs
 * a rebuild; never the reverse.
 */
export function sameFacts(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > 32) return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameFacts(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (!isPlain(a) || !isPlain(b)) return JSON.stringify(a) === JSON.stringify(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < ka.length && ra[ka[i]!] === undefined) i++;
    while (j < kb.length && rb[kb[j]!] === undefined) j++;
    if (i === ka.length || j === kb.length) return i === ka.length && j === kb.length;
    if (ka[i] !== kb[j] || !sameFacts(ra[ka[i]!], rb[kb[j]!], depth + 1)) return false;
    i++;
    j++;
  }
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The strings of facts, made independent of the documents they were read from and shared. A string
 * cut from a document's text (a name, a YAML scalar, a heading) is a view into that text in V8, and
 * kept in the index it keeps the whole text alive: at 10,000 tasks, the facts held ~45 MB of texts
 * that way. Equal strings (task IDs, anchors such as `task-header`) are stored once per generation
 * of the table: a table of every string ever indexed cost ~7 MB at 50,000 tasks (most strings of
 * facts are unique) while the common ones recur within a few hundred files, so a full table is
 * dropped and a new one started; a common string is then stored once per generation.
 */
class FactStrings {
  private table = new Map<string, string>();

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
    // V8 cuts strings of 13 characters or more as views into their text; a JSON round trip makes a
    // flat copy of its own (concatenating and cutting again made a view into a copy: 32 bytes more).
    const copy = s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
    if (this.table.size >= SHARED_STRINGS_PER_GENERATION) this.table = new Map();
    this.table.set(copy, copy);
    return copy;
  }
}

const SHARED_STRINGS_PER_GENERATION = 16_384;
