/**
 * An in-memory workspace whose files (Markdown and anything else: manifests, scripts) the service
 * lists folder by folder, like a host on disk, and to which workspace edits (text edits, file and
 * folder renames) can be applied, as an editor would, to check what a rename leaves behind.
 */
import { AgentDocsService, applyEdits, mergeConfig, type ConfigLayer, type WorkspaceEdit } from '../../server/src/core';
import { pathToUri } from '../../server/src/host/files';
import { readDirectoryFromPaths } from './fileTree';

const ROOT = '/ws';

export class VirtualWorkspace {
  readonly files = new Map<string, string>();
  readonly service: AgentDocsService;
  readonly root = pathToUri(ROOT);

  constructor(files: Record<string, string>, layer?: ConfigLayer) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
    this.service = new AgentDocsService({
      host: {
        readFile: (u) => this.files.get(this.path(u)),
        readDirectory: (u) => readDirectoryFromPaths(ROOT, [...this.files.keys()])(u),
        log: () => {},
      },
      config: mergeConfig(layer),
      roots: [this.root],
    });
    for (const [p, t] of this.files) this.service.indexFile(this.uri(p), t);
  }

  uri(path: string): string {
    return pathToUri(`${ROOT}/${path}`);
  }

  path(uri: string): string {
    return decodeURIComponent(uri.slice(this.root.length + 1));
  }

  /** Applies an edit as an editor does: text edits first (on the old URIs), then renames. */
  apply(edit: WorkspaceEdit): void {
    const touched = new Set<string>();
    for (const [uri, edits] of Object.entries(edit.changes)) {
      const path = this.path(uri);
      const text = this.files.get(path);
      if (text === undefined) throw new Error(`edit to a file that does not exist: ${path}`);
      this.files.set(path, applyEdits(text, edits).text);
      touched.add(path);
    }
    for (const c of edit.creates ?? []) {
      this.files.set(this.path(c.uri), c.content);
      touched.add(this.path(c.uri));
    }
    for (const r of edit.renames ?? []) {
      const from = this.path(r.oldUri);
      const to = this.path(r.newUri);
      for (const p of [...this.files.keys()]) {
        if (p !== from && !p.startsWith(`${from}/`)) continue;
        const moved = to + p.slice(from.length);
        if (this.files.has(moved)) throw new Error(`rename over an existing file: ${moved}`);
        this.files.set(moved, this.files.get(p)!);
        this.files.delete(p);
        this.service.removeFile(this.uri(p));
        touched.delete(p);
        touched.add(moved);
      }
    }
    this.service.filesChanged();
    for (const p of touched) this.service.indexFile(this.uri(p), this.files.get(p)!);
  }

  /** A copy of every file's text, keyed by path. */
  snapshot(): Map<string, string> {
    return new Map(this.files);
  }
}
