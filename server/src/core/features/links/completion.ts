import { markdownOf } from '../../document/markdown';
import { childUri, decodeSafe } from '../../files/uris';
import type { LinkForm } from '../../references/links';
import { linkBase } from '../../references/resolveLinks';
import { resolveSegments } from '../../files/resolve';
import { anchorsIndexer } from '../../workspace/indexers/anchors';
import type { CompletionItem, FeatureContext } from '../types';

/** What is being typed before the cursor on its line, and how far back it reaches. */
interface Typed {
  form: LinkForm;
  /** The path typed so far. */
  path: string;
  plugin?: string;
  server?: string;
  anchor?: string;
}

const MD_PATH = /\]\(<?([^)\s>]*)$/;
const RESOURCE_PATH = /(?:plugin:([A-Za-z0-9][\w.-]*):)?([A-Za-z][\w-]*):\/\/([^\s`'"<>()]*)$/;
const ROOT_PATH = /\$\{?CLAUDE_PLUGIN_ROOT\}?\/([^\s`'"<>()]*)$/;

function typedAt(before: string): Typed | undefined {
  const md = MD_PATH.exec(before);
  if (md) {
    const written = md[1]!;
    const hash = written.indexOf('#');
    return hash >= 0 ? { form: 'markdown', path: written.slice(0, hash), anchor: written.slice(hash + 1) } : { form: 'markdown', path: written };
  }
  const res = RESOURCE_PATH.exec(before);
  if (res && (res[1] || res[2] === 'resources')) return { form: 'resource', path: res[3]!, ...(res[1] ? { plugin: res[1] } : {}), server: res[2]! };
  const root = ROOT_PATH.exec(before);
  if (root) return { form: 'plugin-root', path: root[1]! };
  return undefined;
}

/**
 * Completes paths where a link is being typed (a Markdown destination, a resource link, a
 * `${CLAUDE_PLUGIN_ROOT}/` path) from the folder typed so far, and anchors after `#`.
 */
export function linkCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { doc } = ctx;
  if (offset < doc.bodyStart) return undefined;
  const pos = doc.lines.positionAt(offset);
  const before = doc.text.slice(doc.lines.lineStart(pos.line), offset);
  const typed = typedAt(before);
  if (!typed) return undefined;
  if (typed.anchor !== undefined) return anchorItems(ctx, typed, offset);
  const slash = typed.path.lastIndexOf('/');
  const folderPart = typed.path.slice(0, slash + 1);
  const base = linkBase(ctx.files, doc.uri, {
    form: typed.form,
    path: typed.path,
    ...(typed.plugin ? { plugin: typed.plugin } : {}),
    ...(typed.server ? { server: typed.server } : {}),
  });
  if (!base) return undefined;
  const segs = folderPart.startsWith('/') ? folderPart.slice(1).split('/') : folderPart.split('/');
  const folder = folderPart === '' ? { status: 'found' as const, uri: base.dir, directory: true } : resolveSegments(ctx.files, base.dir, segs.map(decodeSafe));
  if (folder.status !== 'found' || !folder.directory) return undefined;
  const listing = ctx.files.list(folder.uri);
  if (!listing) return undefined;
  const range = doc.lines.range(offset - (typed.path.length - slash - 1), offset);
  const encode = typed.form === 'markdown';
  return listing.entries
    .filter((e) => !e.name.startsWith('.') || typed.path.slice(slash + 1).startsWith('.'))
    .filter((e) => childUri(folder.uri, e.name) !== doc.uri)
    .map((e): CompletionItem => {
      const written = encode ? e.name.replace(/[ ()%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : e.name;
      return {
        label: e.directory ? `${e.name}/` : e.name,
        kind: 'file',
        insertText: e.directory ? `${written}/` : written,
        range,
        detail: e.directory ? 'folder' : 'file',
        sortText: `${e.directory ? '0' : '1'}${e.name.toLowerCase()}`,
      };
    });
}

function anchorItems(ctx: FeatureContext, typed: Typed, offset: number): CompletionItem[] | undefined {
  let uri = ctx.doc.uri;
  if (typed.path) {
    const base = linkBase(ctx.files, ctx.doc.uri, { form: 'markdown', path: typed.path });
    if (!base) return undefined;
    const r = resolveSegments(ctx.files, base.dir, (typed.path.startsWith('/') ? typed.path.slice(1) : typed.path).split('/').map(decodeSafe));
    if (r.status !== 'found' && r.status !== 'case') return undefined;
    uri = r.uri;
  }
  const anchors =
    uri === ctx.doc.uri
      ? markdownOf(ctx.doc).headings.map((h) => ({ anchor: h.anchor, text: h.text }))
      : (ctx.index.fact(uri, anchorsIndexer)?.anchors ?? []).map((a) => ({ anchor: a, text: a }));
  const range = ctx.doc.lines.range(offset - typed.anchor!.length, offset);
  return anchors.map((a, i) => ({ label: a.anchor, kind: 'value', detail: a.text, range, sortText: String(i).padStart(4, '0') }));
}
