import { resolveSegments, type Resolution } from '../files/resolve';
import { decodeSafe, dirOf, isInside, relativeSegments } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { pluginOfFile, pluginsByName, resourceRoot, type PluginInfo } from '../plugins/plugins';
import type { LinkReference } from './links';

/** What resolving a link needs: its form and path (and plugin and server for resource links). */
export type LinkTarget = Pick<LinkReference, 'form' | 'path' | 'plugin' | 'server'>;

/** Where a link's path starts from, and what that folder is. */
export interface LinkBase {
  readonly dir: string;
  /** Said in messages: "the plugin's resource folder `resources/`", "this file's folder". */
  readonly what: 'file' | 'workspace' | 'resources' | 'plugin' | 'skill';
  readonly plugin?: PluginInfo;
}

export type LinkResolution = Resolution | { readonly status: 'self'; readonly uri: string };

/** The folder a link's path is relative to, or undefined when it cannot be known here. */
export function linkBase(files: WorkspaceFiles, docUri: string, link: LinkTarget): LinkBase | undefined {
  const stop = files.roots.find((r) => isInside(docUri, r));
  switch (link.form) {
    case 'markdown':
    case 'image':
    case 'definition': {
      // `/docs/x.md` is relative to the repository: the workspace folder, here.
      if (link.path.startsWith('/')) return stop ? { dir: stop.replace(/\/$/, ''), what: 'workspace' } : undefined;
      return { dir: dirOf(docUri), what: 'file' };
    }
    case 'skill-file':
      return { dir: dirOf(docUri), what: 'skill' };
    case 'plugin-root': {
      const plugin = pluginOfFile(files, docUri, stop);
      return plugin ? { dir: plugin.root, what: 'plugin', plugin } : undefined;
    }
    case 'resource': {
      const plugin = resourcePlugin(files, docUri, link, stop);
      const dir = plugin && link.server ? resourceRoot(files, plugin, link.server) : undefined;
      return plugin && dir ? { dir, what: 'resources', plugin } : undefined;
    }
  }
}

/** The plugin a resource link reads from: the one named, the document's own first when names repeat. */
function resourcePlugin(files: WorkspaceFiles, docUri: string, link: LinkTarget, stop: string | undefined): PluginInfo | undefined {
  const own = pluginOfFile(files, docUri, stop);
  if (!link.plugin) return own;
  if (own?.name === link.plugin) return own;
  const named = pluginsByName(files, () => files.indexedFiles(), files.roots).get(link.plugin) ?? [];
  return named[0];
}

/** The decoded segments of a link's path (Markdown destinations are percent-encoded). */
export function linkSegments(link: LinkTarget): string[] {
  const path = link.path.startsWith('/') ? link.path.slice(1) : link.path;
  return path.split('/').map((s) => (isMarkdownForm(link) ? decodeSafe(s) : s));
}

/** Resolves a link against the workspace's files, letter case included. */
export function resolveLink(files: WorkspaceFiles, docUri: string, link: LinkTarget): LinkResolution {
  if (isMarkdownForm(link) && link.path === '') return { status: 'self', uri: docUri };
  const base = linkBase(files, docUri, link);
  if (!base) return { status: 'unknown' };
  return resolveSegments(files, base.dir, linkSegments(link), docUri);
}

/** Whether the link is Markdown syntax (percent-encoded, with anchors). */
export function isMarkdownForm(link: LinkTarget): boolean {
  return link.form === 'markdown' || link.form === 'image' || link.form === 'definition';
}

/** A file or folder name written into a Markdown destination. */
function encodeForLink(name: string): string {
  return name.replace(/[%\s()<>#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * The link's path rewritten with `spelled` segments (same count as its segments): segments that
 * already read so keep their written form, others are written as the link's syntax needs.
 */
export function respell(link: LinkTarget, spelled: readonly string[]): string {
  const lead = link.path.startsWith('/') ? '/' : '';
  const raw = (lead ? link.path.slice(1) : link.path).split('/');
  const encode = isMarkdownForm(link);
  return (
    lead +
    raw
      .map((r, i) => {
        const want = spelled[i] ?? r;
        return (encode ? decodeSafe(r) : r) === want ? r : encode ? encodeForLink(want) : want;
      })
      .join('/')
  );
}

/**
 * The path a link must write to reach `targetUri` from its base, in the link's syntax. Where the
 * new path starts like the old one (`real`: the old path's segments as they resolve on disk), the
 * old segments are kept as written, so moving a file there and back restores the text exactly.
 */
export function pathTo(base: LinkBase, link: LinkTarget, targetUri: string, real?: readonly string[]): string | undefined {
  if (base.what === 'resources' && !isInside(targetUri, base.dir)) return undefined;
  const next = relativeSegments(base.dir, targetUri);
  const lead = link.path.startsWith('/') ? '/' : '';
  const rawAll = (lead ? link.path.slice(1) : link.path).split('/');
  const dot = rawAll[0] === '.' ? 1 : 0;
  const raw = rawAll.slice(dot);
  const old = (real ?? linkSegments(link)).slice(dot);
  const encode = isMarkdownForm(link);
  let same = true;
  const written = next.map((seg, j) => {
    same = same && old[j] === seg && raw[j] !== undefined;
    return same ? raw[j]! : encode && seg !== '..' ? encodeForLink(seg) : seg;
  });
  const path = written.join('/');
  if (base.what === 'workspace') return `/${path}`;
  return dot && !path.startsWith('../') ? `./${path}` : path;
}
