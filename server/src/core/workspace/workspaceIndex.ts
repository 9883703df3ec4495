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

  /**
   * `onError` hears about an indexer that threw; its fact is then absent for that file (as if it
   * had nothing to say) and the other indexers' facts are kept.
   */
  constructor(
    private readonly indexers: readonly Indexer<unknown>[],
    private readonly onError: (indexerKey: string, uri: string, error: unknown) => void = () => {},
  ) {}

  /** Re-extracts facts from a freshly parsed document. */
  update(doc: ParsedDocument): void {
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
      if (value !== undefined) facts.set(indexer.key, value);
      const before = previous?.facts.get(indexer.key);
      if (!sameFacts(before, value)) changed.push(indexer.key, ...changedChannels(indexer, before, value));
    }
    // Most files of a large workspace have no facts at all: they share one empty map.
    this.files.set(doc.uri, { uri: doc.uri, kind: doc.kind, version: doc.version, facts: facts.size ? facts : NO_FACTS });
    this.bump(doc.uri, changed);
    for (const l of this.updateListeners) l(doc.uri);
  }

  remove(uri: string): void {
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
    return this.files.has(uri);
  }

  get(uri: string): IndexedFile | undefined {
    return this.files.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  get size(): number {
    return this.files.size;
  }

  /** One file's fact from one indexer, typed by the indexer; undefined when it has none. */
  fact<T>(uri: string, indexer: Indexer<T>): T | undefined {
    return this.files.get(uri)?.facts.get(indexer.key) as T | undefined;
  }

  /** Every file's fact for one indexer. */
  *facts<T>(indexer: Indexer<T>): Generator<{ uri: string; kind: DocumentKind; value: T }> {
    for (const file of this.files.values()) {
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
