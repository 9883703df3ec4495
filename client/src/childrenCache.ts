/**
 * Tree children fetched from the server one level at a time: each parent's list is requested once
 * and kept (a failed request is forgotten, so it is tried again), and each child's parent is
 * remembered for `TreeDataProvider.getParent` (which `TreeView.reveal` needs).
 */
export class ChildrenCache<N> {
  private readonly lists = new Map<string, Promise<N[]>>();
  private readonly parents = new Map<string, N | undefined>();

  /**
   * @param keyOf a stable key per node; the top level's list is kept under ''.
   * @param fetch asks the server for a parent's children.
   * @param seen called for every child received (providers index their nodes with it).
   */
  constructor(
    private readonly keyOf: (node: N) => string,
    private readonly fetch: (parent: N | undefined) => Promise<N[]>,
    private readonly seen: (child: N) => void = () => {},
  ) {}

  get(parent?: N): Promise<N[]> {
    const key = parent ? this.keyOf(parent) : '';
    let pending = this.lists.get(key);
    if (!pending) {
      pending = this.fetch(parent).then(
        (nodes) => {
          for (const child of nodes) {
            this.parents.set(this.keyOf(child), parent);
            this.seen(child);
          }
          return nodes;
        },
        (e: unknown) => {
          this.lists.delete(key);
          throw e;
        },
      );
      this.lists.set(key, pending);
    }
    return pending;
  }

  parentOf(node: N): N | undefined {
    return this.parents.get(this.keyOf(node));
  }

  /** Forgets one parent's list (by key), so the next `get` asks the server again. */
  drop(key: string): void {
    this.lists.delete(key);
  }

  /** Forgets every list whose key matches. */
  dropWhere(test: (key: string) => boolean): void {
    for (const key of [...this.lists.keys()]) if (test(key)) this.lists.delete(key);
  }

  clear(): void {
    this.lists.clear();
    this.parents.clear();
  }
}
