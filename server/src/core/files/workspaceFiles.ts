import { childUri, dirOf, nameOf, parentUri } from './uris';

/**
 * The dependency a rule lists in `dependsOn` when it reads `ctx.files` (folder listings,
 * manifests): its findings may change when files are created or deleted anywhere, so the host
 * lints the file again then (the lint signature follows `WorkspaceFiles.generation`).
 */
export const WORKSPACE_FILES_KEY = 'workspace.files';

/**
 * The narrower dependency of a rule that reads `ctx.files` only to know which plugin a file belongs
 * to (a folder holding `.claude-plugin/plugin.json`, and its manifest's name): it moves only when a
 * plugin manifest, a `.claude-plugin` folder or a folder holding a plugin is created, deleted or
 * changed, so creating an ordinary file does not make every agent be linted again.
 */
export const WORKSPACE_PLUGINS_KEY = 'workspace.plugins';

/** One entry of a folder listing, as the host sees it on disk (exact letter case). */
export interface DirectoryEntry {
  readonly name: string;
  readonly directory: boolean;
}

/**
 * What the host lists: the entries of one folder, or undefined when it cannot be listed (missing,
 * unreadable, or not a `file:` URI). Synchronous, like `readFile`.
 */
export type ReadDirectory = (dirUri: string) => readonly DirectoryEntry[] | undefined;

/**
 * When a folder's entries last changed (its modification time, in milliseconds since the epoch), or
 * undefined when the host cannot tell. Creating, deleting or renaming an entry moves it.
 */
export type DirectoryStamp = (dirUri: string) => number | undefined;

/**
 * A folder changed this recently may change again within the same tick of a coarse clock (file
 * systems that keep whole seconds) without its time moving: its listing is not trusted to be current.
 */
const RACY_MS = 2000;

/** A folder listing with lookups by exact and by lower-case name. */
export interface Listing {
  readonly entries: readonly DirectoryEntry[];
  readonly byName: ReadonlyMap<string, DirectoryEntry>;
  readonly byLowerName: ReadonlyMap<string, readonly DirectoryEntry[]>;
  /**
   * False when the host cannot list folders and the listing is made of the files the index knows:
   * a name found is there, a name not found may still exist.
   */
  readonly complete: boolean;
}

/**
 * The workspace's files as the host shows them, listed one folder at a time and cached until the
 * host says something changed (`invalidate`). Links and names resolve against this, so a link
 * that works only on a case-insensitive disk (macOS, Windows) is told apart from one that works
 * everywhere. Small JSON files the resolution needs (plugin manifests) are read through it too.
 */
export class WorkspaceFiles {
  private readonly listings = new Map<string, Listing | null>();
  /** Each listed folder's stamp when it was listed (NaN: not to be trusted, see `RACY_MS`). */
  private readonly stamps = new Map<string, number>();
  private readonly texts = new Map<string, string | null>();
  private readonly modes = new Map<string, boolean | null>();
  private readonly memos = new Map<string, unknown>();
  /** Memos that also read the set of indexed files (`indexedFiles()`). */
  private readonly indexedMemos = new Map<string, unknown>();
  private fallback: Map<string, Map<string, DirectoryEntry>> | undefined;
  private generationValue = 0;
  private pluginGenerationValue = 0;
  /** Plugin roots seen so far: deleting a folder above one changes the plugins. */
  private readonly pluginRoots = new Set<string>();

  constructor(
    private readonly readDirectory: ReadDirectory | undefined,
    private readonly readFile: (uri: string) => string | undefined,
    /** The files the index knows, for hosts that cannot list folders. */
    private readonly knownFiles: () => Iterable<string>,
    private rootList: readonly string[] = [],
    /** Whether a file may be run directly (its execute permission); undefined when the host cannot tell. */
    private readonly executableCheck?: (uri: string) => boolean | undefined,
    /** Lets `revalidate` keep listings of folders that did not change. */
    private readonly directoryStamp?: DirectoryStamp,
  ) {}

  /** The workspace folders (URIs ending with `/`). */
  get roots(): readonly string[] {
    return this.rootList;
  }

  setRoots(roots: readonly string[]): void {
    this.rootList = roots;
    this.invalidate();
  }

  /** The indexed files (Markdown documents the core parsed). */
  indexedFiles(): Iterable<string> {
    return this.knownFiles();
  }

  /** Moves whenever the host reports a change; derived values compare it. */
  get generation(): number {
    return this.generationValue;
  }

  /** Moves only when plugins may have changed (see `WORKSPACE_PLUGINS_KEY`). */
  get pluginGeneration(): number {
    return this.pluginGenerationValue;
  }

  /** Remembers a folder found to be a plugin root, so that its deletion is noticed. */
  notePluginRoot(dirUri: string): void {
    this.pluginRoots.add(dirUri.endsWith('/') ? dirUri.slice(0, -1) : dirUri);
  }

  /** Whether folders are listed by the host (complete) or guessed from the indexed files. */
  get listsFolders(): boolean {
    return this.readDirectory !== undefined;
  }

  /** The listing of a folder, or undefined when it does not exist or cannot be listed. */
  list(dirUri: string): Listing | undefined {
    const key = dirUri.endsWith('/') ? dirUri.slice(0, -1) : dirUri;
    const hit = this.listings.get(key);
    if (hit !== undefined) return hit ?? undefined;
    // Stamped before listing: a change while the folder is read moves the stamp past this one.
    if (this.readDirectory && this.directoryStamp) this.stamps.set(key, trusted(safeStamp(this.directoryStamp, key)));
    const listing = this.readDirectory ? fromEntries(safeList(this.readDirectory, key), true) : this.fromIndex(key);
    this.listings.set(key, listing ?? null);
    return listing;
  }

  /**
   * For a host that cannot tell when files change (an editor that does not watch files): forgets
   * what may have changed on disk since it was read, as `invalidate()` would, but keeps the listings
   * of folders whose stamps did not move, and with them everything worked out from the view (name
   * tables, link resolutions), when nothing changed at all. Manifests and execute permissions are
   * read again and compared. Without stamps from the host, forgets everything.
   */
  revalidate(): void {
    if (!this.directoryStamp || !this.readDirectory) return this.invalidate();
    const changed: string[] = [];
    for (const key of this.listings.keys()) {
      const before = this.stamps.get(key);
      if (before === undefined || !(before === safeStamp(this.directoryStamp, key))) changed.push(key);
    }
    for (const [uri, text] of this.texts) {
      let now: string | undefined;
      try {
        now = this.readFile(uri);
      } catch {
        now = undefined;
      }
      if ((now ?? null) !== text) changed.push(uri);
    }
    for (const [uri, mode] of this.modes) {
      let now: boolean | undefined;
      try {
        now = this.executableCheck?.(uri);
      } catch {
        now = undefined;
      }
      if ((now ?? null) !== mode) changed.push(uri);
    }
    if (changed.length) this.invalidate(changed);
  }

  /** Whether `uri` is a file, a folder, or unknown to the host. */
  kindOf(uri: string): 'file' | 'directory' | undefined {
    const parent = parentUri(uri);
    if (!parent) return undefined;
    const entry = this.list(parent)?.byName.get(nameOf(uri));
    return entry ? (entry.directory ? 'directory' : 'file') : undefined;
  }

  /** A small text file (a manifest), cached like the listings; undefined when it cannot be read. */
  readText(uri: string): string | undefined {
    const hit = this.texts.get(uri);
    if (hit !== undefined) return hit ?? undefined;
    let text: string | undefined;
    try {
      text = this.readFile(uri);
    } catch {
      text = undefined;
    }
    this.texts.set(uri, text ?? null);
    return text;
  }

  /**
   * Whether a file may be run directly (has execute permission), cached like the listings;
   * undefined when the host cannot tell (no check, not a `file:` URI, or the file is missing).
   */
  isExecutable(uri: string): boolean | undefined {
    const hit = this.modes.get(uri);
    if (hit !== undefined) return hit ?? undefined;
    let executable: boolean | undefined;
    try {
      executable = this.executableCheck?.(uri);
    } catch {
      executable = undefined;
    }
    this.modes.set(uri, executable ?? null);
    return executable;
  }

  /** A value computed from listings and texts, kept until the next `invalidate`. */
  memo<T>(key: string, build: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }

  /** Like `memo`, for a value that also reads `indexedFiles()`: dropped too when the index gains a file. */
  memoOfIndexed<T>(key: string, build: () => T): T {
    if (this.indexedMemos.has(key)) return this.indexedMemos.get(key) as T;
    const value = build();
    this.indexedMemos.set(key, value);
    return value;
  }

  /**
   * Tells the view that the index gained a file. When the host lists folders and the file's folder
   * is listed already with the file in it (a batch host indexing what it listed), nothing on disk
   * changed: only what reads the set of indexed files is dropped. Otherwise the file is new to the
   * view too (`invalidate`). Forgetting every listing for each file indexed made a batch lint list
   * the same folder once per file in it.
   */
  indexed(uri: string): void {
    const parent = this.readDirectory ? parentUri(uri) : undefined;
    const listing = parent === undefined ? undefined : this.listings.get(parent);
    if (listing && listing.byName.get(nameOf(uri))?.directory === false) {
      this.generationValue++;
      this.indexedMemos.clear();
      return;
    }
    this.invalidate([uri]);
  }

  /**
   * Forgets what is cached about these files (created, deleted, renamed or changed), or about
   * everything when no URIs are given.
   */
  invalidate(uris?: readonly string[]): void {
    this.generationValue++;
    if (!uris || uris.some((u) => this.touchesPlugins(u))) this.pluginGenerationValue++;
    this.fallback = undefined;
    this.memos.clear();
    this.indexedMemos.clear();
    if (!uris) {
      this.listings.clear();
      this.stamps.clear();
      this.texts.clear();
      this.modes.clear();
      return;
    }
    // What is cached about these files and folders, and, for a folder deleted or renamed, its
    // whole subtree: one pass over the cache for all of them (not one per URI).
    const gone = new Set<string>();
    for (const uri of uris) gone.add(uri.endsWith('/') ? uri.slice(0, -1) : uri);
    const [only] = gone;
    const under =
      gone.size === 1
        ? (key: string) => key === only || (key.startsWith(only!) && key.charCodeAt(only!.length) === 47) // '/'
        : (key: string) => {
            for (let dir: string | undefined = key; dir; dir = parentUri(dir)) if (gone.has(dir)) return true;
            return false;
          };
    for (const cache of [this.listings, this.texts, this.modes]) for (const key of cache.keys()) if (under(key)) cache.delete(key);
    // A file created in a new folder (or a folder deleted with its parent) changes the listings
    // above it too: forget every folder on its way up.
    for (const key of gone) for (let dir = parentUri(key); dir; dir = parentUri(dir)) this.listings.delete(dir);
    for (const key of this.stamps.keys()) if (!this.listings.has(key)) this.stamps.delete(key);
  }

  /** Whether a change to this file or folder can change which plugins exist or what they are named. */
  private touchesPlugins(uri: string): boolean {
    const key = uri.endsWith('/') ? uri.slice(0, -1) : uri;
    // Asked for every file a batch host indexes: suffix tests, not an expression tried at every offset.
    if (key.endsWith('/.claude-plugin') || key.endsWith('/plugin.json') || key.includes('/.claude-plugin/')) return true;
    for (const root of this.pluginRoots) if (root === key || root.startsWith(`${key}/`)) return true;
    return false;
  }

  private fromIndex(dirUri: string): Listing | undefined {
    if (!this.fallback) {
      const tree = new Map<string, Map<string, DirectoryEntry>>();
      const add = (dir: string, entry: DirectoryEntry) => {
        let m = tree.get(dir);
        if (!m) tree.set(dir, (m = new Map()));
        m.set(entry.name, entry);
      };
      for (const uri of this.knownFiles()) {
        add(dirOf(uri), { name: nameOf(uri), directory: false });
        for (let d = dirOf(uri), p = parentUri(d); p; d = p, p = parentUri(d)) add(p, { name: nameOf(d), directory: true });
      }
      this.fallback = tree;
    }
    const entries = this.fallback.get(dirUri);
    return entries ? fromEntries([...entries.values()], false) : undefined;
  }
}

function safeStamp(stamp: DirectoryStamp, dirUri: string): number | undefined {
  try {
    return stamp(dirUri);
  } catch {
    return undefined;
  }
}

/** A stamp to compare later, or NaN (never equal) when it is missing or too recent to trust. */
function trusted(stamp: number | undefined): number {
  return stamp === undefined || Date.now() - stamp < RACY_MS ? NaN : stamp;
}

function safeList(read: ReadDirectory, dirUri: string): readonly DirectoryEntry[] | undefined {
  try {
    return read(dirUri);
  } catch {
    return undefined;
  }
}

function fromEntries(entries: readonly DirectoryEntry[] | undefined, complete: boolean): Listing | undefined {
  if (!entries) return undefined;
  const byName = new Map<string, DirectoryEntry>();
  for (const e of entries) byName.set(e.name, e);
  return new FolderListing(entries, byName, complete);
}

class FolderListing implements Listing {
  private lower: Map<string, DirectoryEntry[]> | undefined;

  constructor(
    readonly entries: readonly DirectoryEntry[],
    readonly byName: ReadonlyMap<string, DirectoryEntry>,
    readonly complete: boolean,
  ) {}

  /**
   * Made on first use: most folders are only looked up by exact name (a name not found there, or
   * a suggestion, asks for it). A plan folder of 55,500 tasks held 8.5 MB of lower-case names.
   */
  get byLowerName(): ReadonlyMap<string, readonly DirectoryEntry[]> {
    if (!this.lower) {
      const lower = new Map<string, DirectoryEntry[]>();
      for (const e of this.entries) {
        const key = e.name.toLowerCase();
        const list = lower.get(key);
        if (list) list.push(e);
        else lower.set(key, [e]);
      }
      this.lower = lower;
    }
    return this.lower;
  }
}

/** The URI of an entry of a listed folder. */
export function entryUri(dirUri: string, entry: DirectoryEntry): string {
  return childUri(dirUri, entry.name);
}
